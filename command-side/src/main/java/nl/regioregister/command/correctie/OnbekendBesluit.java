package nl.regioregister.command.correctie;

import nl.regioregister.command.besluit.OnbekendDoel;

/** No decision was recorded at the named position. */
public class OnbekendBesluit extends OnbekendDoel {

    OnbekendBesluit(long positie) {
        super("er is geen besluit vastgelegd op positie " + positie);
    }

    @Override
    public String regel() {
        return "onbekend-besluit";
    }
}
