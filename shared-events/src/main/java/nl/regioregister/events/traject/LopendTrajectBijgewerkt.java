package nl.regioregister.events.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The description of a running trajectory as it now stands; replaces every field of the previous description.
 * <p>
 * Revision 2 allows a description without a start date ({@code vanaf} may be {@code null}); revision 1 always carried
 * one and is read as revision 2 unchanged.
 */
@Revision("2")
public record LopendTrajectBijgewerkt(
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
