package nl.regioregister.command.persoon;

import static nl.regioregister.command.Besluiten.door;
import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static org.assertj.core.api.Assertions.assertThat;

import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.persoon.PersoonsgegevensGewist;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasing the personal data of a person named in decisions is itself a decision (AVG art. 17): recorded with its
 * ground, taken by the Rijk or the register's operators, once.
 */
class PersoonTest {

    private AggregateTestFixture<Persoon> fixture;
    private final PersoonsregisterInGeheugen register = new PersoonsregisterInGeheugen();
    private String jansen;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Persoon.class);
        fixture.registerInjectableResource(register);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        jansen = register.bekend("M. Jansen", "Programmamanager NPVR");
    }

    @Test
    void het_rijk_wist_de_persoonsgegevens_en_het_wissen_is_een_vastgelegd_besluit() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, " AVG art. 17 lid 1 onder a "), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersoonsgegevensGewist(jansen, "AVG art. 17 lid 1 onder a"));
        assertThat(register.stand(jansen)).isEqualTo(Persoonsregister.Stand.GEWIST);
        assertThat(register.gegevens(jansen)).isEmpty();
    }

    @Test
    void beheer_wist_de_persoonsgegevens() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, "AVG art. 17"), door("beheerder", "BEHEER", "BZK"))
                .expectEvents(new PersoonsgegevensGewist(jansen, "AVG art. 17"));
    }

    @Test
    void een_regio_wist_geen_persoonsgegevens_en_er_verandert_niets() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, "AVG art. 17"), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WisPersoonsgegevens is een besluit over de verwerking van persoonsgegevens "
                        + "en vraagt de rol BZK of BEHEER");
        assertThat(register.gegevens(jansen)).contains(new Persoonsgegevens("M. Jansen", "Programmamanager NPVR"));
    }

    @Test
    void een_auditor_wist_geen_persoonsgegevens() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, "AVG art. 17"), door("auditor", "AUDITOR", "ADR"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
        assertThat(register.stand(jansen)).isEqualTo(Persoonsregister.Stand.AANWEZIG);
    }

    @Test
    void wissen_zonder_grondslag_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, " "), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("grondslag: noem de wettelijke grondslag van het wissen, bijvoorbeeld AVG art. "
                        + "17 lid 1 onder a");
        assertThat(register.stand(jansen)).isEqualTo(Persoonsregister.Stand.AANWEZIG);
    }

    @Test
    void een_persoon_die_geen_besluit_noemt_wordt_niet_gewist() {
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens("persoon-onbekend", "AVG art. 17"), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendePersoon.class)
                .expectExceptionMessage("geen besluit noemt een persoon persoon-onbekend");
    }

    @Test
    void gewiste_persoonsgegevens_worden_niet_nogmaals_gewist() {
        fixture.given(new PersoonsgegevensGewist(jansen, "AVG art. 17"))
                .when(new WisPersoonsgegevens(jansen, "AVG art. 17"), doorBzk())
                .expectNoEvents()
                .expectException(PersoonsgegevensAlGewist.class)
                .expectExceptionMessage("de persoonsgegevens van " + jansen + " zijn al gewist");
    }

    @Test
    void gegevens_die_buiten_een_besluit_om_leeg_zijn_gemaakt_worden_niet_nogmaals_gewist() {
        register.wis(jansen);
        fixture.givenNoPriorActivity()
                .when(new WisPersoonsgegevens(jansen, "AVG art. 17"), doorBzk())
                .expectNoEvents()
                .expectException(PersoonsgegevensAlGewist.class);
    }
}
