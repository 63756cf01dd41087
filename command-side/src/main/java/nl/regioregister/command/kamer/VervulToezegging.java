package nl.regioregister.command.kamer;

import java.time.LocalDate;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the Kamerbrief that fulfils a promise.
 *
 * @param kamerbrief the letter's Kamerstuk number as cited; normalised on construction
 */
@Rijksbesluit
public record VervulToezegging(
        String toezeggingId,
        String kamerbrief,
        LocalDate kamerbriefDatum) {

    public VervulToezegging {
        kamerbrief = Kamerstuknummer.normaliseerZoMogelijk(kamerbrief);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Toezegging.aggregaatId(toezeggingId);
    }
}
