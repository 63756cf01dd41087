package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Actuator on its own management port exposes health (for everyone, details for BEHEER) and Prometheus (BEHEER
 * only), nothing else; the application's port serves no actuator at all then.
 */
class BeheerpoortTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static String applicatie;
    private static String beheer;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().run("--server.port=0", "--management.server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true");
        applicatie = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        beheer = "http://localhost:" + app.getEnvironment().getProperty("local.management.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int status(String gebruiker, String url) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url));
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void health_en_prometheus_staan_op_de_beheerpoort_prometheus_alleen_voor_beheer() throws Exception {
        assertThat(beheer).isNotEqualTo(applicatie);
        // health is honest while the start's reference data and projections catch up: wait until it is UP
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(status(null, beheer + "/actuator/health")).isEqualTo(200));
        assertThat(status(null, beheer + "/actuator/health/readiness")).isEqualTo(200);
        assertThat(status("beheer", beheer + "/actuator/prometheus")).isEqualTo(200);
        assertThat(status(null, beheer + "/actuator/prometheus")).isEqualTo(401);
        for (String rol : new String[] {"bzk", "achterhoek", "auditor", "integrator"}) {
            assertThat(status(rol, beheer + "/actuator/prometheus")).as(rol).isEqualTo(403);
        }
    }

    @Test
    void info_metrics_en_de_andere_endpoints_bestaan_niet() throws Exception {
        for (String pad : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/env", "/actuator/beans"}) {
            assertThat(status("beheer", beheer + pad)).as(pad).isEqualTo(404);
        }
    }

    @Test
    void de_applicatiepoort_dient_geen_actuator() throws Exception {
        assertThat(status("beheer", applicatie + "/actuator/prometheus")).isNotEqualTo(200);
        assertThat(status(null, applicatie + "/actuator/health")).isNotEqualTo(200);
        assertThat(status("bzk", applicatie + "/v1/regios")).isEqualTo(200);
    }
}
