package nl.regioregister.events;

/**
 * The ministries of the Rijk. Which of them committed to the NPVR is a parameter of the programme, recorded as a
 * decision ({@code ProgrammaGestart}, {@code ProgrammaparametersGewijzigd}): ten at the start (Kamerbrief NPVR,
 * December 2024), "Overige departementen sluiten nadien aan". Every ministry can be a region's aanspreekpunt (motie
 * Flach, 29697-169).
 */
public enum Departement {
    BZK("Binnenlandse Zaken en Koninkrijksrelaties"),
    VWS("Volksgezondheid, Welzijn en Sport"),
    OCW("Onderwijs, Cultuur en Wetenschap"),
    SZW("Sociale Zaken en Werkgelegenheid"),
    JENV("Justitie en Veiligheid"),
    IENW("Infrastructuur en Waterstaat"),
    VRO("Volkshuisvesting en Ruimtelijke Ordening"),
    LVVN("Landbouw, Visserij, Voedselzekerheid en Natuur"),
    EZ("Economische Zaken"),
    KGG("Klimaat en Groene Groei"),
    AZ("Algemene Zaken"),
    BZ("Buitenlandse Zaken"),
    DEF("Defensie"),
    FIN("Financiën");

    private final String naam;

    Departement(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
