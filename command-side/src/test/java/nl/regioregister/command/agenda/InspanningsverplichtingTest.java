package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.InspanningsverplichtingAangegaan;
import nl.regioregister.events.agenda.InspanningsverplichtingGewijzigd;
import nl.regioregister.events.agenda.InspanningsverplichtingIngetrokken;
import nl.regioregister.events.agenda.Periode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the ten NPVR departments commit to for a region's plan, as a best-effort obligation. */
class InspanningsverplichtingTest {

    private static final Periode TWINTIG_JAAR = new Periode(2025, 2044);
    private static final InspanningsverplichtingAangegaan IENW_REGIOEXPRES = new InspanningsverplichtingAangegaan(
            REGIO, "ienw-regioexpres", Departement.IENW, "Doortrekken RegioExpres", new BigDecimal("75000000.00"),
            P2026);

    private AggregateTestFixture<LangjarigeAgenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = Voorbeelden.fixture();
    }

    @Nested
    class GaInspanningsverplichtingAan_ {

        @Test
        void het_rijk_legt_de_inspanningsverplichting_van_een_npvr_departement_vast() {
            fixture.given(planIngediend(1))
                    .when(new GaInspanningsverplichtingAan(REGIO, "ienw-regioexpres", Departement.IENW,
                            " Doortrekken RegioExpres ", new BigDecimal("75000000"), P2026), doorBzk())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(IENW_REGIOEXPRES);
        }

        @Test
        void een_inspanningsverplichting_zonder_bedrag_voor_twintig_jaar() {
            fixture.given(planIngediend(1))
                    .when(new GaInspanningsverplichtingAan(REGIO, "vws-zorgakkoord", Departement.VWS,
                            "Aanvullend zorg- en welzijnsakkoord voor de regio", null, TWINTIG_JAAR), doorBzk())
                    .expectEvents(new InspanningsverplichtingAangegaan(REGIO, "vws-zorgakkoord", Departement.VWS,
                            "Aanvullend zorg- en welzijnsakkoord voor de regio", null, TWINTIG_JAAR));
        }

        @Test
        void een_departement_buiten_de_tien_sluit_nadien_aan_en_gaat_een_inspanningsverplichting_aan() {
            // "Overige departementen sluiten nadien aan" (Kamerbrief Elke Regio Telt, December 2024).
            fixture.given(planIngediend(1))
                    .when(new GaInspanningsverplichtingAan(REGIO, "def-kazerne", Departement.DEF,
                            "Kazerne als werkgever in de regio", null, P2026), doorBzk())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InspanningsverplichtingAangegaan(REGIO, "def-kazerne", Departement.DEF,
                            "Kazerne als werkgever in de regio", null, P2026));
        }

        @Test
        void een_inspanningsverplichting_wordt_ook_vastgelegd_voordat_de_regio_een_plan_indiende() {
            fixture.givenNoPriorActivity()
                    .when(new GaInspanningsverplichtingAan(REGIO, "ienw-regioexpres", Departement.IENW,
                            " Doortrekken RegioExpres ", new BigDecimal("75000000"), P2026), doorBzk())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(IENW_REGIOEXPRES);
        }

        @Test
        void een_kenmerk_wordt_eenmaal_gebruikt() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES)
                    .when(new GaInspanningsverplichtingAan(REGIO, "ienw-regioexpres", Departement.IENW, "Iets anders",
                            null, P2026), doorBzk())
                    .expectNoEvents()
                    .expectException(InspanningsverplichtingBestaatAl.class)
                    .expectExceptionMessage("er is al een inspanningsverplichting met kenmerk ienw-regioexpres");
        }

        @Test
        void een_onvolledige_inspanningsverplichting_noemt_elke_fout() {
            fixture.given(planIngediend(1))
                    .when(new GaInspanningsverplichtingAan(REGIO, "IenW RegioExpres", null, " ",
                            new BigDecimal("-1"), new Periode(2030, 2026)), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("kenmerk: een kenmerk bestaat uit kleine letters, cijfers en "
                            + "koppeltekens, bijvoorbeeld vws-zorgakkoord; departement: noem het departement dat zich "
                            + "inspant; inzet: beschrijf waartoe het departement zich verplicht; bedrag: een bedrag is "
                            + "niet negatief; periode: het eindjaar ligt niet voor het beginjaar");
        }

        @Test
        void een_onbekende_regio_krijgt_geen_inspanningsverplichting() {
            fixture.givenNoPriorActivity()
                    .when(new GaInspanningsverplichtingAan("atlantis", "ienw-regioexpres", Departement.IENW,
                            "Doortrekken RegioExpres", null, P2026), doorBzk())
                    .expectNoEvents()
                    .expectException(nl.regioregister.command.besluit.OnbekendeRegio.class);
        }
    }

    @Nested
    class WijzigInspanningsverplichting_ {

        @Test
        void het_rijk_wijzigt_de_inzet_en_het_departement_blijft() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES)
                    .when(new WijzigInspanningsverplichting(REGIO, "ienw-regioexpres", "RegioExpres en busvervoer",
                            new BigDecimal("80000000.5"), TWINTIG_JAAR), doorBzk())
                    .expectEvents(new InspanningsverplichtingGewijzigd(REGIO, "ienw-regioexpres", Departement.IENW,
                            "RegioExpres en busvervoer", new BigDecimal("80000000.50"), TWINTIG_JAAR));
        }

        @Test
        void een_onbekende_inspanningsverplichting_wordt_niet_gewijzigd() {
            fixture.given(planIngediend(1))
                    .when(new WijzigInspanningsverplichting(REGIO, "ienw-regioexpres", "RegioExpres", null, P2026),
                            doorBzk())
                    .expectNoEvents()
                    .expectException(OnbekendeInspanningsverplichting.class)
                    .expectExceptionMessage("er is geen inspanningsverplichting met kenmerk ienw-regioexpres");
        }

        @Test
        void een_ingetrokken_inspanningsverplichting_wordt_niet_gewijzigd() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES,
                            new InspanningsverplichtingIngetrokken(REGIO, "ienw-regioexpres", Departement.IENW))
                    .when(new WijzigInspanningsverplichting(REGIO, "ienw-regioexpres", "RegioExpres", null, P2026),
                            doorBzk())
                    .expectNoEvents()
                    .expectException(InspanningsverplichtingAlIngetrokken.class)
                    .expectExceptionMessage("de inspanningsverplichting ienw-regioexpres is al ingetrokken");
        }

        @Test
        void een_wijziging_is_even_volledig_als_de_inspanningsverplichting_zelf() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES)
                    .when(new WijzigInspanningsverplichting(REGIO, "ienw-regioexpres", null,
                            new BigDecimal("1.001"), null), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("inzet: beschrijf waartoe het departement zich verplicht; bedrag: een "
                            + "bedrag in euro's heeft hoogstens twee decimalen; periode: noem de periode, bijvoorbeeld "
                            + "2026-2029");
        }
    }

    @Nested
    class TrekInspanningsverplichtingIn_ {

        @Test
        void het_rijk_trekt_een_inspanningsverplichting_in() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES)
                    .when(new TrekInspanningsverplichtingIn(REGIO, "ienw-regioexpres"), doorBzk())
                    .expectEvents(new InspanningsverplichtingIngetrokken(REGIO, "ienw-regioexpres", Departement.IENW));
        }

        @Test
        void een_onbekende_inspanningsverplichting_wordt_niet_ingetrokken() {
            fixture.given(planIngediend(1))
                    .when(new TrekInspanningsverplichtingIn(REGIO, "ienw-regioexpres"), doorBzk())
                    .expectNoEvents()
                    .expectException(OnbekendeInspanningsverplichting.class)
                    .expectExceptionMessage("er is geen inspanningsverplichting met kenmerk ienw-regioexpres");
        }

        @Test
        void een_inspanningsverplichting_wordt_eenmaal_ingetrokken() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES,
                            new InspanningsverplichtingIngetrokken(REGIO, "ienw-regioexpres", Departement.IENW))
                    .when(new TrekInspanningsverplichtingIn(REGIO, "ienw-regioexpres"), doorBzk())
                    .expectNoEvents()
                    .expectException(InspanningsverplichtingAlIngetrokken.class)
                    .expectExceptionMessage("de inspanningsverplichting ienw-regioexpres is al ingetrokken");
        }

        @Test
        void een_ingetrokken_kenmerk_wordt_niet_hergebruikt() {
            fixture.given(planIngediend(1), IENW_REGIOEXPRES,
                            new InspanningsverplichtingIngetrokken(REGIO, "ienw-regioexpres", Departement.IENW))
                    .when(new GaInspanningsverplichtingAan(REGIO, "ienw-regioexpres", Departement.IENW,
                            "Opnieuw", null, P2026), doorBzk())
                    .expectNoEvents()
                    .expectException(InspanningsverplichtingBestaatAl.class)
                    .expectExceptionMessage("er is al een inspanningsverplichting met kenmerk ienw-regioexpres");
        }
    }
}
