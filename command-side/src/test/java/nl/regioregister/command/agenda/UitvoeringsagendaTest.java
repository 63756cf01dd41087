package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.P2030;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.SHA256;
import static nl.regioregister.command.agenda.Voorbeelden.UITVOERINGSAGENDA;
import static nl.regioregister.command.agenda.Voorbeelden.bereikbaarheid;
import static nl.regioregister.command.agenda.Voorbeelden.dienUitvoeringsagendaIn;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.samen;
import static nl.regioregister.command.agenda.Voorbeelden.uitvoeringsagendaIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.uitvoeringsagendaVastgesteld;
import static nl.regioregister.command.agenda.Voorbeelden.vastgesteldPlan;
import static nl.regioregister.command.agenda.Voorbeelden.vastgesteldeUitvoeringsagenda;
import static nl.regioregister.command.agenda.Voorbeelden.woningbouw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.Bijdrage;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Partijsoort;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.UitvoeringsagendaGeevalueerd;
import nl.regioregister.events.agenda.UitvoeringsagendaIngediend;
import nl.regioregister.events.agenda.UitvoeringsagendaIngetrokken;
import nl.regioregister.events.agenda.UitvoeringsagendaTeruggestuurd;
import nl.regioregister.events.agenda.UitvoeringsagendaVastgesteld;
import nl.regioregister.events.agenda.VoortgangGemeld;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The uitvoeringsagenda: four years of activities on an adopted plan, through the same cycle as the plan, then
 * progress per activity, the evaluation at the end of the period and the recalibration into the next.
 */
class UitvoeringsagendaTest {

    private static final Periode P2034 = new Periode(2034, 2037);
    private static final Periode P2038 = new Periode(2038, 2041);
    private static final Periode P2042 = new Periode(2042, 2045);

    private AggregateTestFixture<LangjarigeAgenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = Voorbeelden.fixture();
    }

    private static List<Object> ingediendeUitvoeringsagenda(Periode periode) {
        return samen(vastgesteldPlan(), List.of(uitvoeringsagendaIngediend(periode, 1, null)));
    }

    private static List<Object> geevalueerdeUitvoeringsagenda(Periode periode) {
        return samen(vastgesteldeUitvoeringsagenda(periode), List.of(
                new UitvoeringsagendaGeevalueerd(REGIO, periode, 1, "Woningbouw op schema, RegioExpres vertraagd",
                        null)));
    }

    @Nested
    class DienUitvoeringsagendaIn_ {

        @Test
        void de_regio_dient_een_uitvoeringsagenda_voor_vier_jaar_in_op_het_vastgestelde_plan() {
            fixture.given(vastgesteldPlan())
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 1, null));
        }

        @Test
        void bedragen_worden_in_centen_vastgelegd_en_doelstellingen_in_vaste_volgorde() {
            Activiteit activiteit = new Activiteit(" A1 ", "Zorgcampus", List.of(
                    Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST, Doelstelling.VEILIGE_EN_LEEFBARE_REGIO,
                    Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST), "Gemeente Doetinchem", "Een zorgcampus in 2028",
                    List.of(new Bijdrage(Partijsoort.DEPARTEMENT, Departement.VWS, null, null,
                            new BigDecimal("125000"))),
                    null);
            fixture.given(vastgesteldPlan())
                    .when(new DienUitvoeringsagendaIn(REGIO, P2026, List.of(activiteit), "Jaarlijks",
                            List.of("Leefbarometer", " "), null, UITVOERINGSAGENDA), doorRegio(REGIO))
                    .expectEvents(new UitvoeringsagendaIngediend(REGIO, P2026, 1, null, List.of(new Activiteit("A1",
                            "Zorgcampus", List.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO,
                            Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST), "Gemeente Doetinchem",
                            "Een zorgcampus in 2028", List.of(new Bijdrage(Partijsoort.DEPARTEMENT, Departement.VWS,
                            null, null, new BigDecimal("125000.00"))), null)), "Jaarlijks", List.of("Leefbarometer"),
                            null, UITVOERINGSAGENDA));
        }

        @Test
        void een_uitvoeringsagenda_wordt_ingediend_terwijl_het_plan_nog_ingediend_ligt() {
            // The Achterhoek makes plan and agenda into one adaptive agenda; the minister offers acceleration.
            fixture.given(planIngediend(1))
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 1, null));
        }

        @Test
        void een_uitvoeringsagenda_wordt_ingediend_door_een_regio_die_nog_geen_plan_indiende() {
            fixture.givenNoPriorActivity()
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 1, null));
        }

        @Test
        void terwijl_een_herziening_van_het_plan_loopt_blijft_het_vastgestelde_plan_de_basis() {
            fixture.given(samen(vastgesteldPlan(), List.of(planIngediend(2))))
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 1, null));
        }

        @Test
        void een_periode_van_geen_vier_jaar_wordt_vastgelegd_en_op_de_status_gesignaleerd() {
            fixture.given(vastgesteldPlan())
                    .when(dienUitvoeringsagendaIn(new Periode(2026, 2030)), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uitvoeringsagendaIngediend(new Periode(2026, 2030), 1, null));
        }

        @Test
        void een_periode_die_eindigt_voor_zij_begint_wordt_geweigerd() {
            fixture.given(vastgesteldPlan())
                    .when(dienUitvoeringsagendaIn(new Periode(2029, 2026)), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: het eindjaar ligt niet voor het beginjaar");
        }

        @Test
        void een_periode_voor_de_start_van_het_npvr_wordt_geweigerd() {
            fixture.given(vastgesteldPlan())
                    .when(dienUitvoeringsagendaIn(new Periode(2022, 2025)), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: het NPVR loopt vanaf 2025");
        }

        @Test
        void een_overlappende_periode_wordt_geweigerd_met_de_periode_waarmee_zij_overlapt() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(dienUitvoeringsagendaIn(new Periode(2028, 2031)), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(PeriodeOverlapt.class)
                    .expectExceptionMessage("de periode 2028-2031 overlapt met de uitvoeringsagenda 2026-2029");
        }

        @Test
        void een_nieuwe_indiening_voor_dezelfde_periode_is_een_nieuwe_versie() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new UitvoeringsagendaTeruggestuurd(REGIO, P2026, 1, "Meer over inwoners"))))
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 2, null));
        }

        @Test
        void een_vastgestelde_uitvoeringsagenda_kan_tussentijds_worden_herzien_als_nieuwe_versie() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(P2026, 2, null));
        }

        @Test
        void een_ingetrokken_uitvoeringsagenda_laat_haar_periode_vrij() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new UitvoeringsagendaIngetrokken(REGIO, P2026, 1))))
                    .when(dienUitvoeringsagendaIn(new Periode(2027, 2030)), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(new Periode(2027, 2030), 1, null));
        }

        @Test
        void een_zesde_uitvoeringsagenda_wordt_vastgelegd() {
            // Twenty years, recalibrated every four, gives five; no source caps the number of agendas.
            fixture.given(samen(vastgesteldPlan(), List.of(uitvoeringsagendaIngediend(P2026, 1, null),
                            uitvoeringsagendaIngediend(P2030, 1, null), uitvoeringsagendaIngediend(P2034, 1, null),
                            uitvoeringsagendaIngediend(P2038, 1, null), uitvoeringsagendaIngediend(P2042, 1, null))))
                    .when(dienUitvoeringsagendaIn(new Periode(2046, 2049)), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uitvoeringsagendaIngediend(new Periode(2046, 2049), 1, null));
        }

        @Test
        void een_geevalueerde_periode_krijgt_geen_nieuwe_versie_meer() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(dienUitvoeringsagendaIn(P2026), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlGeevalueerd.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is al geëvalueerd; herijk haar naar de "
                            + "volgende periode");
        }

        @Test
        void een_onvolledige_uitvoeringsagenda_noemt_elke_fout() {
            Activiteit zonderAlles = new Activiteit("A1", " ", List.of(), null, null, Arrays.asList(
                    new Bijdrage(Partijsoort.DEPARTEMENT, null, null, "Kennis", null),
                    new Bijdrage(Partijsoort.PARTNER, Departement.EZ, null, null, null),
                    new Bijdrage(null, null, null, "Geld", new BigDecimal("-10.005"))), null);
            fixture.given(vastgesteldPlan())
                    .when(new DienUitvoeringsagendaIn(REGIO, P2026, List.of(zonderAlles, woningbouw()), null,
                            List.of(), null, new Documentverwijzing("Agenda", "abc")), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("activiteiten[0].omschrijving: beschrijf de activiteit; "
                            + "activiteiten[0].doelstellingen: een activiteit dient minstens één van de drie "
                            + "doelstellingen; activiteiten[0].eigenaar: een activiteit heeft een eigenaar; "
                            + "activiteiten[0].beoogdResultaat: een activiteit noemt het resultaat dat zij beoogt; "
                            + "activiteiten[0].bijdragen[0].departement: noem het departement dat bijdraagt; "
                            + "activiteiten[0].bijdragen[1].departement: alleen een bijdrage van een departement "
                            + "noemt een departement; activiteiten[0].bijdragen[1].partij: noem de partner die "
                            + "bijdraagt; activiteiten[0].bijdragen[1].omschrijving: een bijdrage beschrijft wat de "
                            + "partij inbrengt of noemt een bedrag; activiteiten[0].bijdragen[2].partijsoort: een "
                            + "bijdrage komt van een departement, de regio of een partner; "
                            + "activiteiten[0].bijdragen[2].bedrag: een bedrag in euro's heeft hoogstens twee "
                            + "decimalen; activiteiten[0].bijdragen[2].bedrag: een bedrag is niet negatief; "
                            + "activiteiten[1].code: de code A1 komt twee keer voor; monitoring: beschrijf hoe de "
                            + "aanpak wordt gemonitord en getoetst; document.sha256: een sha256-controlegetal bestaat "
                            + "uit 64 hexadecimale tekens");
        }

        @Test
        void een_uitvoeringsagenda_zonder_activiteiten_en_periode_wordt_geweigerd() {
            fixture.given(vastgesteldPlan())
                    .when(new DienUitvoeringsagendaIn(REGIO, null, null, "Jaarlijks", List.of("Leefbarometer"), null,
                            UITVOERINGSAGENDA), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: een uitvoeringsagenda noemt haar periode, bijvoorbeeld "
                            + "2026-2029; activiteiten: een uitvoeringsagenda heeft minstens één activiteit");
        }
    }

    @Nested
    class TerugsturenAkkoordEnVaststellen {

        @Test
        void het_rijk_stuurt_de_ingediende_versie_terug_met_opmerkingen() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new StuurUitvoeringsagendaTerug(REGIO, P2026, 1, "Noem de bijdrage van OCW"), doorBzk())
                    .expectEvents(new UitvoeringsagendaTeruggestuurd(REGIO, P2026, 1, "Noem de bijdrage van OCW"));
        }

        @Test
        void terugsturen_zonder_opmerkingen_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new StuurUitvoeringsagendaTerug(REGIO, P2026, 1, null), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("opmerkingen: het Rijk licht toe wat er anders moet");
        }

        @Test
        void terugsturen_zonder_periode_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new StuurUitvoeringsagendaTerug(REGIO, null, 1, "Te vaag"), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: noem de periode van de uitvoeringsagenda");
        }

        @Test
        void een_besluit_over_een_periode_zonder_uitvoeringsagenda_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new StuurUitvoeringsagendaTerug(REGIO, P2030, 1, "Te vaag"), doorBzk())
                    .expectNoEvents()
                    .expectException(OnbekendeUitvoeringsagenda.class)
                    .expectExceptionMessage("er is geen uitvoeringsagenda voor de periode 2030-2033");
        }

        @Test
        void een_vastgestelde_uitvoeringsagenda_gaat_niet_terug() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new StuurUitvoeringsagendaTerug(REGIO, P2026, 1, "Toch niet"), doorBzk())
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 is al vastgesteld");
        }

        @Test
        void de_regio_geeft_akkoord_op_de_ingediende_versie() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new GeefAkkoordRegioOpUitvoeringsagenda(REGIO, P2026, 1), doorRegio(REGIO))
                    .expectEvents(new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1));
        }

        @Test
        void het_rijk_geeft_akkoord_op_de_ingediende_versie() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectEvents(new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1));
        }

        @Test
        void de_regio_geeft_eenmaal_akkoord() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(new GeefAkkoordRegioOpUitvoeringsagenda(REGIO, P2026, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AkkoordAlGegeven.class)
                    .expectExceptionMessage("de regio gaf al akkoord op versie 1 van de uitvoeringsagenda 2026-2029");
        }

        @Test
        void het_rijk_geeft_eenmaal_akkoord() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordAlGegeven.class)
                    .expectExceptionMessage("het Rijk gaf al akkoord op versie 1 van de uitvoeringsagenda 2026-2029");
        }

        @Test
        void akkoord_van_de_regio_op_een_andere_dan_de_ingediende_versie_wordt_geweigerd() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(uitvoeringsagendaIngediend(P2026, 2, null))))
                    .when(new GeefAkkoordRegioOpUitvoeringsagenda(REGIO, P2026, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 is niet de ingediende "
                            + "versie; dat is versie 2");
        }

        @Test
        void akkoord_van_het_rijk_op_een_teruggestuurde_versie_wordt_geweigerd() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new UitvoeringsagendaTeruggestuurd(REGIO, P2026, 1, "Te vaag"))))
                    .when(new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 is teruggestuurd; de regio "
                            + "dient een nieuwe versie in");
        }

        @Test
        void stelVast_van_een_uitvoeringsagenda_wacht_op_het_vastgestelde_plan() {
            fixture.given(samen(List.of(planIngediend(1)), List.of(uitvoeringsagendaIngediend(P2026, 1, null),
                            new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1),
                            new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(PlanNietVastgesteld.class)
                    .expectExceptionMessage("een uitvoeringsagenda wordt vastgesteld op een vastgesteld plan; het "
                            + "plan van de regio achterhoek is nog niet vastgesteld");
        }

        @Test
        void het_rijk_stelt_de_uitvoeringsagenda_vast_waarop_beide_akkoord_gaven() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026), List.of(
                            new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1),
                            new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectEvents(new UitvoeringsagendaVastgesteld(REGIO, P2026, 1));
        }

        @Test
        void stelVast_wordt_geweigerd_zolang_het_rijk_geen_akkoord_gaf() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 kan niet worden "
                            + "vastgesteld: het akkoord van het Rijk ontbreekt");
        }

        @Test
        void stelVast_wordt_geweigerd_zolang_de_regio_geen_akkoord_gaf() {
            fixture.given(samen(ingediendeUitvoeringsagenda(P2026),
                            List.of(new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1))))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 kan niet worden "
                            + "vastgesteld: het akkoord van de regio ontbreekt");
        }

        @Test
        void stelVast_zonder_akkoorden_noemt_regio_en_rijk() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(AkkoordOntbreekt.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 kan niet worden "
                            + "vastgesteld: de akkoorden van de regio en het Rijk ontbreken");
        }

        @Test
        void stelVast_van_een_uitvoeringsagenda_noemt_haar_periode() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new StelVast(REGIO, Onderdeel.UITVOERINGSAGENDA, null, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: noem de periode van de uitvoeringsagenda die wordt vastgesteld");
        }

        @Test
        void stelVast_van_een_onbekende_periode_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(StelVast.uitvoeringsagenda(REGIO, P2030, 1), doorBzk())
                    .expectNoEvents()
                    .expectException(OnbekendeUitvoeringsagenda.class)
                    .expectExceptionMessage("er is geen uitvoeringsagenda voor de periode 2030-2033");
        }
    }

    @Nested
    class TrekUitvoeringsagendaIn_ {

        @Test
        void de_regio_trekt_de_ingediende_versie_in() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new TrekUitvoeringsagendaIn(REGIO, P2026, 1), doorRegio(REGIO))
                    .expectEvents(new UitvoeringsagendaIngetrokken(REGIO, P2026, 1));
        }

        @Test
        void intrekken_na_vaststelling_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new TrekUitvoeringsagendaIn(REGIO, P2026, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlVastgesteld.class)
                    .expectExceptionMessage("versie 1 van de uitvoeringsagenda 2026-2029 is vastgesteld en kan niet "
                            + "meer worden ingetrokken");
        }

        @Test
        void intrekken_van_een_andere_dan_de_ingediende_versie_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new TrekUitvoeringsagendaIn(REGIO, P2026, 2), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietDeIngediendeVersie.class)
                    .expectExceptionMessage("versie 2 van de uitvoeringsagenda 2026-2029 is niet de ingediende "
                            + "versie; dat is versie 1");
        }

        @Test
        void intrekken_zonder_periode_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new TrekUitvoeringsagendaIn(REGIO, null, 1), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: noem de periode van de uitvoeringsagenda");
        }
    }

    @Nested
    class MeldVoortgang_ {

        private static final LocalDate PEILDATUM = LocalDate.of(2027, 6, 30);

        @Test
        void de_regio_meldt_de_voortgang_van_een_activiteit() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA, " 400 woningen gereed ",
                            PEILDATUM), doorRegio(REGIO))
                    .expectEvents(new VoortgangGemeld(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA,
                            "400 woningen gereed", PEILDATUM));
        }

        @Test
        void ook_bzk_meldt_voortgang_en_een_toelichting_is_niet_verplicht() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2026, "A2", Voortgangsstatus.VERTRAAGD, null, PEILDATUM), doorBzk())
                    .expectEvents(new VoortgangGemeld(REGIO, P2026, "A2", Voortgangsstatus.VERTRAAGD, null,
                            PEILDATUM));
        }

        @Test
        void voortgang_op_een_niet_vastgestelde_uitvoeringsagenda_wordt_geweigerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA, null, PEILDATUM),
                            doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(UitvoeringsagendaNietVastgesteld.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is nog niet vastgesteld");
        }

        @Test
        void voortgang_op_een_onbekende_periode_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2030, "A1", Voortgangsstatus.OP_SCHEMA, null, PEILDATUM),
                            doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OnbekendeUitvoeringsagenda.class)
                    .expectExceptionMessage("er is geen uitvoeringsagenda voor de periode 2030-2033");
        }

        @Test
        void voortgang_op_een_activiteit_die_de_vastgestelde_agenda_niet_heeft_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2026, "A9", Voortgangsstatus.OP_SCHEMA, null, PEILDATUM),
                            doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OnbekendeActiviteit.class)
                    .expectExceptionMessage("de vastgestelde uitvoeringsagenda 2026-2029 heeft geen activiteit A9");
        }

        @Test
        void voortgang_geldt_de_activiteiten_van_de_vastgestelde_versie_niet_van_een_lopende_herziening() {
            UitvoeringsagendaIngediend herziening = new UitvoeringsagendaIngediend(REGIO, P2026, 2, null,
                    List.of(woningbouw(), new Activiteit("A3", "Rijkshub in Doetinchem",
                            List.of(Doelstelling.DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU), "BZK",
                            "Een rijkskantoor", List.of(), null)),
                    "Jaarlijks", List.of("Leefbarometer"), null, UITVOERINGSAGENDA);
            fixture.given(samen(vastgesteldeUitvoeringsagenda(P2026), List.of(herziening)))
                    .when(new MeldVoortgang(REGIO, P2026, "A3", Voortgangsstatus.NIET_GESTART, null, PEILDATUM),
                            doorBzk())
                    .expectNoEvents()
                    .expectException(OnbekendeActiviteit.class)
                    .expectExceptionMessage("de vastgestelde uitvoeringsagenda 2026-2029 heeft geen activiteit A3");
        }

        @Test
        void na_de_evaluatie_wordt_geen_voortgang_meer_gemeld() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.AFGEROND, null, PEILDATUM),
                            doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlGeevalueerd.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is al geëvalueerd; meld de voortgang in "
                            + "de uitvoeringsagenda van de volgende periode");
        }

        @Test
        void een_melding_zonder_activiteit_status_en_peildatum_noemt_elke_fout() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new MeldVoortgang(REGIO, null, " ", null, "Goed", null), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("periode: noem de periode van de uitvoeringsagenda; activiteit: noem de "
                            + "code van de activiteit; status: noem hoe de activiteit ervoor staat; peildatum: noem "
                            + "de datum waarop de voortgang geldt");
        }
    }

    @Nested
    class EvalueerUitvoeringsagenda_ {

        @Test
        void regio_en_rijk_evalueren_de_vastgestelde_uitvoeringsagenda() {
            Documentverwijzing evaluatierapport = new Documentverwijzing("Evaluatie NPVR Achterhoek 2026-2029",
                    SHA256);
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2026, "Woningbouw op schema, RegioExpres vertraagd",
                            evaluatierapport), doorRegio(REGIO))
                    .expectEvents(new UitvoeringsagendaGeevalueerd(REGIO, P2026, 1,
                            "Woningbouw op schema, RegioExpres vertraagd", evaluatierapport));
        }

        @Test
        void de_evaluatie_geldt_de_versie_die_van_kracht_is() {
            fixture.given(samen(vastgesteldPlan(), List.of(uitvoeringsagendaIngediend(P2026, 1, null),
                            uitvoeringsagendaIngediend(P2026, 2, null),
                            new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 2),
                            new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 2),
                            new UitvoeringsagendaVastgesteld(REGIO, P2026, 2))))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2026, "Geleerd", null), doorBzk())
                    .expectEvents(new UitvoeringsagendaGeevalueerd(REGIO, P2026, 2, "Geleerd", null));
        }

        @Test
        void een_niet_vastgestelde_uitvoeringsagenda_wordt_niet_geevalueerd() {
            fixture.given(ingediendeUitvoeringsagenda(P2026))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2026, "Geleerd", null), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(UitvoeringsagendaNietVastgesteld.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is nog niet vastgesteld");
        }

        @Test
        void een_uitvoeringsagenda_wordt_eenmaal_geevalueerd() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2026, "Nog eens", null), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(AlGeevalueerd.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is al geëvalueerd");
        }

        @Test
        void een_evaluatie_van_een_onbekende_periode_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2030, "Geleerd", null), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OnbekendeUitvoeringsagenda.class)
                    .expectExceptionMessage("er is geen uitvoeringsagenda voor de periode 2030-2033");
        }

        @Test
        void een_evaluatie_zonder_tekst_of_met_een_ongeldig_controlegetal_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(new EvalueerUitvoeringsagenda(REGIO, P2026, "", new Documentverwijzing("Rapport", null)),
                            doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("evaluatie: beschrijf wat werkte en wat bijgesteld moet worden; "
                            + "document.sha256: een sha256-controlegetal bestaat uit 64 hexadecimale tekens");
        }
    }

    @Nested
    class HerijkUitvoeringsagenda_ {

        private HerijkUitvoeringsagenda herijk(Periode geevalueerd) {
            DienUitvoeringsagendaIn inhoud = dienUitvoeringsagendaIn(null);
            return new HerijkUitvoeringsagenda(REGIO, geevalueerd, inhoud.activiteiten(), inhoud.monitoring(),
                    inhoud.indicatoren(), inhoud.organisatie(), inhoud.document());
        }

        @Test
        void de_regio_herijkt_de_geevalueerde_agenda_naar_de_volgende_vier_jaar() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(herijk(P2026), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(P2030, 1, P2026));
        }

        @Test
        void een_nieuwe_versie_van_de_herijkte_agenda_blijft_aan_de_geevalueerde_gekoppeld() {
            fixture.given(samen(geevalueerdeUitvoeringsagenda(P2026), List.of(
                            uitvoeringsagendaIngediend(P2030, 1, P2026),
                            new UitvoeringsagendaTeruggestuurd(REGIO, P2030, 1, "Meer over de RegioExpres"))))
                    .when(dienUitvoeringsagendaIn(P2030), doorRegio(REGIO))
                    .expectEvents(uitvoeringsagendaIngediend(P2030, 2, P2026));
        }

        @Test
        void herijking_zonder_evaluatie_wordt_geweigerd() {
            fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                    .when(herijk(P2026), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(NietGeevalueerd.class)
                    .expectExceptionMessage("de uitvoeringsagenda 2026-2029 is nog niet geëvalueerd; herijking volgt "
                            + "op de evaluatie");
        }

        @Test
        void herijking_naar_een_periode_die_al_een_uitvoeringsagenda_heeft_wordt_geweigerd() {
            fixture.given(samen(geevalueerdeUitvoeringsagenda(P2026), List.of(
                            uitvoeringsagendaIngediend(P2030, 1, P2026))))
                    .when(herijk(P2026), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(PeriodeOverlapt.class)
                    .expectExceptionMessage("er is al een uitvoeringsagenda voor de periode 2030-2033; dien daar een "
                            + "nieuwe versie van in");
        }

        @Test
        void herijking_van_een_onbekende_periode_wordt_geweigerd() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(herijk(P2030), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OnbekendeUitvoeringsagenda.class)
                    .expectExceptionMessage("er is geen uitvoeringsagenda voor de periode 2030-2033");
        }

        @Test
        void na_vijf_perioden_wordt_een_zesde_herijking_vastgelegd() {
            fixture.given(samen(vastgesteldPlan(), uitvoeringsagendaVastgesteld(P2026, null),
                            uitvoeringsagendaVastgesteld(P2030, P2026), uitvoeringsagendaVastgesteld(P2034, P2030),
                            uitvoeringsagendaVastgesteld(P2038, P2034), uitvoeringsagendaVastgesteld(P2042, P2038),
                            List.of(new UitvoeringsagendaGeevalueerd(REGIO, P2042, 1, "Twintig jaar NPVR", null))))
                    .when(herijk(P2042), doorRegio(REGIO))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.hamcrest.Matchers.hasToString(
                                            org.hamcrest.Matchers.containsString("periode=2046-2049")),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        @Test
        void een_herijking_noemt_de_geevalueerde_periode_en_een_volledige_agenda() {
            fixture.given(geevalueerdeUitvoeringsagenda(P2026))
                    .when(new HerijkUitvoeringsagenda(REGIO, null, List.of(bereikbaarheid()), "Jaarlijks", null,
                            null, UITVOERINGSAGENDA), doorRegio(REGIO))
                    .expectNoEvents()
                    .expectException(OngeldigBesluit.class)
                    .expectExceptionMessage("geevalueerdePeriode: noem de periode van de geëvalueerde "
                            + "uitvoeringsagenda");
        }
    }
}
