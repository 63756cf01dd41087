package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegioRegistratieTest {

    private AggregateTestFixture<Regio> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Regio.class);
        fixture.registerInjectableResource(new nl.regioregister.command.persoon.PersoonsregisterInGeheugen());
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_registreert_een_regio_buiten_de_nationale_programmas_met_haar_gemeenten() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerRegio("rivierenland", "Rivierenland", RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                        List.of("Gelderland"), List.of("Buren", "Culemborg", "Tiel")), doorBzk())
                .expectEvents(new RegioGeregistreerd("rivierenland", "Rivierenland",
                        RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"),
                        List.of("Buren", "Culemborg", "Tiel")));
    }

    @Test
    void een_registratie_zonder_geldig_id_naam_en_soort_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerRegio("Rivier Land", " ", null, null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("regioId: een regio-id bestaat uit kleine letters, cijfers en koppeltekens; "
                        + "naam: een regio heeft een naam; "
                        + "soort: een regio is een samenwerkingsverband van gemeenten, een provincie of anders");
    }

    @Test
    void een_regio_registreert_zichzelf_niet() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerRegio("zeeland", "Zeeland", RegioSoort.PROVINCIE, List.of("Zeeland"), null),
                        doorRegio("zeeland"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("RegistreerRegio is een besluit van het Rijk en vraagt de rol BZK");
    }
}
