package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The Rijk appointed a director-general of a department as the region's rijksvertegenwoordiger, its administrative
 * contact (Kamerbrief NPVR, December 2024, section 2). Replaces any previous rijksvertegenwoordiger.
 */
@Revision("1")
public record RijksvertegenwoordigerBenoemd(
        String regioId,
        @Persoonsgegeven String naam,
        @Optioneel String functie,
        Departement departement) {
}
