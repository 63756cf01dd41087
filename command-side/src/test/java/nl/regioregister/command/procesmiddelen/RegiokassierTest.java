package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_GEMEENTE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_PROVINCIE;

import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegiokassierTest {

    private AggregateTestFixture<Procesmiddelen> fixture;

    @BeforeEach
    void setUp() {
        fixture = Procesmiddelenfeiten.fixture();
    }

    @Test
    void de_regio_wijst_een_gemeente_aan_die_de_middelen_doorgeeft_aan_een_samenwerkingsverband() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.GEMEENTE, " Gemeente Doetinchem ",
                        Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND, "Regio Achterhoek"), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(KASSIER_GEMEENTE);
    }

    @Test
    void een_nieuwe_aanwijzing_vervangt_de_vorige_kassier() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.PROVINCIE, "Provincie Gelderland",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, " "), doorRegio(ACHTERHOEK))
                .expectEvents(KASSIER_PROVINCIE);
    }

    @Test
    void een_aanwijzing_na_de_streefdatum_van_1_februari_2025_wordt_aangenomen() {
        // Besluiten carry the ingangsdatum 5 March 2025: late, which dashboards show, but not refused.
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.PROVINCIE, "Provincie Gelderland",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, null), doorRegio(ACHTERHOEK))
                .expectEvents(KASSIER_PROVINCIE);
    }

    @Test
    void de_aanwijzing_voor_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan("atlantis", Kassiersoort.GEMEENTE, "Gemeente Atlantis",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, null), doorRegio("atlantis"))
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void het_rijk_wijst_de_regiokassier_niet_aan() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.GEMEENTE, "Gemeente Doetinchem",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, null), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WijsRegiokassierAan is een besluit van de regio zelf");
    }

    @Test
    void een_regio_wijst_geen_kassier_aan_voor_een_andere_regio() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.GEMEENTE, "Gemeente Enschede",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, null), doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WijsRegiokassierAan is een besluit van de regio zelf");
    }

    @Test
    void een_aanwijzing_zonder_soort_naam_en_beheervorm_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, null, " ", null, null), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("soort: de regiokassier is een gemeente of een provincie; "
                        + "naam: de regiokassier heeft een naam; "
                        + "beheervorm: de regiokassier geeft de middelen door aan een samenwerkingsverband "
                        + "of beheert ze namens de regio");
    }

    @Test
    void doorgeven_noemt_het_samenwerkingsverband() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.GEMEENTE, "Gemeente Doetinchem",
                        Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND, null), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("samenwerkingsverband: noem het samenwerkingsverband waaraan de "
                        + "regiokassier de middelen doorgeeft");
    }

    @Test
    void wie_namens_de_regio_beheert_geeft_niet_door_aan_een_samenwerkingsverband() {
        fixture.givenNoPriorActivity()
                .when(new WijsRegiokassierAan(ACHTERHOEK, Kassiersoort.GEMEENTE, "Gemeente Doetinchem",
                        Beheervorm.BEHEREN_NAMENS_DE_REGIO, "Regio Achterhoek"), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("samenwerkingsverband: alleen wanneer de regiokassier de middelen "
                        + "doorgeeft aan een samenwerkingsverband");
    }
}
