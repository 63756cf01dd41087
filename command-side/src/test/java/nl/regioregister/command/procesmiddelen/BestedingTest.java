package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_GEMEENTE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.TOEGEKEND_2025;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.UITBETAALD_2025;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.euro;

import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenOvergedragen;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DraagProcesmiddelenOver and RegistreerBesteding. After UITBETAALD_2025 the Achterhoek has € 341.322,31 in 2025;
 * € 8.677,69 waits in the BTW-compensatiefonds.
 */
class BestedingTest {

    private AggregateTestFixture<Procesmiddelen> fixture;

    @BeforeEach
    void setUp() {
        fixture = Procesmiddelenfeiten.fixture();
    }

    @Test
    void de_regio_registreert_een_besteding_aan_eigen_personeel() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL, euro("300000"),
                        " Programmamanager en programmamedewerker NPVR "), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL,
                        euro("300000.00"), "Programmamanager en programmamedewerker NPVR"));
    }

    @Test
    void de_regio_besteedt_meer_dan_er_binnen_is_en_dat_wordt_vastgelegd() {
        // "vrij om de middelen naar eigen inzicht te besteden" without "formele verantwoordingsverplichtingen";
        // the status shows the year as spent beyond what reached the kassier.
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new BestedingGeregistreerd(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL,
                                euro("300000.00"), null))
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.ONDERZOEK, euro("41322.32"),
                        null), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2025, Bestedingscategorie.ONDERZOEK,
                        euro("41322.32"), null));
    }

    @Test
    void de_regio_besteedt_voordat_de_uitkering_binnen_is() {
        // The Achterhoek hires in March and April; the uitkering arrives "in het voorjaar".
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL, euro("1000.00"), null),
                        doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL,
                        euro("1000.00"), null));
    }

    @Test
    void teruggekregen_btw_is_beschikbaar_in_het_jaar_waarvoor_zij_werd_gestort() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("8677.69")))
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.EXTERNE_PROCESBEGELEIDING,
                        euro("350000.00"), null), doorRegio(ACHTERHOEK))
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2025,
                        Bestedingscategorie.EXTERNE_PROCESBEGELEIDING, euro("350000.00"), null));
    }

    @Test
    void overgedragen_middelen_zijn_beschikbaar_in_het_latere_jaar() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new ProcesmiddelenOvergedragen(ACHTERHOEK, 2025, 2026, euro("50000.00")))
                .when(new RegistreerBesteding(ACHTERHOEK, 2026, Bestedingscategorie.MONITORING, euro("50000.00"),
                        null), doorRegio(ACHTERHOEK))
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2026, Bestedingscategorie.MONITORING,
                        euro("50000.00"), null));
    }

    @Test
    void een_besteding_na_een_overdracht_wordt_vastgelegd_ook_als_het_jaar_dan_tekort_komt() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new ProcesmiddelenOvergedragen(ACHTERHOEK, 2025, 2026, euro("300000.00")))
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.BETREKKEN_PARTNERS_EN_INWONERS,
                        euro("41322.32"), null), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BestedingGeregistreerd(ACHTERHOEK, 2025,
                        Bestedingscategorie.BETREKKEN_PARTNERS_EN_INWONERS, euro("41322.32"), null));
    }

    @Test
    void een_overige_besteding_zegt_waaraan() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.OVERIG, euro("100.00"), " "),
                        doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("omschrijving: een overige besteding zegt waaraan");
    }

    @Test
    void een_besteding_heeft_een_categorie_en_een_bedrag_in_centen() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, null, euro("100.005"), null), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("categorie: een besteding valt in een categorie; "
                        + "bedrag: een bedrag is in euro's en centen, met hoogstens twee decimalen");
    }

    @Test
    void het_rijk_registreert_geen_besteding_van_de_regio() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBesteding(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL, euro("100.00"), null),
                        doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("RegistreerBesteding is een besluit van de regio zelf");
    }

    @Test
    void een_besteding_in_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerBesteding("atlantis", 2025, Bestedingscategorie.PERSONEEL, euro("100.00"), null),
                        doorRegio("atlantis"))
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void de_regio_draagt_niet_bestede_middelen_over_naar_een_later_jaar() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2026, euro("50000")), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProcesmiddelenOvergedragen(ACHTERHOEK, 2025, 2026, euro("50000.00")));
    }

    @Test
    void overdragen_kan_ook_voorbij_de_financieringsperiode() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2028, euro("50000.00")), doorRegio(ACHTERHOEK))
                .expectEvents(new ProcesmiddelenOvergedragen(ACHTERHOEK, 2025, 2028, euro("50000.00")));
    }

    @Test
    void overdragen_kan_alleen_naar_een_later_jaar() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2025, euro("50000.00")), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OverdrachtNietNaarLaterJaar.class)
                .expectExceptionMessage("middelen van 2025 kunnen alleen naar een later jaar worden overgedragen, "
                        + "niet naar 2025");
    }

    @Test
    void overdragen_kan_niet_voorbij_het_laatste_jaar_van_het_npvr() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2045, euro("50000.00")), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(BuitenProgrammahorizon.class)
                .expectExceptionMessage("het NPVR loopt van 2025 tot en met 2044; 2045 valt daarbuiten");
    }

    @Test
    void de_regio_draagt_over_wat_zij_overdraagt_ook_meer_dan_er_na_bestedingen_over_is() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new BestedingGeregistreerd(ACHTERHOEK, 2025, Bestedingscategorie.PERSONEEL,
                                euro("300000.00"), null))
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2026, euro("50000.00")), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProcesmiddelenOvergedragen(ACHTERHOEK, 2025, 2026, euro("50000.00")));
    }

    @Test
    void een_overdracht_is_een_positief_bedrag() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2026, euro("-1.00")), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is groter dan nul");
    }

    @Test
    void het_rijk_draagt_geen_middelen_van_de_regio_over() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2025, 2026, euro("50000.00")), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("DraagProcesmiddelenOver is een besluit van de regio zelf");
    }

    @Test
    void een_overdracht_in_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new DraagProcesmiddelenOver("atlantis", 2025, 2026, euro("50000.00")), doorRegio("atlantis"))
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }
}
