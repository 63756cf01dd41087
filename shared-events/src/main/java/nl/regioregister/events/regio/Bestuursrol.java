package nl.regioregister.events.regio;

/**
 * The roles in the governance of a region, each held by one person at a time (Kamerbrief NPVR, December 2024,
 * section 2; memo governance Achterhoek, AB 5 maart 2025). The Rijk fills the Rijk roles, the region its own.
 */
public enum Bestuursrol {
    RIJKSVERTEGENWOORDIGER(true),
    REGIOADVISEUR(true),
    AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT(true),
    BESTUURLIJK_TREKKER(false),
    PROGRAMMAMANAGER(false),
    PROGRAMMAMEDEWERKER(false);

    private final boolean rijksrol;

    Bestuursrol(boolean rijksrol) {
        this.rijksrol = rijksrol;
    }

    /** Whether the Rijk fills this role; otherwise the region does. */
    public boolean rijksrol() {
        return rijksrol;
    }
}
