package nl.regioregister.events.verzoek;

/** The Rijk's answer to a region's request. */
public enum Verzoekuitkomst {
    TOEGEKEND,
    DEELS_TOEGEKEND,
    AFGEWEZEN,
    DOORVERWEZEN
}
