package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * A strategische agenda is carried by the region: only promising when enough initiative is present there (brief
 * Werkwijze Strategische Agenda's, 1 juli 2026).
 */
public class GeenRegionaalInitiatief extends BesluitGeweigerd {

    public GeenRegionaalInitiatief(String regioId) {
        super("er is geen regionaal initiatief vastgelegd voor regio " + regioId
                + "; een strategische agenda is alleen kansrijk als voldoende initiatief in de regio aanwezig is");
    }

    @Override
    public String regel() {
        return "geen-regionaal-initiatief";
    }
}
