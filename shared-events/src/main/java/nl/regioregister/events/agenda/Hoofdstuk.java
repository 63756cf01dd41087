package nl.regioregister.events.agenda;

/** The chapters of a plan voor de regio (Kamerbrief Elke Regio Telt, December 2024, bijlage 1). */
public enum Hoofdstuk {
    /** Introduction and background. */
    INTRODUCTIE,
    /** The regional starting point and the main tasks to leave the relative disadvantage behind. */
    PROBLEEMANALYSE,
    /** What the region and the Rijk already do, what is missing, and the room for regional action. */
    HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF,
    /** Governance, parties and target groups involved, planning, and what the region needs from the Rijk. */
    ORGANISATIE
}
