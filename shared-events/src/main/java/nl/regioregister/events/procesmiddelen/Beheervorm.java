package nl.regioregister.events.procesmiddelen;

/** How the regiokassier manages the procesmiddelen (Toelichting procesmiddelen NPVR, 22 jan 2025). */
public enum Beheervorm {
    /** The kassier passes the money on to a cooperation body, for example a Wgr openbaar lichaam. */
    DOORGEVEN_AAN_SAMENWERKINGSVERBAND,
    /** The kassier manages the money on the region's behalf, for example by contracting third parties. */
    BEHEREN_NAMENS_DE_REGIO
}
