package nl.regioregister.events.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * A programme or grant already running between the Rijk and a region, and what the area programme could do to
 * bridge gaps or secure its continuity ("Lopende trajecten Achterhoek", bijlage 3, AB 5 maart 2025).
 *
 * <p>
 * Revision 2 allows a trajectory without a start date ({@code vanaf} may be {@code null}): bijlage 3 lists many
 * without one (GROS, VSV-aanpak, Fieldlab). Revision 1 always carried a start date and is read as revision 2 unchanged.
 *
 * @param departementen         the responsible departments, e.g. VRO and IenW for BO MIRT
 * @param andereOverheid        another responsible government, e.g. "Provincie Gelderland"
 * @param vanaf                 the start of the period; {@code null} when not known
 * @param tot                   the known end of the period, if any
 * @param bedrag                euros, scale 2, if the trajectory has an amount
 * @param omvang                the size in other terms, e.g. "351 woningen"
 * @param actieVoorContinuiteit what the programme could do to bridge gaps or secure continuity
 */
@Revision("2")
public record LopendTrajectGeregistreerd(
        String trajectId,
        String regioId,
        String naam,
        List<Departement> departementen,
        @Optioneel String andereOverheid,
        @Optioneel LocalDate vanaf,
        @Optioneel LocalDate tot,
        @Optioneel BigDecimal bedrag,
        @Optioneel String omvang,
        @Optioneel String actieVoorContinuiteit) {
}
