package nl.regioregister.events.procesmiddelen;

/**
 * What kind of body the regiokassier is. Only a gemeente or a provincie can receive a decentralisatie-uitkering
 * (Toelichting procesmiddelen NPVR, 22 jan 2025).
 */
public enum Kassiersoort {
    GEMEENTE,
    PROVINCIE
}
