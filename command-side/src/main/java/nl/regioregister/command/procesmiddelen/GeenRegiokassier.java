package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** No procesmiddelen without a regiokassier to pay them to (Toelichting procesmiddelen NPVR, 22 jan 2025). */
public class GeenRegiokassier extends BesluitGeweigerd {

    GeenRegiokassier(String regioId) {
        super("de regio " + regioId + " heeft nog geen regiokassier aangewezen; zonder kassier kan de "
                + "decentralisatie-uitkering niet worden uitgekeerd");
    }

    @Override
    public String regel() {
        return "geen-regiokassier";
    }
}
