package nl.regioregister.command.besluit;

/** The roles in which a user records or reads decisions. */
public enum Rol {
    /** The BZK programme team NPVR: records the Rijk's decisions. */
    BZK,
    /** A region's own people: record their own region's decisions. */
    REGIO,
    /** Auditdienst Rijk, Algemene Rekenkamer, a region's accountant: read everything, decide nothing. */
    AUDITOR,
    /** Another system subscribing to the events. */
    INTEGRATOR,
    /** Operates the system: projection rebuilds, dead letters. */
    BEHEER
}
