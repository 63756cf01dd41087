package nl.regioregister.events.agenda;

/**
 * How the Rijk pays its support for an uitvoeringsagenda: a specifieke uitkering (SPUK), a decentralisatie-uitkering
 * through the Gemeentefonds or Provinciefonds, an existing budget of a department, a subsidy, or otherwise.
 */
public enum Financieringsinstrument {
    SPECIFIEKE_UITKERING,
    DECENTRALISATIE_UITKERING,
    BESTAAND_BUDGET,
    SUBSIDIE,
    ANDERS
}
