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
 * A running trajectory stored in revision 1 (always with a start date) is read by both sides as revision 2, and a
 * trajectory without a start date is recorded as revision 2.
 */
class LopendeTrajectenTest {

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

    @Test
    void een_opgeslagen_traject_van_revisie_1_leest_op_beide_kanten_als_revisie_2() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      timestamp, payloadtype, payloadrevision, payload, metadata)
                        VALUES ('traject:vhf-2021', 0, 'LopendTraject', :id, '2025-03-05T09:00:00Z',
                                'nl.regioregister.events.traject.LopendTrajectGeregistreerd', '1',
                                convert_to(:payload, 'UTF8'), convert_to(:metadata, 'UTF8'))""")
                .param("id", java.util.UUID.randomUUID().toString())
                .param("payload", """
                        {"trajectId":"vhf-2021","regioId":"achterhoek","naam":"Volkshuisvestingsfonds 2021",\
                        "departementen":["VRO"],"andereOverheid":null,"vanaf":"2021-06-01","tot":null,\
                        "bedrag":5134714.00,"omvang":null,"actieVoorContinuiteit":null}""")
                .param("metadata", """
                        {"actor":"bzk","rol":"BZK","organisatie":"BZK","geregistreerdOp":"2025-03-05T09:00:00Z",\
                        "ingangsdatum":"2025-03-05","motivering":"Lopende trajecten","bron":"Bijlage 3"}""")
                .update();

        JsonNode status = register.totZichtbaar("bzk", "/v1/regios/achterhoek/status",
                r -> r.path("status").path("lopendeTrajecten").has("vhf-2021"));
        assertThat(status.path("status").path("lopendeTrajecten").path("vhf-2021").toString())
                .contains("2021-06-01");

        Regioregister.Antwoord bijgewerkt = register.post("bzk", "/v1/lopende-trajecten/vhf-2021/werk-bij", """
                {"regioId": "achterhoek", "naam": "Volkshuisvestingsfonds 2021", "departementen": ["VRO"],
                 "bedrag": 5134714.00, %s}""".formatted(AchterhoekScenario.besluit("2025-04-01", "Bijlage 3")));
        assertThat(bijgewerkt.status()).as(bijgewerkt.body().toString()).isEqualTo(HttpStatus.OK);
        assertThat(bijgewerkt.body().path("versie").asLong()).isEqualTo(1);
        String opgeslagen = jdbc.sql("""
                        SELECT payloadrevision || ' ' || convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = 'traject:vhf-2021' AND sequencenumber = 1""")
                .query(String.class).single();
        assertThat(opgeslagen).startsWith("2 ").contains("\"vanaf\":null");
    }
}
