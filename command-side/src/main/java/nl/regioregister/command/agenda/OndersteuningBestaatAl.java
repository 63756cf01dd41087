package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A kenmerk names one commitment of support within the region; a change is a new commitment with a new kenmerk. */
public class OndersteuningBestaatAl extends BesluitGeweigerd {

    OndersteuningBestaatAl(String kenmerk) {
        super("er is al ondersteuning met kenmerk " + kenmerk);
    }

    @Override
    public String regel() {
        return "ondersteuning-bestaat-al";
    }
}
