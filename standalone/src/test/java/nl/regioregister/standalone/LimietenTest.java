package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The limits every client meets, over HTTP against the standalone run with small limits: a rate per client, a
 * block after repeated failed sign-ins that refuses even the right password, and a cap on open live streams; each
 * answered 429 problem+json with Retry-After.
 */
class LimietenTest {

    private static final int PER_MINUUT = 15;

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static String basis;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.limieten.verzoeken-per-minuut=" + PER_MINUUT,
                "--regioregister.limieten.max-mislukte-aanmeldingen=3",
                "--regioregister.limieten.blokkade=PT2M",
                "--regioregister.limieten.stromen-per-gebruiker=2");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> get(String gebruiker, String wachtwoord, String pad) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void isTeVeel(HttpResponse<String> antwoord, String soort) {
        assertThat(antwoord.statusCode()).isEqualTo(429);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(antwoord.body()).contains("urn:regioregister:probleem:" + soort).contains("\"status\":429");
    }

    @Test
    void wie_meer_verzoeken_doet_dan_de_limiet_krijgt_429_met_retry_after_en_een_ander_niet() throws Exception {
        List<Integer> statussen = new ArrayList<>();
        HttpResponse<String> laatste = null;
        for (int i = 0; i < PER_MINUUT + 1; i++) {
            laatste = get("integrator", "integrator", "/v1/regios");
            statussen.add(laatste.statusCode());
        }

        assertThat(statussen.subList(0, PER_MINUUT)).containsOnly(200);
        isTeVeel(laatste, "te-veel-verzoeken");
        assertThat(get("auditor", "auditor", "/v1/regios").statusCode()).as("een andere client").isEqualTo(200);
    }

    @Test
    void na_herhaald_mislukt_aanmelden_wordt_ook_het_juiste_wachtwoord_een_tijd_geweigerd() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("twente", "geraden-" + i, "/v1/regios").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> juist = get("twente", "twente", "/v1/regios");

        isTeVeel(juist, "aanmelden-geblokkeerd");
        assertThat(Long.parseLong(juist.headers().firstValue("Retry-After").orElseThrow())).isBetween(100L, 120L);
        assertThat(get("achterhoek", "achterhoek", "/v1/regios").statusCode()).as("een andere gebruiker")
                .isEqualTo(200);
    }

    @Test
    void een_goede_aanmelding_tussendoor_telt_de_mislukkingen_opnieuw() throws Exception {
        assertThat(get("bzk", "fout", "/v1/regios").statusCode()).isEqualTo(401);
        assertThat(get("bzk", "fout", "/v1/regios").statusCode()).isEqualTo(401);
        assertThat(get("bzk", "bzk", "/v1/regios").statusCode()).isEqualTo(200);
        assertThat(get("bzk", "fout", "/v1/regios").statusCode()).isEqualTo(401);
        assertThat(get("bzk", "fout", "/v1/regios").statusCode()).isEqualTo(401);

        assertThat(get("bzk", "bzk", "/v1/regios").statusCode()).isEqualTo(200);
    }

    @Test
    void een_gebruiker_houdt_niet_meer_live_stromen_open_dan_de_limiet_over_alle_stromen() throws Exception {
        try (SseLezer eerste = new SseLezer(basis + "/v1/programmas/overzicht/stroom", "beheer", null);
             SseLezer tweede = new SseLezer(basis + "/v1/programmas/overzicht/stroom", "beheer", null)) {
            assertThat(eerste.status()).isEqualTo(200);
            assertThat(tweede.status()).isEqualTo(200);

            HttpResponse<String> derde = HTTP.send(HttpRequest.newBuilder(
                            URI.create(basis + "/v1/events/stream"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("beheer:beheer".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(derde.statusCode()).isEqualTo(429);
            assertThat(derde.headers().firstValue("Retry-After")).isPresent();
            try (SseLezer ander = new SseLezer(basis + "/v1/programmas/overzicht/stroom", "auditor", null)) {
                assertThat(ander.status()).as("een andere gebruiker").isEqualTo(200);
            }
        }
    }
}
