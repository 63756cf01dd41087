package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.BTW_SCHATTING_ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_GEMEENTE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_PROVINCIE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.TOEGEKEND_2025;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.UITBETAALD_2025;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.euro;

import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BetaalProcesmiddelenUit and RegistreerBtwTeruggave. */
class UitbetalingTest {

    private AggregateTestFixture<Procesmiddelen> fixture;

    @BeforeEach
    void setUp() {
        fixture = Procesmiddelenfeiten.fixture();
    }

    @Test
    void een_gemeente_krijgt_het_toegekende_bedrag_min_de_geschatte_btw_via_het_gemeentefonds() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(UITBETAALD_2025);
    }

    @Test
    void een_provincie_krijgt_de_uitkering_via_het_provinciefonds() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, KASSIER_PROVINCIE)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorBzk())
                .expectEvents(new ProcesmiddelenUitbetaald(ACHTERHOEK, 2025, Uitkeringsfonds.PROVINCIEFONDS,
                        "Provincie Gelderland", euro("341322.31"), BTW_SCHATTING_ACHTERHOEK));
    }

    @Test
    void een_niet_toegekend_jaar_wordt_niet_uitbetaald() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2026), doorBzk())
                .expectNoEvents()
                .expectException(ProcesmiddelenNietToegekend.class)
                .expectExceptionMessage("voor 2026 zijn geen procesmiddelen toegekend; uitbetalen kan pas na "
                        + "toekenning");
    }

    @Test
    void een_jaar_wordt_eenmaal_uitbetaald() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorBzk())
                .expectNoEvents()
                .expectException(ProcesmiddelenAlUitbetaald.class)
                .expectExceptionMessage("de procesmiddelen voor 2025 zijn al uitbetaald");
    }

    @Test
    void een_regio_betaalt_zichzelf_niet_uit() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BetaalProcesmiddelenUit is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void aan_een_onbekende_regio_wordt_niets_uitbetaald() {
        fixture.givenNoPriorActivity()
                .when(new BetaalProcesmiddelenUit("atlantis", 2025), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void de_kassier_krijgt_btw_terug_uit_het_btw_compensatiefonds() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("2100")), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("2100.00")));
    }

    @Test
    void ook_het_rijk_registreert_een_btw_teruggave() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("8677.69")), doorBzk())
                .expectEvents(new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("8677.69")));
    }

    @Test
    void de_kassier_krijgt_meer_btw_terug_dan_er_in_het_fonds_werd_gestort_en_dat_wordt_vastgelegd() {
        // The kassier reclaims the BTW it actually paid; the estimate only sized the deduction.
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025,
                        new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("8000.00")))
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("677.70")), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("677.70")));
    }

    @Test
    void een_btw_teruggave_voor_een_jaar_dat_niet_is_uitbetaald_wordt_vastgelegd() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("1.00")), doorRegio(ACHTERHOEK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BtwTeruggaveGeregistreerd(ACHTERHOEK, 2025, euro("1.00")));
    }

    @Test
    void zonder_regiokassier_wordt_niets_uitbetaald() {
        // "Om de procesmiddelen … te kunnen uitkeren, dient elke regio … een regiokassier" aan te wijzen.
        fixture.given(TOEGEKEND_2025)
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorBzk())
                .expectNoEvents()
                .expectException(GeenRegiokassier.class)
                .expectExceptionMessage("de regio achterhoek heeft nog geen regiokassier aangewezen; zonder kassier "
                        + "kan de decentralisatie-uitkering niet worden uitgekeerd");
    }

    @Test
    void een_teruggave_is_een_positief_bedrag_in_centen() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("0.00")), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is groter dan nul");
    }

    @Test
    void een_andere_regio_registreert_geen_btw_teruggave() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, UITBETAALD_2025)
                .when(new RegistreerBtwTeruggave(ACHTERHOEK, 2025, euro("100.00")), doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een regio besluit alleen voor de eigen regio");
    }

    @Test
    void een_btw_teruggave_in_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerBtwTeruggave("atlantis", 2025, euro("100.00")), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }
}
