package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * An agenda is attuned to the running trajectories with the Rijk; that attunement is recorded before it is formalised
 * (brief Werkwijze Strategische Agenda's, 1 juli 2026).
 */
public class SamenhangNietVastgelegd extends BesluitGeweigerd {

    public SamenhangNietVastgelegd(String regioId) {
        super("de samenhang van de agenda van regio " + regioId + " met lopende trajecten (NOVEX, NPVR, Ruimte voor "
                + "Economie, gebiedsgerichte aanpak LVVN) is nog niet vastgelegd");
    }

    @Override
    public String regel() {
        return "samenhang-niet-vastgelegd";
    }
}
