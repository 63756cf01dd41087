package nl.regioregister.command.besluit;

/**
 * Whether a region is known to the register. Decisions about a region that live outside the region itself (its
 * agenda, its procesmiddelen) use it to refuse an unknown region; command handlers receive it as a parameter.
 */
public interface BekendeRegios {

    boolean bestaat(String regioId);

    default void eisBekend(String regioId) {
        if (regioId == null || !bestaat(regioId)) {
            throw new OnbekendeRegio(regioId);
        }
    }
}
