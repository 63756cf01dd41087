package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.agenda.Voorbeelden.DOORVERTALING;
import static nl.regioregister.command.agenda.Voorbeelden.HOOFDSTUKKEN;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.REGIOPLAN;
import static nl.regioregister.command.agenda.Voorbeelden.SHA256;
import static nl.regioregister.command.agenda.Voorbeelden.dienPlanIn;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.samen;
import static nl.regioregister.command.agenda.Voorbeelden.vastgesteldPlan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.events.agenda.PlanIngetrokken;
import nl.regioregister.events.agenda.PlanTeruggestuurd;
import nl.regioregister.events.agenda.PlanVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The plan voor de regio: submitted by the region, returned or agreed by both sides, adopted, revised, withdrawn. */
class PlanVoorDeRegioTest {

    private AggregateTestFixture<LangjarigeAgenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = Voorbeelden.fixture();
    }

    @Nested
    class DienPlanIn_ {

        @Test
        void de_regio_dient_haar_plan_in_als_versie_1() {
            Map<Hoofdstuk, String> hoofdstukken = new EnumMap<>(HOOFDSTUKKEN);
            hoofdstukken.put(Hoofdstuk.INTRODUCTIE, "  " + HOOFDSTUKKEN.get(Hoofdstuk.INTRODUCTIE) + "\n");
            fixture.givenNoPriorActivity()
                    .when(new DienPlanIn(REGIO, hoofdstukken, 2050, DOORVERTALING,
                            new Documentverwijzing(REGIOPLAN.verwijzing(), SHA256.toUpperCase())), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(planIngediend(1));
        }

        @Test
        void na_terugsturen_is_de_volgende_indiening_een_nieuwe_versie() {
            fixture.given(planIngediend(1), new PlanTeruggestuurd(REGIO, 1, "Scherper op de arbeidsmarkt"))
                    .when(dienPlanIn(), doorRegio(REGIO))
                    .expectEvents(planIngediend(2));
        }

        @Test
        void een_herziening_na_vaststelling_is_een_nieuwe_versie() {
            fixture.given(vastgesteldPlan())
                    .when(dienPlanIn(), doorRegio(REGIO))
                    .expectEvents(planIngediend(2));
        }

        @Test
        void een_nieuwe_versie_mag_een_nog_lopende_versie_vervangen() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1))
                    .when(dienPlanIn(), doorRegio(REGIO))
                    .expectEvents(planIngediend(2));
        }

        @Test
        void een_plan_van_een_onbekende_regio_wordt_geweigerd() {
            fixture.givenNoPriorActivity()
                    .when(new DienPlanIn("atlantis", HOOFDSTUKKEN, 2050, DOORVERTALING, REGIOPLAN),
                            doorRegio("atlantis"))
                    .expectNoEvents()
                    .expectException(OnbekendeRegio.class)
                    .expectExceptionMessage("de regio atlantis is niet bekend");
        }

        @Test
        void een_plan_zonder_vast_format_en_met_een_deel_van_de_doelstellingen_wordt_vastgelegd() {
            // "Geen vast format" (klankbordgroep, 28 januari 2025); region and Rijk decide together how far each
            // doelstelling is worked on (Procesvoorstel NPVR, onderdeel A).
            Map<Hoofdstuk, String> hoofdstukken = new EnumMap<>(HOOFDSTUKKEN);
            hoofdstukken.remove(Hoofdstuk.PROBLEEMANALYSE);
            hoofdstukken.put(Hoofdstuk.ORGANISATIE, " ");
            Map<Hoofdstuk, String> vastgelegd = new EnumMap<>(hoofdstukken);
            vastgelegd.remove(Hoofdstuk.ORGANISATIE);
            fixture.givenNoPriorActivity()
                    .when(new DienPlanIn(REGIO, hoofdstukken, 2050,
                            Map.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO, " Wonen "), REGIOPLAN), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PlanIngediend(REGIO, 1, vastgelegd, 2050,
                            Map.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO, "Wonen"), REGIOPLAN));
        }

        @Test
        void een_plan_zonder_visiejaar_en_document_noemt_beide() {
            fixture.givenNoPriorActivity()
                    .when(new DienPlanIn(REGIO, Map.of(), 2025, Map.of(), null), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("visiejaar: het toekomstbeeld kijkt vooruit naar een jaar na "
                            + "2025, bijvoorbeeld 2045 of 2050; document: noem het document met zijn "
                            + "sha256-controlegetal");
        }

        @Test
        void een_controlegetal_dat_geen_sha256_is_wordt_geweigerd() {
            fixture.givenNoPriorActivity()
                    .when(new DienPlanIn(REGIO, HOOFDSTUKKEN, 2045, DOORVERTALING,
                            new Documentverwijzing("", "md5:d41d8cd98f00b204e9800998ecf8427e")), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("document.verwijzing: noem het document: titel, adres of "
                            + "registratienummer; document.sha256: een sha256-controlegetal bestaat uit 64 "
                            + "hexadecimale tekens");
        }
    }

    @Nested
    class StuurPlanTerug_ {

        @Test
        void het_rijk_stuurt_de_ingediende_versie_terug_met_opmerkingen() {
            fixture.given(planIngediend(1))
                    .when(new StuurPlanTerug(REGIO, 1, " Werk de organisatie verder uit "), doorBzk())
                    .expectEvents(new PlanTeruggestuurd(REGIO, 1, "Werk de organisatie verder uit"));
        }

        @Test
        void terugsturen_zonder_opmerkingen_wordt_geweigerd() {
            fixture.given(planIngediend(1))
                    .when(new StuurPlanTerug(REGIO, 1, " "), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("opmerkingen: het Rijk licht toe wat er anders moet");
        }

        @Test
        void terugsturen_van_een_andere_dan_de_ingediende_versie_wordt_geweigerd() {
            fixture.given(planIngediend(1), planIngediend(2))
                    .when(new StuurPlanTerug(REGIO, 1, "Te vaag"), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van het plan is niet de ingediende versie; dat is versie 2");
        }

        @Test
        void een_teruggestuurde_versie_gaat_niet_nogmaals_terug() {
            fixture.given(planIngediend(1), new PlanTeruggestuurd(REGIO, 1, "Te vaag"))
                    .when(new StuurPlanTerug(REGIO, 1, "Nog steeds te vaag"), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage(
                            "versie 1 van het plan is teruggestuurd; de regio dient een nieuwe versie in");
        }

        @Test
        void een_vastgestelde_versie_gaat_niet_terug() {
            fixture.given(vastgesteldPlan())
                    .when(new StuurPlanTerug(REGIO, 1, "Toch niet"), doorBzk())
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van het plan is al vastgesteld");
        }

        @Test
        void zonder_ingediend_plan_is_er_niets_om_terug_te_sturen_en_dat_zegt_de_regel() {
            fixture.givenNoPriorActivity()
                    .when(new StuurPlanTerug(REGIO, 1, "Te vaag"), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("er ligt geen ingediende versie van het plan voor");
        }

        @Test
        void stelVast_van_het_plan_van_een_regio_die_nooit_een_plan_indiende_noemt_de_regel() {
            fixture.givenNoPriorActivity()
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("er ligt geen ingediende versie van het plan voor");
        }
    }

    @Nested
    class Akkoord {

        @Test
        void de_regio_geeft_akkoord_op_de_ingediende_versie() {
            fixture.given(planIngediend(1))
                    .when(new GeefAkkoordRegioOpPlan(REGIO, 1), doorRegio(REGIO))
                    .expectEvents(new AkkoordRegioOpPlanGegeven(REGIO, 1));
        }

        @Test
        void het_rijk_geeft_akkoord_op_de_ingediende_versie() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1))
                    .when(new GeefAkkoordRijkOpPlan(REGIO, 1), doorBzk())
                    .expectEvents(new AkkoordRijkOpPlanGegeven(REGIO, 1));
        }

        @Test
        void de_regio_geeft_eenmaal_akkoord_op_een_versie() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1))
                    .when(new GeefAkkoordRegioOpPlan(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AkkoordAlGegeven.class)
                    .expectExceptionMessage("de regio gaf al akkoord op versie 1 van het plan");
        }

        @Test
        void het_rijk_geeft_eenmaal_akkoord_op_een_versie() {
            fixture.given(planIngediend(1), new AkkoordRijkOpPlanGegeven(REGIO, 1))
                    .when(new GeefAkkoordRijkOpPlan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordAlGegeven.class)
                    .expectExceptionMessage("het Rijk gaf al akkoord op versie 1 van het plan");
        }

        @Test
        void akkoord_van_de_regio_op_een_andere_dan_de_ingediende_versie_wordt_geweigerd() {
            fixture.given(planIngediend(1), planIngediend(2))
                    .when(new GeefAkkoordRegioOpPlan(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van het plan is niet de ingediende versie; dat is versie 2");
        }

        @Test
        void akkoord_van_het_rijk_op_een_versie_die_nog_niet_is_ingediend_wordt_geweigerd() {
            fixture.given(planIngediend(1))
                    .when(new GeefAkkoordRijkOpPlan(REGIO, 2), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 2 van het plan is niet de ingediende versie; dat is versie 1");
        }

        @Test
        void akkoord_op_een_teruggestuurde_versie_wordt_geweigerd() {
            fixture.given(planIngediend(1), new PlanTeruggestuurd(REGIO, 1, "Te vaag"))
                    .when(new GeefAkkoordRijkOpPlan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage(
                            "versie 1 van het plan is teruggestuurd; de regio dient een nieuwe versie in");
        }

        @Test
        void akkoord_op_een_ingetrokken_versie_wordt_geweigerd() {
            fixture.given(planIngediend(1), new PlanIngetrokken(REGIO, 1))
                    .when(new GeefAkkoordRegioOpPlan(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("er ligt geen ingediende versie van het plan voor");
        }

        @Test
        void akkoord_op_een_vastgestelde_versie_wordt_geweigerd() {
            fixture.given(vastgesteldPlan())
                    .when(new GeefAkkoordRegioOpPlan(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van het plan is al vastgesteld");
        }
    }

    @Nested
    class StelVast_ {

        @Test
        void het_rijk_stelt_de_versie_vast_waarop_regio_en_rijk_beide_akkoord_gaven() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1),
                            new AkkoordRijkOpPlanGegeven(REGIO, 1))
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectEvents(new PlanVastgesteld(REGIO, 1));
        }

        @Test
        void stelVast_wordt_geweigerd_zolang_het_rijk_geen_akkoord_gaf() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1))
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van het plan kan niet worden vastgesteld: "
                            + "het akkoord van het Rijk ontbreekt");
        }

        @Test
        void stelVast_wordt_geweigerd_zolang_de_regio_geen_akkoord_gaf() {
            fixture.given(planIngediend(1), new AkkoordRijkOpPlanGegeven(REGIO, 1))
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van het plan kan niet worden vastgesteld: "
                            + "het akkoord van de regio ontbreekt");
        }

        @Test
        void stelVast_zonder_enig_akkoord_noemt_regio_en_rijk() {
            fixture.given(planIngediend(1))
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van het plan kan niet worden vastgesteld: "
                            + "de akkoorden van de regio en het Rijk ontbreken");
        }

        @Test
        void akkoorden_op_een_eerdere_versie_gelden_niet_voor_de_nieuwe() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1),
                            new AkkoordRijkOpPlanGegeven(REGIO, 1), planIngediend(2))
                    .when(StelVast.plan(REGIO, 2), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 2 van het plan kan niet worden vastgesteld: "
                            + "de akkoorden van de regio en het Rijk ontbreken");
        }

        @Test
        void stelVast_van_een_versie_die_niet_de_ingediende_is_wordt_geweigerd() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1),
                            new AkkoordRijkOpPlanGegeven(REGIO, 1), planIngediend(2))
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van het plan is niet de ingediende versie; dat is versie 2");
        }

        @Test
        void een_vastgestelde_versie_wordt_niet_opnieuw_vastgesteld() {
            fixture.given(vastgesteldPlan())
                    .when(StelVast.plan(REGIO, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van het plan is al vastgesteld");
        }

        @Test
        void een_herziening_waarop_beide_akkoord_gaven_vervangt_de_vastgestelde_versie() {
            fixture.given(samen(vastgesteldPlan(), List.of(planIngediend(2),
                            new AkkoordRegioOpPlanGegeven(REGIO, 2), new AkkoordRijkOpPlanGegeven(REGIO, 2))))
                    .when(StelVast.plan(REGIO, 2), doorBzk())
                    .expectEvents(new PlanVastgesteld(REGIO, 2));
        }

        @Test
        void stelVast_noemt_wat_wordt_vastgesteld_en_alleen_een_uitvoeringsagenda_heeft_een_periode() {
            fixture.given(planIngediend(1))
                    .when(new StelVast(REGIO, Onderdeel.PLAN, new Periode(2026, 2029), 1), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: het plan voor de regio heeft geen periode");
        }

        @Test
        void stelVast_zonder_onderdeel_wordt_geweigerd() {
            fixture.given(planIngediend(1))
                    .when(new StelVast(REGIO, null, null, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("onderdeel: noem wat wordt vastgesteld: PLAN of UITVOERINGSAGENDA");
        }
    }

    @Nested
    class TrekPlanIn_ {

        @Test
        void de_regio_trekt_de_ingediende_versie_in() {
            fixture.given(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1))
                    .when(new TrekPlanIn(REGIO, 1), doorRegio(REGIO))
                    .expectEvents(new PlanIngetrokken(REGIO, 1));
        }

        @Test
        void een_teruggestuurde_versie_kan_worden_ingetrokken() {
            fixture.given(planIngediend(1), new PlanTeruggestuurd(REGIO, 1, "Te vaag"))
                    .when(new TrekPlanIn(REGIO, 1), doorRegio(REGIO))
                    .expectEvents(new PlanIngetrokken(REGIO, 1));
        }

        @Test
        void intrekken_na_vaststelling_wordt_geweigerd() {
            fixture.given(vastgesteldPlan())
                    .when(new TrekPlanIn(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van het plan is vastgesteld en kan niet meer worden ingetrokken");
        }

        @Test
        void een_herziening_kan_worden_ingetrokken_terwijl_de_vastgestelde_versie_blijft_gelden() {
            fixture.given(samen(vastgesteldPlan(), List.of(planIngediend(2))))
                    .when(new TrekPlanIn(REGIO, 2), doorRegio(REGIO))
                    .expectEvents(new PlanIngetrokken(REGIO, 2));
        }

        @Test
        void intrekken_van_een_andere_dan_de_ingediende_versie_wordt_geweigerd() {
            fixture.given(planIngediend(1), planIngediend(2))
                    .when(new TrekPlanIn(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van het plan is niet de ingediende versie; dat is versie 2");
        }

        @Test
        void een_ingetrokken_versie_wordt_niet_nogmaals_ingetrokken() {
            fixture.given(planIngediend(1), new PlanIngetrokken(REGIO, 1))
                    .when(new TrekPlanIn(REGIO, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("er ligt geen ingediende versie van het plan voor");
        }

        @Test
        void na_intrekken_dient_de_regio_opnieuw_in_als_nieuwe_versie() {
            fixture.given(planIngediend(1), new PlanIngetrokken(REGIO, 1))
                    .when(dienPlanIn(), doorRegio(REGIO))
                    .expectEvents(new PlanIngediend(REGIO, 2, HOOFDSTUKKEN, 2050, DOORVERTALING, REGIOPLAN));
        }
    }
}
