package nl.regioregister.events;

/**
 * The ministries of the Rijk. The first ten carry the NPVR inspanningsverplichting
 * (Kamerbrief NPVR, December 2024); every ministry can be a region's aanspreekpunt (motie Flach, 29697-169).
 */
public enum Departement {
    BZK("Binnenlandse Zaken en Koninkrijksrelaties", true),
    VWS("Volksgezondheid, Welzijn en Sport", true),
    OCW("Onderwijs, Cultuur en Wetenschap", true),
    SZW("Sociale Zaken en Werkgelegenheid", true),
    JENV("Justitie en Veiligheid", true),
    IENW("Infrastructuur en Waterstaat", true),
    VRO("Volkshuisvesting en Ruimtelijke Ordening", true),
    LVVN("Landbouw, Visserij, Voedselzekerheid en Natuur", true),
    EZ("Economische Zaken", true),
    KGG("Klimaat en Groene Groei", true),
    AZ("Algemene Zaken", false),
    BZ("Buitenlandse Zaken", false),
    DEF("Defensie", false),
    FIN("Financiën", false);

    private final String naam;
    private final boolean npvrDepartement;

    Departement(String naam, boolean npvrDepartement) {
        this.naam = naam;
        this.npvrDepartement = npvrDepartement;
    }

    public String naam() {
        return naam;
    }

    /** Whether the department committed to the NPVR plans with an inspanningsverplichting. */
    public boolean npvrDepartement() {
        return npvrDepartement;
    }
}
