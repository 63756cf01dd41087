package nl.regioregister.events.agenda;

import java.math.BigDecimal;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/** The Rijk changed what a department committed to; the new content replaces the old, the department stays. */
@Revision("1")
public record InspanningsverplichtingGewijzigd(
        String regioId,
        String kenmerk,
        Departement departement,
        String inzet,
        @Optioneel BigDecimal bedrag,
        Periode periode) {
}
