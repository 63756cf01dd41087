package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Bestuursrol;

/** Only a filled role has an appointment to end. */
public class RolIsVacant extends BesluitGeweigerd {

    public RolIsVacant(String regioId, Bestuursrol rol) {
        super("de rol " + rol + " in regio " + regioId + " is vacant; er is geen benoeming om te beëindigen");
    }

    @Override
    public String regel() {
        return "rol-is-vacant";
    }
}
