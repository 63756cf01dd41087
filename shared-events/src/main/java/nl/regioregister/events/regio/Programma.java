package nl.regioregister.events.regio;

/**
 * The area programmes of the Rijk a region can take part in (Kamerbrief NPVR, December 2024; brief Werkwijze
 * Strategische Agenda's, 1 juli 2026).
 * <p>
 * NPVR, NPLV, NOVEX and the Regio Deals each give the region its own contacts at the Rijk; the strategische agenda
 * is the way of working for regions outside those programmes and gives none of its own (motie Flach, 29697-169;
 * brief van 19 december 2025).
 */
public enum Programma {
    NPVR("Nationaal Programma Vitale Regio's", true),
    STRATEGISCHE_AGENDA("Strategische agenda regio en Rijk", false),
    REGIO_DEAL("Regio Deal", true),
    NPLV("Nationaal Programma Leefbaarheid en Veiligheid", true),
    NOVEX("NOVEX-gebied", true);

    private final String naam;
    private final boolean eigenRijkscontact;

    Programma(String naam, boolean eigenRijkscontact) {
        this.naam = naam;
        this.eigenRijkscontact = eigenRijkscontact;
    }

    public String naam() {
        return naam;
    }

    /** Whether taking part gives the region its own contacts at the Rijk. */
    public boolean eigenRijkscontact() {
        return eigenRijkscontact;
    }
}
