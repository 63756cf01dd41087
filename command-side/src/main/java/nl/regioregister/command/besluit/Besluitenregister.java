package nl.regioregister.command.besluit;

import java.util.Optional;

/**
 * The decisions recorded so far, by their position in the event store: what a correction names. Command handlers
 * receive it as a parameter.
 */
public interface Besluitenregister {

    Optional<VastgelegdBesluit> op(long positie);

    /**
     * A recorded decision as a correction needs it.
     *
     * @param regioId the payload's {@code regioId}; {@code null} when it names none
     * @param rol     the role in which it was recorded
     */
    record VastgelegdBesluit(long positie, String objectId, String type, String regioId, String rol) {
    }
}
