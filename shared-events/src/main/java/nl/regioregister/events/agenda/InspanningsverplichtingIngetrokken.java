package nl.regioregister.events.agenda;

import nl.regioregister.events.Departement;
import org.axonframework.serialization.Revision;

/** The Rijk withdrew a department's commitment. */
@Revision("1")
public record InspanningsverplichtingIngetrokken(
        String regioId,
        String kenmerk,
        Departement departement) {
}
