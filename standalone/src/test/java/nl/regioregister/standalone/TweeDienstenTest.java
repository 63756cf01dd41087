package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.regioregister.command.CommandSideApplication;
import nl.regioregister.query.QuerySideApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * The command side and the query side deployed separately against one PostgreSQL: the query side sees the command
 * side's decisions through the shared event store, with its own processors. The query side starts first (its
 * migrations are newer than the command side's), and both restart, in the other order, as the last test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TweeDienstenTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext querySide;
    private static Regioregister commands;
    private static Regioregister queries;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String[] database = database();
        querySide = QuerySideApplication.builder().run(database);
        commandSide = CommandSideApplication.builder().run(database);
        commands = new Regioregister("http://localhost:" + poort(commandSide));
        queries = new Regioregister("http://localhost:" + poort(querySide));
    }

    private static String[] database() {
        return new String[]{"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--server.port=0",
                // the services have no default profile; the tests sign in with the development users
                "--spring.profiles.active=dev"};
    }

    @AfterAll
    static void stop() throws Exception {
        querySide.close();
        commandSide.close();
        postgres.close();
    }

    private static int poort(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void elke_dienst_apart_antwoordt_fouten_en_vijandige_invoer_in_hetzelfde_formaat() {
        for (ConfigurableApplicationContext dienst : java.util.List.of(commandSide, querySide)) {
            Http http = new Http(poort(dienst));
            Http.Antwoord onbekendPad = http.verzoek("GET", "/v1/bestaat-niet", "bzk", null);
            assertThat(onbekendPad.status()).isEqualTo(404);
            assertThat(onbekendPad.contentType()).startsWith("application/problem+json");
            assertThat(onbekendPad.json().path("title").asText()).isEqualTo("Niet gevonden");
            Http.Antwoord schuineStreep = http.rauw("GET /v1/regios/a%2Fb HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(schuineStreep.status()).isEqualTo(400);
            assertThat(schuineStreep.contentType()).startsWith("application/problem+json");
        }
        Http.Antwoord nul = new Http(poort(commandSide)).verzoek("POST",
                "/v1/regios/zuid-limburg/benoem-rijksvertegenwoordiger", "bzk",
                "{\"naam\": " + Http.json("M.\u0000Peters") + ", \"departement\": \"VWS\", \"besluit\": "
                        + "{\"motivering\": \"m\", \"bron\": \"b\"}}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().path("invalidParams").findValuesAsText("name")).containsExactly("naam");
        Http.Antwoord limiet = new Http(poort(querySide)).verzoek("GET", "/v1/events?limit=abc&na=abc&typo=1",
                "integrator", null);
        assertThat(limiet.status()).isEqualTo(400);
        assertThat(limiet.json().path("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("limit", "na", "typo");
    }

    @Test
    void de_query_service_ziet_de_benoeming_die_de_command_service_vastlegde() {
        Regioregister.Antwoord benoemd = commands.post("bzk", "/v1/regios/zuid-limburg/benoem-rijksvertegenwoordiger", """
                {"naam": "M. Peters", "functie": "DG Samenleving", "departement": "VWS",
                 "besluit": {"ingangsdatum": "2025-04-01", "motivering": "Grootste raakvlak met de opgaven",
                             "bron": "Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024"}}""");
        assertThat(benoemd.status()).isEqualTo(HttpStatus.OK);

        // the view reads its position before its document (it reflects at least the position it names), so an
        // answer read while the projection commits can show the appointment with the position before it
        long positie = benoemd.body().path("positie").asLong();
        JsonNode zuidLimburg = queries.totZichtbaar("auditor", "/v1/regios/zuid-limburg",
                r -> r.at("/regio/rijksvertegenwoordiger/naam").asText().equals("M. Peters")
                        && r.path("positie").asLong() >= positie);
        assertThat(zuidLimburg.at("/regio/rijksvertegenwoordiger/organisatie").asText()).isEqualTo("VWS");
        assertThat(zuidLimburg.at("/regio/rijksvertegenwoordiger/sinds").asText()).isEqualTo("2025-04-01");
        assertThat(zuidLimburg.path("positie").asLong()).isGreaterThanOrEqualTo(positie);
    }

    @Test
    void na_het_achterhoek_scenario_toont_de_query_service_de_juiste_bedragen_en_stand() {
        long positie = AchterhoekScenario.speel(commands);

        JsonNode status = queries.totZichtbaar("auditor", AchterhoekScenario.REGIO + "/status",
                r -> r.path("positie").asLong() >= positie);
        assertThat(status.at("/status/plan/staat").asText()).isEqualTo("VASTGESTELD");
        assertThat(status.at("/status/procesmiddelen/2025/uitbetaald").decimalValue())
                .isEqualByComparingTo("341322.31");
        JsonNode overzicht = queries.totZichtbaar("bzk", "/v1/programmas/npvr/overzicht",
                r -> r.path("positie").asLong() >= positie);
        assertThat(overzicht.at("/totaalPerJaar/2025/btwSchatting").decimalValue()).isEqualByComparingTo("8677.69");
        JsonNode toen = queries.get("auditor", AchterhoekScenario.REGIO + "/status?geldendOp=2025-03-01").body();
        assertThat(toen.at("/status").has("plan")).isFalse();
        assertThat(toen.at("/status/regiokassier/naam").asText()).isEqualTo("Gemeente Doetinchem");

        JsonNode historie = queries.get("auditor", "/v1/besluiten?regio=achterhoek&limit=200&minimalePositie=" + positie)
                .body();
        assertThat(historie.path("besluiten").findValuesAsText("type")).contains("RegiokassierAangewezen",
                "ProcesmiddelenUitbetaald", "PlanVastgesteld", "UitvoeringsagendaVastgesteld");
        String export = queries.get("auditor", "/v1/besluiten/export?formaat=jsonl&regio=achterhoek").body().asText();
        assertThat(export.lines().count()).isEqualTo(historie.path("besluiten").size());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void na_een_herstart_van_beide_diensten_in_omgekeerde_volgorde_gaat_het_register_door() {
        Regioregister.Antwoord voor = commands.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "Voor de herstart", "departement": "EZ",
                 "besluit": {"motivering": "Proef", "bron": "Proef"}}""");
        assertThat(voor.status()).isEqualTo(HttpStatus.OK);
        querySide.close();
        commandSide.close();

        commandSide = CommandSideApplication.builder().run(database());
        querySide = QuerySideApplication.builder().run(database());
        commands = new Regioregister("http://localhost:" + poort(commandSide));
        queries = new Regioregister("http://localhost:" + poort(querySide));

        Regioregister.Antwoord na = commands.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "Na de herstart", "departement": "EZ",
                 "besluit": {"motivering": "Proef", "bron": "Proef"}}""");
        assertThat(na.status()).isEqualTo(HttpStatus.OK);
        assertThat(na.body().path("versie").asLong()).isEqualTo(voor.body().path("versie").asLong() + 1);
        JsonNode twente = queries.totZichtbaar("auditor", "/v1/regios/twente",
                r -> r.at("/regio/rijksvertegenwoordiger/naam").asText().equals("Na de herstart"));
        assertThat(twente.path("positie").asLong()).isGreaterThanOrEqualTo(na.body().path("positie").asLong());
    }

    @Test
    void de_query_service_neemt_geen_besluiten_aan() {
        Regioregister.Antwoord poging = queries.post("bzk", "/v1/regios/zuid-limburg/benoem-rijksvertegenwoordiger",
                "{}");
        assertThat(poging.status().is4xxClientError()).isTrue();
        assertThat(queries.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11)
                .path("regios").size()).isEqualTo(11);
    }
}
