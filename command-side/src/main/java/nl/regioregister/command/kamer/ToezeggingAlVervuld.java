package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A fulfilled promise stays fulfilled by its Kamerbrief. */
public class ToezeggingAlVervuld extends BesluitGeweigerd {

    ToezeggingAlVervuld(String toezeggingId, String kamerbrief, String handeling) {
        super("de toezegging " + toezeggingId + " is al vervuld met Kamerstuk " + kamerbrief + "; " + handeling
                + " kan niet meer");
    }

    @Override
    public String regel() {
        return "toezegging-al-vervuld";
    }
}
