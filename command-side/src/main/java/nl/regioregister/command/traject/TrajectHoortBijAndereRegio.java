package nl.regioregister.command.traject;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A decision about a trajectory names the region it belongs to. */
public class TrajectHoortBijAndereRegio extends BesluitGeweigerd {

    public TrajectHoortBijAndereRegio(String trajectId, String regioId) {
        super("het lopende traject " + trajectId + " hoort niet bij regio " + regioId);
    }

    @Override
    public String regel() {
        return "traject-hoort-bij-andere-regio";
    }
}
