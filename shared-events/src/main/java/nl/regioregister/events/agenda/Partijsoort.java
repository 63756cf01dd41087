package nl.regioregister.events.agenda;

/** Who is expected to contribute to an activity (Kamerbrief Elke Regio Telt, December 2024, bijlage 1). */
public enum Partijsoort {
    /** A ministry of the Rijk. */
    DEPARTEMENT,
    /** The region itself: its gemeenten, provincie or cooperation body. */
    REGIO,
    /** Any other party: education, care, business, housing corporations, a neighbouring country. */
    PARTNER
}
