package nl.regioregister.events.overleg;

/**
 * The governance meetings of an NPVR region (Procesvoorstel NPVR, AB Achterhoek 5 maart 2025, onderdeel F): "Minimaal
 * 2x per jaar: Bestuurlijk overleg Rijk-regio"; "Minimaal 2x per jaar: Overleg Regionale werkgroep/interdepartementale
 * werkgroep"; kernteam, klankbordgroep and stuurgroep in their own rhythm.
 */
public enum Overlegsoort {
    BESTUURLIJK_OVERLEG_RIJK_REGIO,
    REGIONALE_EN_INTERDEPARTEMENTALE_WERKGROEP,
    STUURGROEP,
    KERNTEAM,
    KLANKBORDGROEP
}
