package nl.regioregister.events.procesmiddelen;

/** The fund through which a decentralisatie-uitkering reaches the regiokassier. */
public enum Uitkeringsfonds {
    /** When the regiokassier is a gemeente. */
    GEMEENTEFONDS,
    /** When the regiokassier is a provincie. */
    PROVINCIEFONDS
}
