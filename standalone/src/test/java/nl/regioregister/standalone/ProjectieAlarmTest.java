package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event already in the store that no projection can read (its payload is not valid JSON, written past the
 * boundary's checks): the feed, which may not skip it, stops and is DOWN in health; the projections with a
 * dead-letter queue park it and are OUT_OF_SERVICE; the metrics show both; the log says ERROR once per projection.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectieAlarmTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true");
        register = new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void een_gebeurtenis_die_geen_projectie_kan_opslaan_is_een_alarm_in_health_metrics_en_log(CapturedOutput log) {
        Regioregister.Antwoord benoemd = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "J. Jansen", "departement": "EZ",
                 "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Proef", "bron": "AB 5 maart 2025"}}""");
        assertThat(benoemd.status().value()).isEqualTo(200);
        // a copy of that decision whose payload no reader can make sense of, written past every check of the
        // register, as damage to the store or a faulty older version would leave it
        app.getBean(JdbcClient.class).sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        SELECT aggregateidentifier, sequencenumber + 1, type, :id, metadata,
                               convert_to('{"regioId": "twente", "naam": ', 'UTF8'),
                               payloadrevision, payloadtype, timestamp
                        FROM domainevententry WHERE globalindex = :positie""")
                .param("id", UUID.randomUUID().toString())
                .param("positie", benoemd.body().path("positie").asLong())
                .update();

        JsonNode projecties = totStatus("cloudevents-feed", "DOWN");
        assertThat(projecties.at("/components/cloudevents-feed/details/fout").asText()).isNotBlank();
        assertThat(projecties.at("/components/cloudevents-feed/details/achterstand").asLong()).isPositive();
        projecties = totStatus("besluitenhistorie", "OUT_OF_SERVICE");
        assertThat(projecties.at("/components/besluitenhistorie/details/dodeBrieven").asLong()).isEqualTo(1);
        assertThat(projecties.path("status").asText()).isEqualTo("DOWN");

        String metrics = register.get("beheer", "/actuator/prometheus").body().asText();
        assertThat(metrics).contains("regioregister_projectie_in_fout{processor=\"cloudevents-feed\"} 1.0")
                .contains("regioregister_projectie_dode_brieven{processor=\"besluitenhistorie\"} 1.0");
        // the processes' health for the platform: alive (a restart does not repair an event), and still ready
        assertThat(register.get(null, "/actuator/health/liveness").status()).isEqualTo(HttpStatus.OK);
        assertThat(register.get(null, "/actuator/health/readiness").status()).isEqualTo(HttpStatus.OK);

        // several looks later, still one ERROR per projection
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(log.getOut().lines().filter(r -> r.contains("ERROR")
                && r.contains("Projectie cloudevents-feed staat stil door een fout"))).hasSize(1);
        assertThat(log.getOut().lines().filter(r -> r.contains("ERROR")
                && r.contains("Projectie besluitenhistorie kan 1 gebeurtenis(sen) niet verwerken"))).hasSize(1);
    }

    private static JsonNode totStatus(String processor, String status) {
        JsonNode[] laatste = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            laatste[0] = register.get("beheer", "/actuator/health").body().at("/components/projecties");
            assertThat(laatste[0].at("/components/" + processor + "/status").asText()).as(laatste[0].toString())
                    .isEqualTo(status);
        });
        return laatste[0];
    }
}
