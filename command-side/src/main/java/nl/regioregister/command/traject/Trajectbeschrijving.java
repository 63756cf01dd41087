package nl.regioregister.command.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;

/** What registering and updating a running trajectory both describe, so that one rule checks both. */
interface Trajectbeschrijving {

    String naam();

    List<Departement> departementen();

    String andereOverheid();

    LocalDate vanaf();

    LocalDate tot();

    BigDecimal bedrag();

    String omvang();

    String actieVoorContinuiteit();
}
