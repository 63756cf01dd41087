package nl.regioregister.events.regio;

/**
 * The running trajectories with the Rijk a strategische agenda must cohere with; they are a given (brief Werkwijze
 * Strategische Agenda's, 1 juli 2026: "In samenhang met andere trajecten"). Others are named in free text.
 */
public enum SamenhangendTraject {
    NOVEX,
    NPVR,
    /** Uitvoeringsagenda Ruimte voor Economie. */
    RUIMTE_VOOR_ECONOMIE,
    /** The area approach of the ministry of LVVN. */
    LVVN_GEBIEDSGERICHTE_AANPAK
}
