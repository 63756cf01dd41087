package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Toezeggingen as the sources give them (due in a period, fulfilled without a Kamerstuk number), and a toezegging
 * stored in revision 1 read by both sides as revision 2.
 */
class ToezeggingenTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        register = new Regioregister("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String besluit(String ingangsdatum, String bron) {
        return AchterhoekScenario.besluit(ingangsdatum, bron);
    }

    @Test
    void een_toezegging_met_een_termijn_in_woorden_en_een_vervulling_zonder_kamerstuk() {
        String bron = besluit("2025-10-02", "Debat 2 oktober 2025, 29697-175");
        assertThat(register.post("bzk", "/v1/toezeggingen", """
                {"toezeggingId": "bandbreedte-npvr", "omschrijving": "Brief over de financiële bandbreedte",
                 "gedaanAan": "lid Bikker", "gedaanIn": "Debat 2 oktober 2025", "termijn": "na de jaarwisseling",
                 "bewindspersoon": "minister van BZK", "departement": "BZK", "programma": "NPVR",
                 "regios": ["achterhoek"], %s}""".formatted(bron)).status()).isEqualTo(HttpStatus.OK);
        assertThat(register.post("bzk", "/v1/toezeggingen/bandbreedte-npvr/vervul", """
                {"datum": "2026-02-12", "referentie": "2026-0000012345", %s}""".formatted(bron)).status())
                .isEqualTo(HttpStatus.OK);

        JsonNode vervuld = register.totZichtbaar("bzk", "/v1/toezeggingen?status=vervuld",
                r -> r.path("toezeggingen").findValuesAsText("toezeggingId").contains("bandbreedte-npvr"));
        JsonNode toezegging = null;
        for (JsonNode t : vervuld.path("toezeggingen")) {
            if (t.path("toezeggingId").asText().equals("bandbreedte-npvr")) {
                toezegging = t;
            }
        }
        assertThat(toezegging).isNotNull();
        assertThat(toezegging.path("termijn").asText()).isEqualTo("na de jaarwisseling");
        assertThat(toezegging.path("uiterlijk").isNull()).isTrue();
        assertThat(toezegging.path("bewindspersoon").asText()).isEqualTo("minister van BZK");
        assertThat(toezegging.path("regios").findValuesAsText("")).isEmpty();
        assertThat(toezegging.path("regios").get(0).asText()).isEqualTo("achterhoek");
        assertThat(toezegging.path("vervuldMet").asText()).isEqualTo("2026-0000012345");
        assertThat(toezegging.path("teLaat").asBoolean()).isFalse();
    }

    @Test
    void een_opgeslagen_toezegging_van_revisie_1_leest_op_beide_kanten_als_revisie_2() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      timestamp, payloadtype, payloadrevision, payload, metadata)
                        VALUES ('toezegging:oud-v1', 0, 'Toezegging', :id, '2025-01-20T09:00:00Z',
                                'nl.regioregister.events.kamer.ToezeggingGeregistreerd', '1',
                                convert_to(:payload, 'UTF8'), convert_to(:metadata, 'UTF8'))""")
                .param("id", java.util.UUID.randomUUID().toString())
                .param("payload", """
                        {"toezeggingId":"oud-v1","omschrijving":"Voortgangsbrief","gedaanAan":null,                        "gedaanIn":"Commissiedebat 5 februari 2025","uiterlijk":"2025-06-30","motie":null}""")
                .param("metadata", """
                        {"actor":"bzk","rol":"BZK","organisatie":"BZK","geregistreerdOp":"2025-01-20T09:00:00Z",                        "ingangsdatum":"2025-01-20","motivering":"Toezegging","bron":"Commissiedebat"}""")
                .update();

        JsonNode open = register.totZichtbaar("bzk", "/v1/toezeggingen?paginagrootte=100",
                r -> r.path("toezeggingen").findValuesAsText("toezeggingId").contains("oud-v1"));
        assertThat(open.toString()).contains("\"uiterlijk\":\"2025-06-30\"");

        String bron = besluit("2025-07-01", "Kamerbrief 29697-176");
        Regioregister.Antwoord vervuld = register.post("bzk", "/v1/toezeggingen/oud-v1/vervul", """
                {"kamerbrief": "29697-176", "kamerbriefDatum": "2025-07-01", %s}""".formatted(bron));
        assertThat(vervuld.status()).isEqualTo(HttpStatus.OK);
        assertThat(vervuld.body().path("versie").asLong()).isEqualTo(1);
        String opgeslagen = jdbc.sql("""
                        SELECT payloadrevision || ' ' || convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = 'toezegging:oud-v1' AND sequencenumber = 1""")
                .query(String.class).single();
        assertThat(opgeslagen).startsWith("2 ").contains("\"datum\":\"2025-07-01\"");
    }

}
