package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The Achterhoek's 2025 path through the HTTP API on embedded PostgreSQL, and what every view then shows. */
class AchterhoekScenarioTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static long laatstePositie;

    @BeforeAll
    static void speelHetScenario() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        register = new Regioregister("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
        laatstePositie = AchterhoekScenario.speel(register);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void het_scenario_staat_als_gebeurtenissen_met_verantwoording_in_de_event_store() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> soorten = jdbc.sql("""
                        SELECT payloadtype FROM domainevententry
                        WHERE aggregateidentifier IN ('achterhoek', 'procesmiddelen:achterhoek', 'agenda:achterhoek')
                        ORDER BY globalindex""")
                .query(String.class).list().stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
        assertThat(soorten).containsExactly("RegioGeregistreerd", "OpgenomenInProgramma", "ProcesmiddelenToegekend",
                "RegiokassierAangewezen", "DepartementsvoorkeurUitgesproken", "ProcesmiddelenToekenningGewijzigd",
                "VoorkeursdepartementAangewezen", "ProgrammamanagerAangesteld", "ProcesmiddelenUitbetaald",
                "PlanIngediend", "UitvoeringsagendaIngediend", "AkkoordRegioOpPlanGegeven", "AkkoordRijkOpPlanGegeven",
                "PlanVastgesteld", "AkkoordRegioOpUitvoeringsagendaGegeven", "AkkoordRijkOpUitvoeringsagendaGegeven",
                "UitvoeringsondersteuningToegezegd", "UitvoeringsagendaVastgesteld");

        Map<String, Object> kassier = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                        FROM domainevententry WHERE payloadtype LIKE '%RegiokassierAangewezen'""")
                .query().singleRow();
        assertThat(kassier.get("metadata").toString()).contains("\"actor\":\"achterhoek\"", "\"rol\":\"REGIO\"",
                "\"organisatie\":\"achterhoek\"", "\"ingangsdatum\":\"2025-02-01\"",
                "\"bron\":\"DB Regio Achterhoek 29 januari 2025\"", "\"geregistreerdOp\"", "\"motivering\"",
                "\"besluitorgaan\":\"DAGELIJKS_BESTUUR\"", "\"besluitorgaanNaam\":\"DB Regio Achterhoek\"");
        Map<String, Object> uitbetaald = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') AS payload FROM domainevententry
                        WHERE payloadtype LIKE '%ProcesmiddelenUitbetaald'""").query().singleRow();
        assertThat(uitbetaald.get("payload").toString()).contains("\"fonds\":\"GEMEENTEFONDS\"",
                "\"uitgekeerd\":341322.31", "\"gestortInBtwCompensatiefonds\":8677.69");
    }

    @Test
    void de_stand_van_de_achterhoek_toont_bestuur_agenda_en_procesmiddelen_tot_op_de_cent() {
        JsonNode nu = register.totZichtbaar("bzk", AchterhoekScenario.REGIO + "/status",
                r -> r.path("positie").asLong() >= laatstePositie);
        JsonNode status = nu.path("status");
        assertThat(status.at("/regiokassier/naam").asText()).isEqualTo("Gemeente Doetinchem");
        assertThat(status.at("/bestuur/PROGRAMMAMANAGER/naam").asText()).isEqualTo("M. Jansen");
        assertThat(status.at("/bestuur/AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT/organisatie").asText()).isEqualTo("IENW");
        assertThat(status.at("/voorkeursdepartement/voorkeurRegio").asText()).isEqualTo("IENW");
        assertThat(status.at("/voorkeursdepartement/alternatief").asText()).isEqualTo("VRO");
        assertThat(status.at("/plan/staat").asText()).isEqualTo("VASTGESTELD");
        assertThat(status.at("/plan/vastgesteldOp").asText()).isEqualTo("2025-07-15");
        assertThat(status.at("/uitvoeringsagendas/2026-2029/staat").asText()).isEqualTo("VASTGESTELD");
        assertThat(status.at("/uitvoeringsagendas/2026-2029/activiteitenPerDoelstelling/VEILIGE_EN_LEEFBARE_REGIO/0/code")
                .asText()).isEqualTo("WON-1");
        assertThat(status.at("/procesmiddelen/2025/toegekend").decimalValue()).isEqualByComparingTo("350000.00");
        assertThat(status.at("/procesmiddelen/2025/btwSchatting").decimalValue()).isEqualByComparingTo("8677.69");
        assertThat(status.at("/procesmiddelen/2025/uitbetaald").decimalValue()).isEqualByComparingTo("341322.31");
        assertThat(status.at("/procesmiddelen/2025/beschikbaar").decimalValue()).isEqualByComparingTo("341322.31");
        assertThat(nu.path("signalen").findValuesAsText("soort"))
                .containsExactlyInAnyOrder("GEEN_RIJKSVERTEGENWOORDIGER", "INZET_DEPARTEMENTEN_NIET_UITGEWERKT");
        assertThat(status.at("/verzoeken/btw-procesmiddelen/soort").asText()).isEqualTo("AFWIJKING");
        assertThat(status.at("/uitvoeringsagendas/2026-2029/ondersteuning/0/bedrag").decimalValue())
                .isEqualByComparingTo("5000000.00");
        assertThat(status.at("/uitvoeringsagendas/2026-2029/ondersteuning/0/instrument").asText())
                .isEqualTo("SPECIFIEKE_UITKERING");
        assertThat(status.at("/verzoeken/btw-procesmiddelen/uitkomst").asText()).isEqualTo("TOEGEKEND");
        assertThat(status.at("/plan/akkoordRegioDoor").asText()).isEqualTo("AB Regio Achterhoek");
        assertThat(status.at("/plan/akkoordRijkDoor").asText()).isEqualTo("bzk");
    }

    @Test
    void op_1_maart_2025_golden_de_toekenning_van_22_januari_en_de_kassier_maar_nog_geen_plan_of_uitkering() {
        register.totZichtbaar("bzk", AchterhoekScenario.REGIO + "/status",
                r -> r.path("positie").asLong() >= laatstePositie);
        JsonNode toen = register.get("auditor", AchterhoekScenario.REGIO + "/status?geldendOp=2025-03-01").body();
        assertThat(toen.at("/status/regiokassier/naam").asText()).isEqualTo("Gemeente Doetinchem");
        assertThat(toen.at("/status/bestuur").has("PROGRAMMAMANAGER")).isFalse();
        assertThat(toen.at("/status").has("plan")).isFalse();
        assertThat(toen.at("/status/procesmiddelen/2025/toegekend").decimalValue()).isEqualByComparingTo("350000.00");
        assertThat(toen.at("/status/procesmiddelen/2025/btwSchatting").decimalValue())
                .isEqualByComparingTo("60743.80");
        assertThat(toen.at("/status/procesmiddelen/2025/uitbetaald").decimalValue()).isZero();
        assertThat(toen.path("geldendOp").asText()).isEqualTo("2025-03-01");
        assertThat(toen.at("/status/aangekondigd").findValuesAsText("besluit"))
                .contains("ProgrammamanagerAangesteld", "PlanVastgesteld", "UitvoeringsagendaVastgesteld");
        assertThat(toen.path("positie").asLong()).as("what takes effect later is announced, so reflected")
                .isEqualTo(laatstePositie);
        assertThat(toen.path("signalen").findValuesAsText("soort"))
                .contains("GEEN_RIJKSVERTEGENWOORDIGER").doesNotContain("KASSIER_TE_LAAT", "PLAN_TE_LAAT");
    }

    @Test
    void het_npvr_overzicht_telt_de_procesmiddelen_per_jaar_op() {
        JsonNode overzicht = register.totZichtbaar("bzk", "/v1/programmas/npvr/overzicht",
                r -> r.path("positie").asLong() >= laatstePositie);
        assertThat(overzicht.path("regios").size()).isEqualTo(11);
        assertThat(overzicht.at("/totaalPerJaar/2025/toegekend").decimalValue()).isEqualByComparingTo("350000.00");
        assertThat(overzicht.at("/totaalPerJaar/2025/uitbetaald").decimalValue()).isEqualByComparingTo("341322.31");
        JsonNode achterhoek = null;
        for (JsonNode regio : overzicht.path("regios")) {
            if (regio.path("regioId").asText().equals("achterhoek")) {
                achterhoek = regio;
            }
        }
        assertThat(achterhoek).isNotNull();
        assertThat(achterhoek.path("fase").asText()).isEqualTo("UITVOERING");
    }

    @Test
    void vaststellen_zonder_beide_akkoorden_wordt_geweigerd_met_de_ontbrekende_partij() {
        Regioregister.Antwoord ingediend = register.post("twente", "/v1/regios/twente/plan/dien-in", """
                {"hoofdstukken": {"INTRODUCTIE": "i", "PROBLEEMANALYSE": "p",
                                  "HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF": "h", "ORGANISATIE": "o"},
                 "visiejaar": 2045,
                 "doorvertaling": {"VEILIGE_EN_LEEFBARE_REGIO": "a", "DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU": "b",
                                   "GEZONDE_EN_KANSRIJKE_TOEKOMST": "c"},
                 "document": {"verwijzing": "Plan Twente", "sha256": "%s"}, %s}""".formatted(AchterhoekScenario.SHA,
                AchterhoekScenario.besluit("2025-08-01", "Twente Board")));
        assertThat(ingediend.status()).isEqualTo(HttpStatus.OK);
        register.post("twente", "/v1/regios/twente/plan/geef-akkoord-regio",
                "{\"versie\": 1, %s}".formatted(AchterhoekScenario.besluit("2025-08-02", "Twente Board")));

        Regioregister.Antwoord geweigerd = register.post("bzk", "/v1/regios/twente/plan/stel-vast",
                "{\"versie\": 1, %s}".formatted(AchterhoekScenario.besluit("2025-08-03", "BO")));
        assertThat(geweigerd.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(geweigerd.body().path("regel").asText()).isEqualTo("akkoord-ontbreekt");
        assertThat(geweigerd.body().path("detail").asText()).contains("Rijk");

        Regioregister.Antwoord andereRegio = register.post("achterhoek", "/v1/regios/twente/plan/geef-akkoord-regio",
                "{\"versie\": 1, %s}".formatted(AchterhoekScenario.besluit("2025-08-02", "x")));
        assertThat(andereRegio.status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void moties_en_toezeggingen_staan_in_het_overzicht_met_de_verlopen_toezegging_bovenaan() {
        String bron = AchterhoekScenario.besluit("2025-01-20", "Kamerbrief 20 december 2024");
        assertThat(register.post("bzk", "/v1/moties", """
                {"kamerstuknummer": "29697-169", "titel": "Motie Flach over een aanspreekpunt voor elke regio",
                 "indieners": ["Flach"], "aangenomenOp": "2024-12-17", %s}""".formatted(bron)).status())
                .isEqualTo(HttpStatus.OK);
        register.post("bzk", "/v1/moties/29697-169/registreer-uitvoering", """
                {"referentie": "Kamerbrief 19 december 2025", "omschrijving": "Aanspreekpunt per departement", %s}"""
                .formatted(bron));
        register.post("bzk", "/v1/toezeggingen", """
                {"toezeggingId": "voortgangsbrief-npvr", "omschrijving": "Voortgangsbrief NPVR na de jaarwisseling",
                 "gedaanIn": "Commissiedebat 5 februari 2025", "uiterlijk": "2025-03-31", %s}""".formatted(bron));
        register.post("bzk", "/v1/toezeggingen", """
                {"toezeggingId": "brief-strategische-agendas", "omschrijving": "Brief over strategische agenda's",
                 "gedaanIn": "Commissiedebat 5 februari 2025", "uiterlijk": "2099-12-31", %s}""".formatted(bron));

        JsonNode toezeggingen = register.totZichtbaar("bzk", "/v1/toezeggingen?status=open",
                r -> r.path("toezeggingen").size() == 2);
        assertThat(toezeggingen.at("/toezeggingen/0/toezeggingId").asText()).isEqualTo("voortgangsbrief-npvr");
        assertThat(toezeggingen.at("/toezeggingen/0/teLaat").asBoolean()).isTrue();
        assertThat(toezeggingen.at("/toezeggingen/1/teLaat").asBoolean()).isFalse();
        assertThat(register.get("bzk", "/v1/programmas/npvr/overzicht").body().path("verlopenToezeggingen")
                .findValuesAsText("toezeggingId")).containsExactly("voortgangsbrief-npvr");
        JsonNode motie = register.totZichtbaar("auditor", "/v1/moties/29697-169",
                r -> r.path("uitvoering").size() == 1);
        assertThat(motie.path("afgedaan").asBoolean()).isFalse();
        assertThat(register.get("bzk", "/v1/toezeggingen?status=onzin").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode tweedePagina = register.get("bzk", "/v1/toezeggingen?paginagrootte=1&pagina=2").body();
        assertThat(tweedePagina.path("totaal").asLong()).isEqualTo(2);
        assertThat(tweedePagina.at("/toezeggingen/0/toezeggingId").asText()).isEqualTo("brief-strategische-agendas");
        assertThat(register.get("bzk", "/v1/moties?status=dicht&paginagrootte=500&pagina=0").body()
                .path("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("status", "pagina", "paginagrootte");
    }

    @Test
    void openapi_beschrijft_elk_besluit_met_zijn_verzoek_en_foutantwoorden() {
        JsonNode paden = register.get(null, "/v1/openapi.json").body().path("paths");
        Set<String> besluiten = new java.util.TreeSet<>();
        app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, methode) -> {
                    if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
                            && methode.getBeanType().getPackageName().startsWith("nl.regioregister.command")) {
                        besluiten.addAll(info.getPatternValues());
                    }
                });
        assertThat(besluiten).hasSizeGreaterThan(40).contains("/v1/regios/{regioId}/plan/stel-vast",
                "/v1/regios/{regioId}/procesmiddelen/ken-toe", "/v1/regios/{regioId}/benoem-rijksvertegenwoordiger");
        for (String pad : besluiten) {
            // the server URL holds the major version (/v1); paths are relative to it
            JsonNode post = paden.path(pad.substring("/v1".length())).path("post");
            assertThat(post.isMissingNode()).as(pad).isFalse();
            assertThat(post.at("/requestBody/content/application~1json/schema").isMissingNode()).as(pad).isFalse();
            assertThat(post.path("responses").has("400")).as(pad).isTrue();
            assertThat(post.path("responses").has("409")).as(pad).isTrue();
        }
    }
}
