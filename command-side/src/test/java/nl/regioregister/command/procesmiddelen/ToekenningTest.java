package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.BTW_SCHATTING_ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_GEMEENTE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.TOEGEKEND_2025;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.euro;

import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.procesmiddelen.FinancieringsperiodeVerlengd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToekenningGewijzigd;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KenProcesmiddelenToe and VerlengFinancieringsperiode. */
class ToekenningTest {

    private AggregateTestFixture<Procesmiddelen> fixture;

    @BeforeEach
    void setUp() {
        fixture = Procesmiddelenfeiten.fixture();
    }

    @Test
    void het_rijk_kent_het_jaarbedrag_toe_met_de_btw_schatting_van_de_regio_ook_ver_onder_21_procent() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000"), BTW_SCHATTING_ACHTERHOEK, " "),
                        doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(TOEGEKEND_2025);
    }

    @Test
    void een_regio_die_geen_compensabele_btw_verwacht_schat_nul() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2026, euro("350000.00"), euro("0"), null), doorBzk())
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2026, euro("350000.00"), euro("0.00"), null));
    }

    @Test
    void het_rijk_kent_toe_op_22_januari_voordat_de_regio_op_1_februari_haar_kassier_aanwijst() {
        // Toelichting procesmiddelen NPVR, 22 januari 2025: the kassier is needed to pay, not to grant.
        fixture.givenNoPriorActivity()
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000.00"), BTW_SCHATTING_ACHTERHOEK, null),
                        doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2025, euro("350000.00"),
                        BTW_SCHATTING_ACHTERHOEK, null));
    }

    @Test
    void het_rijk_wijzigt_de_toekenning_op_het_verzoek_300k_zonder_btw_afdracht_uit_te_keren() {
        // Memo Achterhoek, AB 5 maart 2025, onderdeel E: BTW only on the 50K not spent on own staff.
        fixture.given(new ProcesmiddelenToegekend(ACHTERHOEK, 2025, euro("350000.00"), euro("60743.80"), null))
                .when(new WijzigProcesmiddelenToekenning(ACHTERHOEK, 2025, euro("350000.00"), euro("8677.69"), null),
                        doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProcesmiddelenToekenningGewijzigd(ACHTERHOEK, 2025, euro("350000.00"),
                        euro("8677.69"), null, euro("350000.00"), euro("60743.80")));
    }

    @Test
    void een_gewijzigde_toekenning_bepaalt_de_latere_uitbetaling() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025, new ProcesmiddelenToekenningGewijzigd(ACHTERHOEK, 2025,
                        euro("350000.00"), euro("1000.00"), null, TOEGEKEND_2025.bedrag(),
                        TOEGEKEND_2025.geschatteCompensabeleBtw()))
                .when(new BetaalProcesmiddelenUit(ACHTERHOEK, 2025), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.hasToString(
                                        org.hamcrest.Matchers.containsString("uitgekeerd=349000.00")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void een_toekenning_die_er_niet_is_wordt_niet_gewijzigd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new WijzigProcesmiddelenToekenning(ACHTERHOEK, 2025, euro("350000.00"), euro("0.00"), null),
                        doorBzk())
                .expectNoEvents()
                .expectException(ProcesmiddelenNietToegekend.class);
    }

    @Test
    void een_onbekende_regio_krijgt_geen_procesmiddelen() {
        fixture.givenNoPriorActivity()
                .when(new KenProcesmiddelenToe("atlantis", 2025, euro("350000.00"), euro("0.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void een_jaar_na_de_financieringsperiode_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2028, euro("350000.00"), euro("0.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(JaarBuitenFinancieringsperiode.class)
                .expectExceptionMessage("procesmiddelen worden toegekend voor 2025 tot en met 2027; 2028 valt "
                        + "daarbuiten");
    }

    @Test
    void een_jaar_voor_de_start_van_het_npvr_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2024, euro("350000.00"), euro("0.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(JaarBuitenFinancieringsperiode.class)
                .expectExceptionMessage("procesmiddelen worden toegekend voor 2025 tot en met 2027; 2024 valt "
                        + "daarbuiten");
    }

    @Test
    void een_jaar_wordt_eenmaal_toegekend() {
        fixture.given(KASSIER_GEMEENTE, TOEGEKEND_2025)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000.00"), euro("0.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(ProcesmiddelenAlToegekend.class)
                .expectExceptionMessage("de procesmiddelen voor 2025 zijn al toegekend");
    }

    @Test
    void meer_dan_het_jaarbedrag_zonder_reden_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000.01"), euro("0.00"), " "), doorBzk())
                .expectNoEvents()
                .expectException(BovenJaarbedragZonderReden.class)
                .expectExceptionMessage("€ 350.000,01 is meer dan het jaarbedrag van € 350.000,00; leg in "
                        + "redenAfwijking vast waarom");
    }

    @Test
    void meer_dan_het_jaarbedrag_met_reden_wordt_toegekend_en_de_reden_vastgelegd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("400000.00"), euro("0.00"),
                        " Aanvulling uit de voorjaarsnota "), doorBzk())
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2025, euro("400000.00"), euro("0.00"),
                        "Aanvulling uit de voorjaarsnota"));
    }

    @Test
    void een_btw_schatting_boven_het_bedrag_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("100000.00"), euro("100000.01"), null),
                        doorBzk())
                .expectNoEvents()
                .expectException(BtwBovenToegekendBedrag.class)
                .expectExceptionMessage("de geschatte compensabele btw van € 100.000,01 is hoger dan het toegekende "
                        + "bedrag van € 100.000,00");
    }

    @Test
    void negatieve_bedragen_worden_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("-350000.00"), euro("-1.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is groter dan nul; "
                        + "geschatteCompensabeleBtw: een bedrag is niet negatief");
    }

    @Test
    void een_toekenning_van_nul_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("0.00"), euro("0.00"), null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is groter dan nul");
    }

    @Test
    void bedragen_met_meer_dan_twee_decimalen_worden_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000.001"), euro("8677.685"), null),
                        doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is in euro's en centen, met hoogstens twee decimalen; "
                        + "geschatteCompensabeleBtw: een bedrag is in euro's en centen, met hoogstens twee decimalen");
    }

    @Test
    void een_toekenning_zonder_bedragen_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, null, null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag in euro's is verplicht; "
                        + "geschatteCompensabeleBtw: een bedrag in euro's is verplicht");
    }

    @Test
    void een_regio_kent_zichzelf_geen_procesmiddelen_toe() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("350000.00"), euro("0.00"), null),
                        doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("KenProcesmiddelenToe is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void het_rijk_verlengt_de_financieringsperiode() {
        fixture.givenNoPriorActivity()
                .when(new VerlengFinancieringsperiode(ACHTERHOEK, 2029), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FinancieringsperiodeVerlengd(ACHTERHOEK, 2027, 2029));
    }

    @Test
    void na_verlenging_worden_de_latere_jaren_toegekend() {
        fixture.given(KASSIER_GEMEENTE, new FinancieringsperiodeVerlengd(ACHTERHOEK, 2027, 2029))
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2029, euro("350000.00"), euro("0.00"), null), doorBzk())
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2029, euro("350000.00"), euro("0.00"), null));
    }

    @Test
    void een_verlenging_eindigt_later_dan_de_huidige_periode() {
        fixture.given(KASSIER_GEMEENTE, new FinancieringsperiodeVerlengd(ACHTERHOEK, 2027, 2029))
                .when(new VerlengFinancieringsperiode(ACHTERHOEK, 2028), doorBzk())
                .expectNoEvents()
                .expectException(GeenVerlenging.class)
                .expectExceptionMessage("de financieringsperiode loopt al tot en met 2029; een verlenging tot en "
                        + "met 2028 verlengt niets");
    }

    @Test
    void een_verlenging_voorbij_de_twintig_jaar_van_het_npvr_wordt_geweigerd() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new VerlengFinancieringsperiode(ACHTERHOEK, 2045), doorBzk())
                .expectNoEvents()
                .expectException(BuitenProgrammahorizon.class)
                .expectExceptionMessage("het NPVR loopt van 2025 tot en met 2044; 2045 valt daarbuiten");
    }

    @Test
    void een_regio_verlengt_haar_financieringsperiode_niet_zelf() {
        fixture.given(KASSIER_GEMEENTE)
                .when(new VerlengFinancieringsperiode(ACHTERHOEK, 2029), doorRegio(ACHTERHOEK))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("VerlengFinancieringsperiode is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void de_periode_van_een_onbekende_regio_wordt_niet_verlengd() {
        fixture.givenNoPriorActivity()
                .when(new VerlengFinancieringsperiode("atlantis", 2029), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }
}
