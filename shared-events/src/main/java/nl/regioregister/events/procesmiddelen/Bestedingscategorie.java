package nl.regioregister.events.procesmiddelen;

/**
 * What the procesmiddelen are spent on. The first five are the examples of the Toelichting procesmiddelen NPVR
 * (22 jan 2025); the money is freely spendable on the agenda, so anything else is {@link #OVERIG}.
 */
public enum Bestedingscategorie {
    /** Extra ambtelijke ondersteuning: the region's own staff. */
    PERSONEEL,
    /** Externe procesbegeleiding. */
    EXTERNE_PROCESBEGELEIDING,
    /** Organising the involvement of civil society, business and inhabitants. */
    BETREKKEN_PARTNERS_EN_INWONERS,
    /** Research into the region's tasks and possible solutions. */
    ONDERZOEK,
    /** Setting up a monitoring tool. */
    MONITORING,
    /** Any other spending on the NPVR agenda; its description says what. */
    OVERIG
}
