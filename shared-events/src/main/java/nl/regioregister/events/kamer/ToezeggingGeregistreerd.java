package nl.regioregister.events.kamer;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import nl.regioregister.events.regio.Programma;
import org.axonframework.serialization.Revision;

/**
 * A promise the minister made to the Kamer, kept until it is fulfilled. Promises are often due in a period ("rond de
 * zomer", "na de jaarwisseling") or open-ended ("maximaal inspant"): a date, a period in words, or both.
 * <p>
 * Revision 2 adds the period, the responsible bewindspersoon and department, the programme and the regions;
 * revision 1 is upcast with those empty.
 *
 * @param gedaanAan      the member or committee it was made to; {@code null} when not given
 * @param gedaanIn       the debate or letter in which it was made
 * @param uiterlijk      the date by which it is due; {@code null} when only a period or nothing was promised
 * @param termijn        the promised period in the minister's words, e.g. "rond de zomer 2025"; {@code null} when
 *                       none
 * @param bewindspersoon who made the promise or is responsible for it, e.g. "minister van BZK"; {@code null} when
 *                       not given
 * @param departement    the department that carries it out; {@code null} when not given
 * @param programma      the programme it belongs to; {@code null} when none
 * @param regios         the regions it concerns; empty when none in particular
 * @param motie          the normalised Kamerstuk number of the motie it belongs to; {@code null} when none
 */
@Revision("2")
public record ToezeggingGeregistreerd(
        String toezeggingId,
        String omschrijving,
        @Optioneel @Persoonsgegeven String gedaanAan,
        String gedaanIn,
        @Optioneel LocalDate uiterlijk,
        @Optioneel String termijn,
        @Optioneel @Persoonsgegeven String bewindspersoon,
        @Optioneel Departement departement,
        @Optioneel Programma programma,
        List<String> regios,
        @Optioneel String motie) {
}
