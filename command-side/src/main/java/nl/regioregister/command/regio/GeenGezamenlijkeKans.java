package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * An agenda comes into view only with a shared opportunity of added value to both region and Rijk (brief Werkwijze
 * Strategische Agenda's, 1 juli 2026).
 */
public class GeenGezamenlijkeKans extends BesluitGeweigerd {

    public GeenGezamenlijkeKans(String regioId) {
        super("regio " + regioId + " en het Rijk hebben nog geen gezamenlijke kans benoemd; een strategische agenda "
                + "komt pas in beeld bij gezamenlijke ontwikkelkansen");
    }

    @Override
    public String regel() {
        return "geen-gezamenlijke-kans";
    }
}
