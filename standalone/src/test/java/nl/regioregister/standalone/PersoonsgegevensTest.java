package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import nl.regioregister.query.integriteit.verificatie.Verificateur;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names of appointed people are personal data (AVG): the events name a person by reference, the register of personal
 * data holds name and function, and erasing them is a recorded decision. After an erasure every event still proves
 * against the signed checkpoints, the export still verifies offline, and status, time travel, history, its export and
 * the feed show the person as erased: live and after a rebuild.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersoonsgegevensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAD = "/v1/regios/achterhoek";

    @TempDir
    static Path datamap;
    @TempDir
    static Path auditor;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static String basisUrl;
    private static JdbcClient jdbc;
    private static String persoonId;
    private static Controlepunt voorHetWissen;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap,
                        "--regioregister.integriteit.sleutelbestand=" + auditor.resolve("server").resolve("sleutel.pem"),
                        "--regioregister.integriteit.controlepuntinterval=1h",
                        "--regioregister.integriteit.schrijfinterval=100ms");
        basisUrl = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister(basisUrl);
        jdbc = app.getBean(JdbcClient.class);
        AchterhoekScenario.speel(register);
        Regioregister.Antwoord benoemd = register.post("bzk", PAD + "/benoem-rijksvertegenwoordiger", """
                {"naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW",
                 "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht", "bron": "Brief BZK"}}""");
        assertThat(benoemd.status()).as(benoemd.body().toString()).isEqualTo(HttpStatus.OK);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void de_api_neemt_namen_aan_maar_geen_opgeslagen_gebeurtenis_en_geen_feed_draagt_ze() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE convert_from(payload, 'UTF8') LIKE '%J. de Vries%'
                           OR convert_from(payload, 'UTF8') LIKE '%DG Mobiliteit%'
                           OR convert_from(payload, 'UTF8') LIKE '%M. Jansen%'""")
                .query(Long.class).single()).isZero();
        persoonId = jdbc.sql("SELECT persoon_id FROM persoonsgegevens WHERE naam = 'J. de Vries'")
                .query(String.class).single();
        String opgeslagen = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE payloadtype LIKE '%.RijksvertegenwoordigerBenoemd'""")
                .query(String.class).single();
        assertThat(opgeslagen).contains("\"persoonId\":\"" + persoonId + "\"");

        JsonNode status = register.totZichtbaar("bzk", PAD + "/status",
                s -> s.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/persoonId").asText().equals(persoonId));
        assertThat(status.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("J. de Vries");
        assertThat(status.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/functie").asText()).isEqualTo("DG Mobiliteit");
        assertThat(status.at("/status/bestuur/PROGRAMMAMANAGER/naam").asText()).isEqualTo("M. Jansen");
        assertThat(jdbc.sql("SELECT count(*) FROM regio_status WHERE document::text LIKE '%J. de Vries%'")
                .query(Long.class).single()).as("het opgeslagen statusdocument").isZero();

        JsonNode besluit = benoeming();
        assertThat(besluit.at("/personen/0/naam").asText()).isEqualTo("J. de Vries");
        assertThat(besluit.at("/inhoud/persoonId").asText()).isEqualTo(persoonId);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM feed_gebeurtenis WHERE data LIKE '%" + persoonId + "%'")
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM feed_gebeurtenis WHERE data LIKE '%J. de Vries%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(2)
    void wissen_vraagt_bzk_of_beheer_een_bekende_persoon_en_een_grondslag_en_weigert_zonder_iets_te_wijzigen()
            throws Exception {
        voorHetWissen = teken();
        Files.writeString(auditor.resolve("controlepunt-eerder.json"),
                register.get("auditor", "/v1/integriteit/controlepunten/laatste").body().toString());
        String wis = "/v1/personen/" + persoonId + "/wis-persoonsgegevens";

        Regioregister.Antwoord regio = register.post("achterhoek", wis, verzoek("AVG art. 17 lid 1 onder a"));
        assertThat(regio.status()).isEqualTo(HttpStatus.FORBIDDEN);
        Regioregister.Antwoord zonderGrondslag = register.post("bzk", wis, verzoek(" "));
        assertThat(zonderGrondslag.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zonderGrondslag.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(zonderGrondslag.body().path("invalidParams").findValuesAsText("name")).contains("grondslag");
        Regioregister.Antwoord onbekend = register.post("bzk", "/v1/personen/bestaat-niet/wis-persoonsgegevens",
                verzoek("AVG art. 17"));
        assertThat(onbekend.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onbekend.body().path("regel").asText()).isEqualTo("onbekende-persoon");

        assertThat(jdbc.sql("SELECT naam FROM persoonsgegevens WHERE persoon_id = ?").param(persoonId)
                .query(String.class).single()).isEqualTo("J. de Vries");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.PersoonsgegevensGewist'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(3)
    void het_wissen_is_een_vastgelegd_besluit_dat_de_gegevens_leegt_en_geen_enkel_bewijs_breekt() throws Exception {
        String wis = "/v1/personen/" + persoonId + "/wis-persoonsgegevens";
        Regioregister.Antwoord gewist = register.post("beheer", wis, verzoek("AVG art. 17 lid 1 onder a"));
        assertThat(gewist.status()).as(gewist.body().toString()).isEqualTo(HttpStatus.OK);
        Regioregister.Antwoord nogmaals = register.post("bzk", wis, verzoek("AVG art. 17 lid 1 onder a"));
        assertThat(nogmaals.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.body().path("regel").asText()).isEqualTo("persoonsgegevens-al-gewist");

        assertThat(jdbc.sql("""
                        SELECT coalesce(naam, '') || coalesce(functie, '') || (gewist_op IS NOT NULL)
                        FROM persoonsgegevens WHERE persoon_id = ?""").param(persoonId)
                .query(String.class).single()).isEqualTo("true");
        String besluit = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') || ' ' || convert_from(metadata, 'UTF8')
                        FROM domainevententry WHERE payloadtype LIKE '%.PersoonsgegevensGewist'""")
                .query(String.class).single();
        assertThat(besluit).contains(persoonId, "AVG art. 17 lid 1 onder a", "Verzoek van betrokkene",
                "Brief van 1 december 2026");

        wachtTotDeBoomAllesBevat();
        Controlepunt na = teken();
        assertThat(na.grootte()).isEqualTo(voorHetWissen.grootte() + 1);
        JsonNode consistentie = register.get("auditor", "/v1/integriteit/consistentiebewijs?van="
                + voorHetWissen.grootte() + "&tot=" + na.grootte()).body();
        assertThat(Merkleboom.verifieerConsistentie(voorHetWissen.grootte(), na.grootte(), voorHetWissen.wortel(),
                na.wortel(), hashes(consistentie.path("bewijs")))).isTrue();

        List<Gebeurtenisblad> gebeurtenissen = opgeslagenGebeurtenissen();
        assertThat(gebeurtenissen).hasSize((int) na.grootte());
        for (int blad = 0; blad < gebeurtenissen.size(); blad++) {
            Gebeurtenisblad gebeurtenis = gebeurtenissen.get(blad);
            JsonNode bewijs = register.get("auditor", "/v1/integriteit/gebeurtenissen/"
                    + gebeurtenis.gebeurtenisId() + "/inclusiebewijs").body();
            assertThat(Merkleboom.verifieerInclusie(blad, na.grootte(), gebeurtenis.bladHash(),
                    hashes(bewijs.path("bewijs")), na.wortel()))
                    .as("inclusie van %s na het wissen", gebeurtenis.payloadtype()).isTrue();
        }
        Path export = exporteer("/v1/integriteit/export", "register.zip");
        Uitvoer uitvoer = verifieer(export, "--controlepunt", auditor.resolve("controlepunt-eerder.json").toString());
        assertThat(uitvoer.code()).as(uitvoer.tekst()).isZero();
        assertThat(uitvoer.tekst()).contains("IN ORDE: " + na.grootte() + " gebeurtenissen");
    }

    @Test
    @Order(4)
    void status_tijdreis_historie_export_en_feed_tonen_de_persoon_als_gewist() throws Exception {
        toontGewist();
        JsonNode geldend = register.get("bzk", PAD + "/status?geldendOp=2025-04-01").body();
        assertThat(geldend.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("[gewist]");

        String csv = Files.readString(exporteer("/v1/besluiten/export?formaat=csv&regio=achterhoek", "besluiten.csv"));
        assertThat(csv).contains("[gewist]").doesNotContain("J. de Vries").doesNotContain("DG Mobiliteit");

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM feed_gebeurtenis
                        WHERE type = 'nl.regioregister.persoon.PersoonsgegevensGewist.v1' AND data LIKE ?""")
                .param("%" + persoonId + "%").query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM feed_gebeurtenis WHERE data LIKE '%J. de Vries%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(5)
    void na_een_herbouw_blijft_de_persoon_gewist() {
        herbouw("regio-status");
        herbouw("besluitenhistorie");
        toontGewist();
        assertThat(jdbc.sql("SELECT count(*) FROM regio_status WHERE document::text LIKE '%J. de Vries%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM besluit_historie WHERE inhoud::text LIKE '%J. de Vries%'")
                .query(Long.class).single()).isZero();
    }

    private static void toontGewist() {
        JsonNode status = register.get("bzk", PAD + "/status").body();
        JsonNode houder = status.at("/status/bestuur/RIJKSVERTEGENWOORDIGER");
        assertThat(houder.path("persoonId").asText()).isEqualTo(persoonId);
        assertThat(houder.path("naam").asText()).isEqualTo("[gewist]");
        assertThat(houder.has("functie")).isFalse();
        assertThat(houder.path("organisatie").asText()).as("de organisatie is geen persoonsgegeven").isEqualTo("IENW");
        assertThat(status.toString()).doesNotContain("J. de Vries").doesNotContain("DG Mobiliteit");
        assertThat(status.at("/status/bestuur/PROGRAMMAMANAGER/naam").asText()).as("een ander blijft genoemd")
                .isEqualTo("M. Jansen");
        assertThat(register.get("bzk", PAD).body().at("/regio/rijksvertegenwoordiger/naam").asText())
                .isEqualTo("[gewist]");

        JsonNode besluit = benoeming();
        assertThat(besluit.at("/personen/0/naam").asText()).isEqualTo("[gewist]");
        assertThat(besluit.at("/personen/0/gewist").asBoolean()).isTrue();
        JsonNode wissing = register.totZichtbaar("auditor", "/v1/besluiten?type=PersoonsgegevensGewist",
                r -> r.path("besluiten").size() == 1).path("besluiten").get(0);
        assertThat(wissing.at("/inhoud/grondslag").asText()).isEqualTo("AVG art. 17 lid 1 onder a");
        assertThat(wissing.path("motivering").asText()).isEqualTo("Verzoek van betrokkene");
        assertThat(wissing.at("/personen/0/naam").asText()).isEqualTo("[gewist]");
    }

    private static JsonNode benoeming() {
        return register.totZichtbaar("auditor", "/v1/besluiten?type=RijksvertegenwoordigerBenoemd&regio=achterhoek",
                r -> r.path("besluiten").size() == 1).path("besluiten").get(0);
    }

    private static String verzoek(String grondslag) {
        return """
                {"grondslag": "%s", "besluit": {"motivering": "Verzoek van betrokkene",
                 "bron": "Brief van 1 december 2026"}}""".formatted(grondslag);
    }

    private static void herbouw(String projectie) {
        String pad = "/v1/beheer/projecties/" + projectie + "/herbouw";
        assertThat(register.post("beheer", pad, "").status()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(register.get("beheer", pad).body().path("status").asText()).isEqualTo("KLAAR"));
    }

    private record Uitvoer(int code, String tekst) {
    }

    private static Uitvoer verifieer(Path export, String... opties) {
        List<String> argumenten = new ArrayList<>(List.of(export.toString()));
        argumenten.addAll(List.of(opties));
        ByteArrayOutputStream tekst = new ByteArrayOutputStream();
        int code = Verificateur.voerUit(argumenten.toArray(String[]::new),
                new PrintStream(tekst, true, StandardCharsets.UTF_8));
        return new Uitvoer(code, tekst.toString(StandardCharsets.UTF_8));
    }

    private static Path exporteer(String pad, String naam) throws Exception {
        HttpResponse<Path> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(basisUrl + pad))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:auditor".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofFile(auditor.resolve(naam)));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private static Controlepunt teken() {
        wachtTotDeBoomAllesBevat();
        Regioregister.Antwoord antwoord = register.post("auditor", "/v1/integriteit/controlepunten", "");
        assertThat(antwoord.status()).as(antwoord.body().toString()).isEqualTo(HttpStatus.CREATED);
        try {
            return JSON.treeToValue(antwoord.body(), Controlepunt.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<byte[]> hashes(JsonNode lijst) throws Exception {
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode hash : lijst) {
            hashes.add(hash.binaryValue());
        }
        return hashes;
    }

    private static List<Gebeurtenisblad> opgeslagenGebeurtenissen() {
        return jdbc.sql("""
                        SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype,
                               payloadrevision, payload, metadata, timestamp
                        FROM domainevententry ORDER BY globalindex""")
                .query((rs, i) -> new Gebeurtenisblad(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getString(10)))
                .list();
    }

    private static void wachtTotDeBoomAllesBevat() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.sql("SELECT grootte FROM integriteit_boom").query(Long.class).single()
                        .equals(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()));
    }
}
