package nl.regioregister.command.overleg;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.overleg.OverlegGehouden;
import nl.regioregister.events.overleg.Overlegsoort;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverlegTest {

    private static final OverlegGehouden EERSTE_BO = new OverlegGehouden("achterhoek",
            Overlegsoort.BESTUURLIJK_OVERLEG_RIJK_REGIO, LocalDate.of(2025, 3, 20),
            List.of("minister van BZK", "voorzitter Regio Achterhoek"), List.of("Start NPVR"));

    private AggregateTestFixture<Overleggen> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Overleggen.class);
        fixture.registerInjectableResource((BekendeRegios) Set.of("achterhoek")::contains);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_legt_het_eerste_bestuurlijk_overleg_vast() {
        fixture.givenNoPriorActivity()
                .when(new LegOverlegVast("achterhoek", Overlegsoort.BESTUURLIJK_OVERLEG_RIJK_REGIO,
                        LocalDate.of(2025, 3, 20), List.of(" minister van BZK ", "voorzitter Regio Achterhoek"),
                        List.of("Start NPVR")), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(EERSTE_BO);
    }

    @Test
    void de_regio_legt_een_tweede_overleg_vast_ook_op_dezelfde_dag() {
        fixture.given(EERSTE_BO)
                .when(new LegOverlegVast("achterhoek", Overlegsoort.STUURGROEP, LocalDate.of(2025, 3, 20), null,
                        null), doorRegio("achterhoek"))
                .expectEvents(new OverlegGehouden("achterhoek", Overlegsoort.STUURGROEP, LocalDate.of(2025, 3, 20),
                        List.of(), List.of()));
    }

    @Test
    void een_overleg_noemt_soort_en_datum() {
        fixture.givenNoPriorActivity()
                .when(new LegOverlegVast("achterhoek", null, null, List.of(" "), null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("soort: welk overleg, bijvoorbeeld BESTUURLIJK_OVERLEG_RIJK_REGIO; datum: de "
                        + "datum waarop het overleg plaatsvond; deelnemers: een deelnemer of onderwerp is niet leeg");
    }

    @Test
    void een_onbekende_regio_en_een_andere_regio_leggen_niets_vast() {
        fixture.givenNoPriorActivity()
                .when(new LegOverlegVast("atlantis", Overlegsoort.KERNTEAM, LocalDate.of(2025, 3, 20), null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class);
        fixture.givenNoPriorActivity()
                .when(new LegOverlegVast("achterhoek", Overlegsoort.KERNTEAM, LocalDate.of(2025, 3, 20), null, null),
                        doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
    }
}
