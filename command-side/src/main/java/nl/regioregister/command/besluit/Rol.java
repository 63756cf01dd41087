package nl.regioregister.command.besluit;

/** The roles in which a user records or reads decisions. */
public enum Rol {
    /** The BZK programme team NPVR: records the Rijk's decisions. */
    BZK,
    /**
     * One of the ministries (organisation: its {@code Departement}, e.g. {@code LVVN}): records its own
     * inspanningsverplichtingen to the regions' plans and their inzet, nothing else.
     */
    DEPARTEMENT,
    /** A region's own people: record their own region's decisions. */
    REGIO,
    /** Auditdienst Rijk, Algemene Rekenkamer, a region's accountant: read everything, decide nothing. */
    AUDITOR,
    /** Another system subscribing to the events. */
    INTEGRATOR,
    /** Operates the system: projection rebuilds, dead letters. */
    BEHEER
}
