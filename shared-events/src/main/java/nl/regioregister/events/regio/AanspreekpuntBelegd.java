package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import org.axonframework.serialization.Revision;

/**
 * The Rijk placed the structural contact with a region outside the national programmes at the department with the
 * largest policy overlap (motie Flach, 29697-169; brief van 19 december 2025). Replaces any previous placement.
 */
@Revision("1")
public record AanspreekpuntBelegd(
        String regioId,
        Departement departement,
        String beleidsmatigeRaakvlakken) {
}
