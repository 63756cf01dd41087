package nl.regioregister.command.correctie;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Revoke an earlier decision by its position, with the reason; optionally name the decision that replaces it.
 *
 * @param regioId the region of the revoked decision, as the register knows it; {@code null} when it names none
 */
public record HerroepBesluit(long positie, String regioId, String reden, Long vervangenDoor)
        implements RegioGebonden {

    @TargetAggregateIdentifier
    public String herroepingId() {
        return Herroeping.id(positie);
    }
}
