package nl.regioregister.events.regio;

/**
 * The phase of cooperation and vision-forming a region is in; the Rijk meets the region in its phase (brief Werkwijze
 * Strategische Agenda's, 1 juli 2026: "Aansluiten bij de ontwikkelfase van de regio").
 */
public enum Ontwikkelfase {
    /** Just starting cooperation and forming a vision. */
    STARTEND_SAMENWERKING_EN_VISIEVORMING,
    /** Has a worked-out vision for its future. */
    UITGEWERKTE_VISIE,
    /** Works on an agenda to carry out its vision. */
    AGENDA_VOOR_UITVOERING
}
