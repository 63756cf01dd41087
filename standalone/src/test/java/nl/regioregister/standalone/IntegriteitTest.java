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
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
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
 * Auditors can prove that the history is complete and unaltered: every event of the Achterhoek scenario is proven in
 * a signed checkpoint, an export verifies offline against a checkpoint saved earlier, and when someone with the
 * database's superuser changes a byte, deletes an event or swaps two, the verifier names the event and the register
 * refuses to sign.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegriteitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path datamap;
    @TempDir
    static Path auditor;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static String basisUrl;
    private static JdbcClient jdbc;
    private static Path sleutelbestand;

    @BeforeAll
    static void speelHetScenario() {
        sleutelbestand = auditor.resolve("server").resolve("ondertekensleutel.pem");
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap,
                        "--regioregister.integriteit.sleutelbestand=" + sleutelbestand,
                        "--regioregister.integriteit.controlepuntinterval=1h",
                        "--regioregister.integriteit.schrijfinterval=100ms");
        basisUrl = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister(basisUrl);
        jdbc = app.getBean(JdbcClient.class);
        AchterhoekScenario.speel(register);
        wachtTotDeBoomAllesBevat();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void de_ontwikkelsleutel_is_aangemaakt_bewaard_en_de_publieke_sleutel_is_openbaar() throws Exception {
        String pem = Files.readString(sleutelbestand);
        assertThat(pem).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        Regioregister.Antwoord openbaar = register.get(null, "/v1/integriteit/publieke-sleutel");
        assertThat(openbaar.status()).isEqualTo(HttpStatus.OK);
        assertThat(Sleutels.publiekeSleutel(openbaar.body().asText()).getEncoded())
                .isEqualTo(Sleutels.publiekeSleutel(pem).getEncoded());
    }

    @Test
    @Order(2)
    void alleen_auditors_en_beheer_vragen_controlepunten_en_bewijzen() {
        assertThat(register.post("achterhoek", "/v1/integriteit/controlepunten", "").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get("integrator", "/v1/integriteit/controlepunten/laatste").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get(null, "/v1/integriteit/export").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Regioregister.Antwoord fout = register.post("auditor", "/v1/integriteit/controlepunten?controle=half", "");
        assertThat(fout.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(fout.body().at("/invalidParams/0/name").asText()).isEqualTo("controle");
        Regioregister.Antwoord onbekend = register.get("auditor", "/v1/integriteit/consistentiebewijs?van=5");
        assertThat(onbekend.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onbekend.body().findValuesAsText("name")).contains("tot");
    }

    @Test
    @Order(3)
    void elke_gebeurtenis_van_het_achterhoekscenario_is_bewezen_opgenomen_in_het_getekende_controlepunt()
            throws Exception {
        Controlepunt controlepunt = teken();
        PublicKey sleutel = publiekeSleutel();
        assertThat(controlepunt.ondertekendMet(sleutel)).isTrue();
        List<Gebeurtenisblad> gebeurtenissen = opgeslagenGebeurtenissen();
        assertThat(controlepunt.grootte()).isEqualTo(gebeurtenissen.size()).isGreaterThanOrEqualTo(16);
        assertThat(gebeurtenissen.stream().map(Gebeurtenisblad::aggregaatId))
                .contains("achterhoek", "procesmiddelen:achterhoek", "agenda:achterhoek");

        for (int blad = 0; blad < gebeurtenissen.size(); blad++) {
            Gebeurtenisblad gebeurtenis = gebeurtenissen.get(blad);
            JsonNode bewijs = register.get("auditor", "/v1/integriteit/gebeurtenissen/"
                    + gebeurtenis.gebeurtenisId() + "/inclusiebewijs").body();
            assertThat(bewijs.path("blad").asLong()).as("blad in de volgorde van de globale index").isEqualTo(blad);
            assertThat(Merkleboom.verifieerInclusie(blad, controlepunt.grootte(), gebeurtenis.bladHash(),
                    hashes(bewijs.path("bewijs")), controlepunt.wortel()))
                    .as("inclusie van %s", gebeurtenis.payloadtype()).isTrue();
            Gebeurtenisblad getoond = JSON.treeToValue(bewijs.path("gebeurtenis"), Gebeurtenisblad.class);
            assertThat(getoond.bladHash()).as("de getoonde gebeurtenis is de opgeslagen").isEqualTo(gebeurtenis.bladHash());
        }
    }

    @Test
    @Order(4)
    void de_export_verifieert_offline_tegen_een_eerder_bewaard_controlepunt() throws Exception {
        Path bewaard = auditor.resolve("controlepunt-eerder.json");
        Files.write(bewaard, register.get("auditor", "/v1/integriteit/controlepunten/laatste").body().toString()
                .getBytes(StandardCharsets.UTF_8));
        Controlepunt eerder = Verificateur.leesControlepunt(bewaard);
        long positie = register.post("bzk", "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger",
                "{\"naam\": \"J. de Vries\", \"departement\": \"BZK\", "
                        + "\"besluit\": {\"motivering\": \"Rijksvertegenwoordiger\", \"bron\": \"Brief BZK\"}}")
                .body().path("positie").asLong();
        assertThat(positie).isPositive();
        wachtTotDeBoomAllesBevat();
        Controlepunt later = teken();
        assertThat(later.grootte()).isEqualTo(eerder.grootte() + 1);

        JsonNode consistentie = register.get("auditor", "/v1/integriteit/consistentiebewijs?van="
                + eerder.grootte() + "&tot=" + later.grootte()).body();
        assertThat(Merkleboom.verifieerConsistentie(eerder.grootte(), later.grootte(), eerder.wortel(),
                later.wortel(), hashes(consistentie.path("bewijs")))).isTrue();

        Path sleutel = auditor.resolve("publieke-sleutel.pem");
        Files.writeString(sleutel, register.get(null, "/v1/integriteit/publieke-sleutel").body().asText());
        Path register = exporteer("", "register.zip");
        Uitvoer uitvoer = verifieer(register, "--controlepunt", bewaard.toString(), "--sleutel", sleutel.toString());
        assertThat(uitvoer.code()).as(uitvoer.tekst()).isZero();
        assertThat(uitvoer.tekst()).contains("IN ORDE: " + later.grootte() + " gebeurtenissen");

        Path achterhoek = exporteer("?regio=achterhoek", "achterhoek.zip");
        Uitvoer regio = verifieer(achterhoek, "--controlepunt", bewaard.toString(), "--sleutel", sleutel.toString());
        long vanDeAchterhoek = jdbc.sql("SELECT count(*) FROM integriteit_blad WHERE regio_id = 'achterhoek'")
                .query(Long.class).single();
        assertThat(vanDeAchterhoek).isGreaterThanOrEqualTo(17).isLessThan(later.grootte() + 1);
        assertThat(regio.code()).as(regio.tekst()).isZero();
        assertThat(regio.tekst()).contains("IN ORDE: " + vanDeAchterhoek + " gebeurtenissen");

        Path vervalst = auditor.resolve("controlepunt-vervalst.json");
        Files.writeString(vervalst, Files.readString(bewaard).replace("\"grootte\":" + eerder.grootte(),
                "\"grootte\":" + (eerder.grootte() - 1)));
        Uitvoer metVervalst = verifieer(register, "--controlepunt", vervalst.toString(), "--sleutel", sleutel.toString());
        assertThat(metVervalst.code()).isEqualTo(1);
        assertThat(metVervalst.tekst()).contains("Eerste bevinding: de handtekening van het bewaarde controlepunt");
    }

    @Test
    @Order(5)
    void een_gewijzigde_byte_in_een_opgeslagen_payload_wordt_gemeld_en_niet_meer_getekend() throws Exception {
        String id = gebeurtenisVan("ProcesmiddelenUitbetaald");
        long blad = bladVan(id);
        Path voor = exporteer("", "voor-wijziging.zip");
        alsSuperuser("UPDATE domainevententry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                + "WHERE eventidentifier = '" + id + "'");
        try {
            Regioregister.Antwoord weigering = register.post("auditor", "/v1/integriteit/controlepunten", "");
            assertThat(weigering.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(weigering.headers().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(weigering.body().path("type").asText()).isEqualTo("urn:regioregister:probleem:integriteit-geschonden");
            assertThat(weigering.body().path("blad").asLong()).isEqualTo(blad);
            assertThat(weigering.body().path("detail").asText()).contains(id, "is gewijzigd");

            Uitvoer uitvoer = verifieer(exporteer("", "gewijzigd.zip"));
            assertThat(uitvoer.code()).isEqualTo(1);
            assertThat(uitvoer.tekst()).contains("Eerste bevinding: blad " + blad + " (globale index ")
                    .contains(id + " van procesmiddelen:achterhoek").contains("ProcesmiddelenUitbetaald) is gewijzigd");
            assertThat(verifieer(voor).code()).as("de export van voor de wijziging").isZero();
        } finally {
            alsSuperuser("UPDATE domainevententry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                    + "WHERE eventidentifier = '" + id + "'");
        }
        assertThat(register.post("auditor", "/v1/integriteit/controlepunten", "").status())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @Order(6)
    void een_verwijderde_gebeurtenis_wordt_gemeld_en_niet_meer_getekend() throws Exception {
        String id = gebeurtenisVan("PlanVastgesteld");
        long blad = bladVan(id);
        Map<String, Object> rij = jdbc.sql("SELECT * FROM domainevententry WHERE eventidentifier = ?").param(id)
                .query().singleRow();
        alsSuperuser("DELETE FROM domainevententry WHERE eventidentifier = '" + id + "'");
        try {
            Regioregister.Antwoord weigering = register.post("auditor", "/v1/integriteit/controlepunten", "");
            assertThat(weigering.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(weigering.body().path("blad").asLong()).isEqualTo(blad);
            assertThat(weigering.body().path("detail").asText()).contains(id, "ontbreekt in de event store");

            Uitvoer uitvoer = verifieer(exporteer("", "verwijderd.zip"));
            assertThat(uitvoer.code()).isEqualTo(1);
            assertThat(uitvoer.tekst()).contains("Eerste bevinding: blad " + blad + ": gebeurtenis " + id
                    + " (globale index " + rij.get("globalindex") + ") ontbreekt in de event store");
            Uitvoer regio = verifieer(exporteer("?regio=achterhoek", "verwijderd-achterhoek.zip"));
            assertThat(regio.tekst()).contains("Eerste bevinding: blad " + blad + ": gebeurtenis " + id);
        } finally {
            jdbc.sql("""
                            INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,
                                eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
                            VALUES (:globalindex, :aggregateidentifier, :sequencenumber, :type, :eventidentifier,
                                :metadata, :payload, :payloadrevision, :payloadtype, :timestamp)""")
                    .params(rij).update();
        }
        assertThat(register.post("auditor", "/v1/integriteit/controlepunten", "").status())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @Order(7)
    void twee_verwisselde_gebeurtenissen_worden_gemeld_en_niet_meer_getekend() throws Exception {
        String eerste = gebeurtenisVan("AkkoordRegioOpPlanGegeven");
        String tweede = gebeurtenisVan("AkkoordRijkOpPlanGegeven");
        long blad = Math.min(bladVan(eerste), bladVan(tweede));
        String verwissel = """
                UPDATE domainevententry SET globalindex = -1 WHERE eventidentifier = '%1$s';
                UPDATE domainevententry SET globalindex = (SELECT globalindex FROM integriteit_blad
                    WHERE gebeurtenis_id = '%1$s') WHERE eventidentifier = '%2$s';
                UPDATE domainevententry SET globalindex = (SELECT globalindex FROM integriteit_blad
                    WHERE gebeurtenis_id = '%2$s') WHERE eventidentifier = '%1$s'""";
        alsSuperuser(verwissel.formatted(eerste, tweede));
        try {
            Regioregister.Antwoord weigering = register.post("auditor", "/v1/integriteit/controlepunten", "");
            assertThat(weigering.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(weigering.body().path("blad").asLong()).isEqualTo(blad);
            assertThat(weigering.body().path("detail").asText()).contains("de volgorde of de inhoud is gewijzigd");

            Uitvoer uitvoer = verifieer(exporteer("", "verwisseld.zip"));
            assertThat(uitvoer.code()).isEqualTo(1);
            assertThat(uitvoer.tekst()).contains("Eerste bevinding: blad " + blad + " (globale index ")
                    .contains("hier hoort gebeurtenis " + (bladVan(eerste) == blad ? eerste : tweede))
                    .contains("de volgorde of de inhoud is gewijzigd");
        } finally {
            alsSuperuser("""
                    UPDATE domainevententry e SET globalindex = -e.globalindex FROM integriteit_blad b
                        WHERE e.eventidentifier IN ('%1$s', '%2$s') AND b.gebeurtenis_id = e.eventidentifier;
                    UPDATE domainevententry e SET globalindex = b.globalindex FROM integriteit_blad b
                        WHERE e.eventidentifier IN ('%1$s', '%2$s') AND b.gebeurtenis_id = e.eventidentifier"""
                    .formatted(eerste, tweede));
        }
        assertThat(register.post("auditor", "/v1/integriteit/controlepunten", "").status())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @Order(8)
    void de_periodieke_controle_sinds_het_vorige_controlepunt_weigert_een_sindsdien_gewijzigde_gebeurtenis() {
        teken();
        register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                "{\"naam\": \"A. Bakker\", \"departement\": \"BZK\", "
                        + "\"besluit\": {\"motivering\": \"Rijksvertegenwoordiger\", \"bron\": \"Brief BZK\"}}");
        wachtTotDeBoomAllesBevat();
        String id = jdbc.sql("SELECT eventidentifier FROM domainevententry ORDER BY globalindex DESC LIMIT 1")
                .query(String.class).single();
        String wijzig = "UPDATE domainevententry SET metadata = set_byte(metadata, 3, get_byte(metadata, 3) # 1) "
                + "WHERE eventidentifier = '" + id + "'";
        alsSuperuser(wijzig);
        try {
            Regioregister.Antwoord weigering = register.post("auditor",
                    "/v1/integriteit/controlepunten?controle=sinds-vorige", "");
            assertThat(weigering.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(weigering.body().path("blad").asLong()).isEqualTo(bladVan(id));
            assertThat(weigering.body().path("detail").asText()).contains(id + " van twente", "is gewijzigd");
        } finally {
            alsSuperuser(wijzig);
        }
        assertThat(register.post("auditor", "/v1/integriteit/controlepunten?controle=sinds-vorige", "").status())
                .isEqualTo(HttpStatus.CREATED);
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

    private static Path exporteer(String query, String naam) throws Exception {
        HttpResponse<Path> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(basisUrl + "/v1/integriteit/export" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:auditor".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofFile(auditor.resolve(naam)));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type")).contains("application/zip");
        return antwoord.body();
    }

    private static Controlepunt teken() {
        Regioregister.Antwoord antwoord = register.post("auditor", "/v1/integriteit/controlepunten", "");
        assertThat(antwoord.status()).as(antwoord.body().toString()).isEqualTo(HttpStatus.CREATED);
        try {
            return JSON.treeToValue(antwoord.body(), Controlepunt.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static PublicKey publiekeSleutel() {
        return Sleutels.publiekeSleutel(register.get(null, "/v1/integriteit/publieke-sleutel").body().asText());
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

    private static String gebeurtenisVan(String soort) {
        return jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE payloadtype LIKE ?")
                .param("%." + soort).query(String.class).single();
    }

    private static long bladVan(String gebeurtenisId) {
        return jdbc.sql("SELECT blad FROM integriteit_blad WHERE gebeurtenis_id = ?").param(gebeurtenisId)
                .query(Long.class).single();
    }

    /** What a superuser of the database can do behind the application's back: the trigger is no obstacle. */
    private static void alsSuperuser(String sql) {
        jdbc.sql("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_onveranderlijk").update();
        try {
            for (String opdracht : sql.split(";")) {
                jdbc.sql(opdracht).update();
            }
        } finally {
            jdbc.sql("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_onveranderlijk").update();
        }
    }

    private static void wachtTotDeBoomAllesBevat() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.sql("SELECT grootte FROM integriteit_boom").query(Long.class).single()
                        .equals(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()));
    }

}
