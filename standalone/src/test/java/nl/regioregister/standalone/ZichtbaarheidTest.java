package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One visibility rule for every view and stream of a region (see {@code Regiotoegang}): BZK, auditor and beheer read
 * every region, a region only its own, integrators read the feed and not the dashboards' views. Authorisation comes
 * before validation: a malformed request of someone without access gets 403, not 400.
 */
class ZichtbaarheidTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static String basis;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        new Regioregister(basis).totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int status(String gebruiker, String methode, String pad, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream");
        if (!"anoniem".equals(gebruiker)) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
        }
        verzoek.method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Who (columns) reads a region's status: achterhoek's status, and twente's for comparison. */
    @ParameterizedTest(name = "{0} leest de stand van achterhoek: {1}, van twente: {2}")
    @CsvSource({"bzk,200,200", "auditor,200,200", "beheer,200,200", "achterhoek,200,403", "twente,403,200",
            "integrator,403,403", "regiosysteem,403,403", "anoniem,401,401"})
    void de_stand_van_een_regio_lezen_bzk_auditor_beheer_en_de_regio_zelf(String wie, int achterhoek, int twente)
            throws Exception {
        assertThat(status(wie, "GET", "/v1/regios/achterhoek/status", null)).isEqualTo(achterhoek);
        assertThat(status(wie, "GET", "/v1/regios/twente/status", null)).isEqualTo(twente);
    }

    @ParameterizedTest(name = "{0} opent de stroom van achterhoek niet: {1}")
    @CsvSource({"twente,403", "integrator,403", "regiosysteem,403", "anoniem,401"})
    void de_stroom_van_een_regio_volgt_dezelfde_regel(String wie, int verwacht) throws Exception {
        assertThat(status(wie, "GET", "/v1/regios/achterhoek/status/stroom", null)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0} leest het programmaoverzicht: {1}")
    @CsvSource({"bzk,200", "achterhoek,200", "auditor,200", "integrator,403", "anoniem,401"})
    void het_programmaoverzicht_is_voor_dezelfde_rollen(String wie, int verwacht) throws Exception {
        assertThat(status(wie, "GET", "/v1/programmas/npvr/overzicht", null)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0} leest de besluiten over achterhoek: {1}")
    @CsvSource({"bzk,200", "auditor,200", "achterhoek,200", "twente,403", "integrator,403"})
    void de_besluitenhistorie_volgt_dezelfde_regel(String wie, int verwacht) throws Exception {
        assertThat(status(wie, "GET", "/v1/besluiten?regio=achterhoek", null)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0} met een ongeldige vraag naar de stand van achterhoek: {1}")
    @CsvSource({"twente,403", "integrator,403", "achterhoek,400", "bzk,400"})
    void wie_geen_toegang_heeft_krijgt_403_ook_bij_ongeldige_invoer(String wie, int verwacht) throws Exception {
        assertThat(status(wie, "GET", "/v1/regios/achterhoek/status?bekendOp=gisteren", null)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0} dient een kapot plan in voor achterhoek: {1}")
    @CsvSource({"auditor,403", "integrator,403", "beheer,403", "twente,403", "regiosysteem,403", "anoniem,401",
            "achterhoek,400"})
    void een_besluit_van_wie_niet_besluit_wordt_geweigerd_voor_de_invoer_gelezen_wordt(String wie, int verwacht)
            throws Exception {
        Map<String, String> paden = new LinkedHashMap<>();
        paden.put("/v1/regios/achterhoek/plan/dien-in", "{\"kapot\":");
        paden.put("/v1/strategische-agendas/achterhoek/leg-ontwikkelfase-vast", "[]");
        for (Map.Entry<String, String> pad : paden.entrySet()) {
            assertThat(status(wie, "POST", pad.getKey(), pad.getValue())).as(pad.getKey()).isEqualTo(verwacht);
        }
    }
}
