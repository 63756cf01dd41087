package nl.regioregister.events.regio;

/** What kind of body a region is. */
public enum RegioSoort {
    SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
    PROVINCIE,
    ANDERS
}
