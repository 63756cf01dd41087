package nl.regioregister.command.agenda;

import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.SHA256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.Bijdrage;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;
import nl.regioregister.events.agenda.Partijsoort;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Every endpoint of the agenda turns its path and body into the right decision about the region's agenda. */
class AgendaEndpointsTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-06-30", "motivering": "Besluit van het AB", "bron": "AB 30 juni 2025"}""";
    private static final String DOCUMENT = """
            "document": {"verwijzing": "Regioplan", "sha256": "%s"}""".formatted(SHA256);
    private static final String INHOUD = """
            "inhoud": {
              "activiteiten": [{"code": "A1", "omschrijving": "Woningbouw",
                "doelstellingen": ["VEILIGE_EN_LEEFBARE_REGIO"],
                "eigenaar": "Regio", "beoogdResultaat": "1.500 woningen",
                "bijdragen": [{"partijsoort": "DEPARTEMENT", "departement": "VRO", "omschrijving": "Flexpool",
                  "bedrag": 250000.00}],
                "inwonersbetrokkenheid": "Inwonersavonden"}],
              "monitoring": "Jaarlijks", "indicatoren": ["Leefbarometer"], "organisatie": "Stuurgroep", %s}"""
            .formatted(DOCUMENT);
    private static final Documentverwijzing REGIOPLAN = new Documentverwijzing("Regioplan", SHA256);
    private static final List<Activiteit> ACTIVITEITEN = List.of(new Activiteit("A1", "Woningbouw",
            List.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO), "Regio", "1.500 woningen",
            List.of(new Bijdrage(Partijsoort.DEPARTEMENT, Departement.VRO, null, "Flexpool",
                    new BigDecimal("250000.00"))), "Inwonersavonden"));

    private final Authentication wie = new TestingAuthenticationToken("achterhoek-medewerker", null,
            "ROLE_REGIO", "ORGANISATIE_achterhoek");
    private Besluitvorming besluitvorming;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        besluitvorming = mock(Besluitvorming.class);
        when(besluitvorming.neem(any(), any(), any(), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd("agenda:achterhoek", 3, 42));
        mvc = MockMvcBuilders.standaloneSetup(new PlanBesluitenController(besluitvorming),
                new UitvoeringsagendaBesluitenController(besluitvorming),
                new InspanningsverplichtingBesluitenController(besluitvorming)).build();
    }

    static Stream<Arguments> endpoints() {
        String plan = "/v1/regios/achterhoek/plan/";
        String agenda = "/v1/regios/achterhoek/uitvoeringsagendas/";
        String inspanning = "/v1/regios/achterhoek/inspanningsverplichtingen/";
        return Stream.of(
                Arguments.of(plan + "dien-in", """
                        {"hoofdstukken": {"INTRODUCTIE": "i", "PROBLEEMANALYSE": "p",
                          "HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF": "h", "ORGANISATIE": "o"},
                         "visiejaar": 2050,
                         "doorvertaling": {"VEILIGE_EN_LEEFBARE_REGIO": "v",
                          "DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU": "d", "GEZONDE_EN_KANSRIJKE_TOEKOMST": "g"},
                         %s, %s}""".formatted(DOCUMENT, BESLUIT),
                        new DienPlanIn(REGIO, Map.of(Hoofdstuk.INTRODUCTIE, "i", Hoofdstuk.PROBLEEMANALYSE, "p",
                                Hoofdstuk.HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF, "h", Hoofdstuk.ORGANISATIE, "o"),
                                2050, Map.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO, "v",
                                Doelstelling.DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU, "d",
                                Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST, "g"), REGIOPLAN)),
                Arguments.of(plan + "stuur-terug", """
                        {"versie": 2, "opmerkingen": "Te vaag", %s}""".formatted(BESLUIT),
                        new StuurPlanTerug(REGIO, 2, "Te vaag")),
                Arguments.of(plan + "geef-akkoord-regio", versie(2), new GeefAkkoordRegioOpPlan(REGIO, 2)),
                Arguments.of(plan + "geef-akkoord-rijk", versie(2), new GeefAkkoordRijkOpPlan(REGIO, 2)),
                Arguments.of(plan + "stel-vast", versie(2), StelVast.plan(REGIO, 2)),
                Arguments.of(plan + "trek-in", versie(2), new TrekPlanIn(REGIO, 2)),
                Arguments.of(agenda + "dien-in", """
                        {"periode": "2026-2029", %s, %s}""".formatted(INHOUD, BESLUIT),
                        new DienUitvoeringsagendaIn(REGIO, P2026, ACTIVITEITEN, "Jaarlijks", List.of("Leefbarometer"),
                                "Stuurgroep", REGIOPLAN)),
                Arguments.of(agenda + "2026-2029/stuur-terug", """
                        {"versie": 1, "opmerkingen": "Noem OCW", %s}""".formatted(BESLUIT),
                        new StuurUitvoeringsagendaTerug(REGIO, P2026, 1, "Noem OCW")),
                Arguments.of(agenda + "2026-2029/geef-akkoord-regio", versie(1),
                        new GeefAkkoordRegioOpUitvoeringsagenda(REGIO, P2026, 1)),
                Arguments.of(agenda + "2026-2029/geef-akkoord-rijk", versie(1),
                        new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1)),
                Arguments.of(agenda + "2026-2029/stel-vast", versie(1), StelVast.uitvoeringsagenda(REGIO, P2026, 1)),
                Arguments.of(agenda + "2026-2029/trek-in", versie(1), new TrekUitvoeringsagendaIn(REGIO, P2026, 1)),
                Arguments.of(agenda + "2026-2029/activiteiten/A1/meld-voortgang", """
                        {"status": "VERTRAAGD", "toelichting": "Netcongestie", "peildatum": "2027-06-30", %s}"""
                                .formatted(BESLUIT),
                        new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.VERTRAAGD, "Netcongestie",
                                LocalDate.of(2027, 6, 30))),
                Arguments.of(agenda + "2026-2029/evalueer", """
                        {"evaluatie": "Geleerd", %s, %s}""".formatted(DOCUMENT, BESLUIT),
                        new EvalueerUitvoeringsagenda(REGIO, P2026, "Geleerd", REGIOPLAN)),
                Arguments.of(agenda + "2026-2029/herijk", """
                        {%s, %s}""".formatted(INHOUD, BESLUIT),
                        new HerijkUitvoeringsagenda(REGIO, P2026, ACTIVITEITEN, "Jaarlijks", List.of("Leefbarometer"),
                                "Stuurgroep", REGIOPLAN)),
                Arguments.of(inspanning + "ga-aan", """
                        {"kenmerk": "ienw-regioexpres", "departement": "IENW", "inzet": "RegioExpres",
                         "bedrag": 75000000.00, "periode": "2026-2029", %s}""".formatted(BESLUIT),
                        new GaInspanningsverplichtingAan(REGIO, "ienw-regioexpres", Departement.IENW, "RegioExpres",
                                new BigDecimal("75000000.00"), P2026)),
                Arguments.of(inspanning + "ienw-regioexpres/wijzig", """
                        {"inzet": "RegioExpres en bus", "periode": "2026-2033", %s}""".formatted(BESLUIT),
                        new WijzigInspanningsverplichting(REGIO, "ienw-regioexpres", "RegioExpres en bus", null,
                                new Periode(2026, 2033))),
                Arguments.of(inspanning + "ienw-regioexpres/trek-in", "{%s}".formatted(BESLUIT),
                        new TrekInspanningsverplichtingIn(REGIO, "ienw-regioexpres")));
    }

    private static String versie(int versie) {
        return "{\"versie\": %d, %s}".formatted(versie, BESLUIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void elk_endpoint_neemt_zijn_besluit_over_de_agenda_van_de_regio(String pad, String body, AgendaBesluit besluit)
            throws Exception {
        mvc.perform(post(pad).principal(wie).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("agenda:achterhoek"));
        ArgumentCaptor<Object> genomen = ArgumentCaptor.forClass(Object.class);
        verify(besluitvorming).neem(eq("agenda:achterhoek"), genomen.capture(),
                eq(new BesluitGegevens(LocalDate.of(2025, 6, 30), "Besluit van het AB", "AB 30 juni 2025")), eq(wie));
        assertThat(genomen.getValue()).isEqualTo(besluit);
    }

    @Test
    void een_besluit_zonder_verantwoording_wordt_niet_genomen() throws Exception {
        mvc.perform(post("/v1/regios/achterhoek/plan/stel-vast").principal(wie)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"versie\": 1}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(besluitvorming);
    }

    @Test
    void een_periode_in_het_pad_die_geen_beginjaar_eindjaar_is_wordt_geweigerd() {
        assertThatThrownBy(() -> mvc.perform(post("/v1/regios/achterhoek/uitvoeringsagendas/2026/stel-vast")
                .principal(wie).contentType(MediaType.APPLICATION_JSON).content(versie(1))))
                .hasCauseInstanceOf(OngeldigBesluit.class)
                .cause().hasMessage("periode: een periode wordt geschreven als beginjaar-eindjaar, bijvoorbeeld "
                        + "2026-2029");
        verifyNoInteractions(besluitvorming);
    }
}
