package nl.regioregister.events.regio;

/** The two sides of the cooperation that together carry a joint decision. */
public enum Zijde {
    REGIO,
    RIJK
}
