package nl.regioregister.command.kamer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a promise the minister made to the Kamer.
 *
 * @param toezeggingId letters, digits, dots, underscores and hyphens, e.g. the Kamer's own "TZ202510-012"
 * @param gedaanAan    the member or committee it was made to; optional
 * @param gedaanIn     the debate or letter in which it was made
 * @param uiterlijk    the date by which it is due; optional when a period is given
 * @param termijn      the period in the promise's own words ("rond de zomer 2025", "doorlopend"); optional when a
 *                     date is given
 * @param bewindspersoon who made or carries the promise, e.g. "minister van IenW"; optional
 * @param departement  the department that carries it out; optional
 * @param programma    the programme it belongs to; optional
 * @param regios       the regions it concerns; optional
 * @param motie        the Kamerstuk number of the motie it belongs to; optional, normalised on construction
 */
@Rijksbesluit
public record RegistreerToezegging(
        String toezeggingId,
        String omschrijving,
        String gedaanAan,
        String gedaanIn,
        LocalDate uiterlijk,
        String termijn,
        String bewindspersoon,
        Departement departement,
        Programma programma,
        List<String> regios,
        String motie) {

    public RegistreerToezegging {
        motie = motie == null || motie.isBlank() ? null : Kamerstuknummer.normaliseerZoMogelijk(motie);
        regios = regios == null ? List.of() : regios.stream().filter(Objects::nonNull).map(String::strip).distinct()
                .toList();
    }

    /** A promise with a due date only, as registered before periods, bewindspersoon and regions were asked for. */
    public RegistreerToezegging(String toezeggingId, String omschrijving, String gedaanAan, String gedaanIn,
                                LocalDate uiterlijk, String motie) {
        this(toezeggingId, omschrijving, gedaanAan, gedaanIn, uiterlijk, null, null, null, null, List.of(), motie);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Toezegging.aggregaatId(toezeggingId);
    }
}
