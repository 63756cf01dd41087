package nl.regioregister.command.kamer;

import java.time.LocalDate;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a promise the minister made to the Kamer.
 *
 * @param toezeggingId letters, digits, dots, underscores and hyphens, e.g. the Kamer's own "TZ202510-012"
 * @param gedaanAan    the member or committee it was made to; optional
 * @param gedaanIn     the debate or letter in which it was made
 * @param uiterlijk    the date by which it is due
 * @param motie        the Kamerstuk number of the motie it belongs to; optional, normalised on construction
 */
@Rijksbesluit
public record RegistreerToezegging(
        String toezeggingId,
        String omschrijving,
        String gedaanAan,
        String gedaanIn,
        LocalDate uiterlijk,
        String motie) {

    public RegistreerToezegging {
        motie = motie == null || motie.isBlank() ? null : Kamerstuknummer.normaliseerZoMogelijk(motie);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Toezegging.aggregaatId(toezeggingId);
    }
}
