package nl.regioregister.command.besluit;

/**
 * A decision whose taker follows from its content rather than its kind: ending an appointment is the Rijk's decision
 * for a Rijk role and the region's own for a region role. {@link Bevoegdheidscontrole} treats it as a
 * {@link Rijksbesluit} or a {@link Regiobesluit} accordingly.
 */
public interface WisselendeBesluitnemer extends RegioGebonden {

    /** Whether the Rijk takes this decision; otherwise the region itself does. */
    boolean doorHetRijk();
}
