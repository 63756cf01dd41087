package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The Rijk appointed the region's ambtelijk regioadviseur, who supports the rijksvertegenwoordiger; mostly from BZK
 * (Kamerbrief NPVR, December 2024, section 2). Replaces any previous regioadviseur.
 */
@Revision("1")
public record RegioadviseurBenoemd(
        String regioId,
        @Persoonsgegeven String naam,
        @Optioneel String functie,
        Departement departement) {
}
