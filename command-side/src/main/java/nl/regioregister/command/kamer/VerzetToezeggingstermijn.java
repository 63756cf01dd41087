package nl.regioregister.command.kamer;

import java.time.LocalDate;
import nl.regioregister.command.besluit.Rijksbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the due date of a promise, with the reason the Kamer will be given. */
@Rijksbesluit
public record VerzetToezeggingstermijn(
        String toezeggingId,
        LocalDate nieuweTermijn,
        String reden) {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Toezegging.aggregaatId(toezeggingId);
    }
}
