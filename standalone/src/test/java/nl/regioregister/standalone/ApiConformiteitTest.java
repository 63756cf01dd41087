package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

/**
 * A property test of the published OpenAPI document against the running register, in the manner of Schemathesis:
 * every documented operation is called by every development user with a valid request generated from the
 * document (examples, enums, formats) and with invalid ones (an unknown path value, malformed or empty bodies,
 * unknown fields, ill-typed query parameters). No answer may be a server error, every status must be documented for
 * its operation, every JSON body must satisfy the documented schema of that status and every response must carry
 * {@code API-Version}. Live streams are left out (they do not end); their headers are tested elsewhere.
 */
class ApiConformiteitTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final List<String> GEBRUIKERS = List.of("bzk", "achterhoek", "auditor", "integrator", "beheer");
    private static final Map<String, String> PADWAARDEN = Map.ofEntries(
            Map.entry("regioId", "achterhoek"), Map.entry("periode", "2026-2029"), Map.entry("jaar", "2025"),
            Map.entry("kenmerk", "regioexpres"), Map.entry("activiteit", "WON-1"),
            Map.entry("kamerstuknummer", "29697-169"), Map.entry("toezeggingId", "voortgangsbrief-npvr"),
            Map.entry("trajectId", "regio-deal-5"), Map.entry("verzoekId", "btw-procesmiddelen"),
            Map.entry("id", "00000000-0000-0000-0000-000000000001"),
            Map.entry("positie", "1"), Map.entry("type", "nl.regioregister.regio.RegioGeregistreerd.v1"),
            Map.entry("programma", "npvr"), Map.entry("processingGroup", "kamer"),
            Map.entry("projectie", "kamer"), Map.entry("gebeurtenisId", "00000000-0000-0000-0000-000000000001"),
            Map.entry("persoonId", "00000000-0000-0000-0000-000000000002"));

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static String basis;
    private static JsonNode document;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap,
                        "--regioregister.abonnementen.toegestane-adressen=http://127.0.0.1:9");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Regioregister register = new Regioregister(basis);
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
        AchterhoekScenario.speel(register);
        document = JSON.readTree(stuur("GET", "/v1/openapi.json", null, null, "application/json").body());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Verzoek(String methode, String pad, String gebruiker, String body, String accept, String soort) {
    }

    record Antwoord(int status, String soort, String body, boolean apiVersie) {

        static Antwoord van(HttpResponse<String> antwoord) {
            return new Antwoord(antwoord.statusCode(), antwoord.headers().firstValue("Content-Type").orElse(""),
                    antwoord.body(), antwoord.headers().firstValue("API-Version").isPresent());
        }
    }

    @Test
    void elke_operatie_antwoordt_voor_elke_rol_zonder_serverfout_en_volgens_haar_beschrijving() throws Exception {
        String server = document.at("/servers/0/url").asText();
        assertThat(server).isEqualTo("/v1");
        List<String> afwijkingen = new ArrayList<>();
        int verzoeken = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paden = document.path("paths").fields(); paden.hasNext(); ) {
            Map.Entry<String, JsonNode> pad = paden.next();
            for (Iterator<Map.Entry<String, JsonNode>> operaties = pad.getValue().fields(); operaties.hasNext(); ) {
                Map.Entry<String, JsonNode> operatie = operaties.next();
                if (isStroom(operatie.getValue())) {
                    continue;
                }
                for (Verzoek verzoek : verzoeken(server, pad.getKey(), operatie.getKey().toUpperCase(),
                        operatie.getValue())) {
                    verzoeken++;
                    HttpResponse<String> antwoord = stuur(verzoek.methode(), verzoek.pad(), verzoek.gebruiker(),
                            verzoek.body(), verzoek.accept(), verzoek.soort());
                    controleer(verzoek, operatie.getValue(), Antwoord.van(antwoord), afwijkingen);
                }
            }
        }
        assertThat(verzoeken).isGreaterThan(500);
        // the check itself can fail: a problem without title and with a text status does not pass
        List<String> proef = new ArrayList<>();
        controleer(new Verzoek("GET", "/v1/proef", "bzk", null, "application/json", null),
                JSON.readTree("""
                        {"responses": {"400": {"content": {"application/problem+json":
                            {"schema": {"$ref": "#/components/schemas/Probleem"}}}}}}"""),
                new Antwoord(400, "application/problem+json", "{\"status\": \"fout\"}", true), proef);
        assertThat(proef).singleElement().asString().contains("body wijkt af van het schema");
        assertThat(afwijkingen).as("afwijkingen van de OpenAPI-beschrijving (%d verzoeken)", verzoeken).isEmpty();
    }

    private static boolean isStroom(JsonNode operatie) {
        return operatie.at("/responses/200/content").has("text/event-stream");
    }

    private static List<Verzoek> verzoeken(String server, String sjabloon, String methode, JsonNode operatie) {
        String accept = accept(operatie);
        JsonNode body = operatie.at("/requestBody/content/application~1json/schema");
        OpenApiVoorbeeld voorbeeld = new OpenApiVoorbeeld(document, JSON);
        String geldigeBody = body.isMissingNode() ? null : JSON.valueToTree(voorbeeld.van(body)).toString();
        String pad = server + invullen(sjabloon, false);
        List<Verzoek> lijst = new ArrayList<>();
        for (String gebruiker : GEBRUIKERS) {
            lijst.add(new Verzoek(methode, pad, gebruiker, geldigeBody, accept, "application/json"));
        }
        lijst.add(new Verzoek(methode, pad, null, geldigeBody, accept, "application/json"));
        if (sjabloon.contains("{")) {
            lijst.add(new Verzoek(methode, server + invullen(sjabloon, true), "bzk", geldigeBody, accept,
                    "application/json"));
        }
        for (JsonNode parameter : operatie.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                lijst.add(new Verzoek(methode, pad + "?" + parameter.path("name").asText() + "=%20x!",
                        "auditor", geldigeBody, accept, "application/json"));
            }
        }
        lijst.add(new Verzoek(methode, pad + "?onbekendeParameter=1", "auditor", geldigeBody, accept,
                "application/json"));
        if (geldigeBody != null) {
            lijst.add(new Verzoek(methode, pad, "bzk", "{", accept, "application/json"));
            lijst.add(new Verzoek(methode, pad, "bzk", "{}", accept, "application/json"));
            lijst.add(new Verzoek(methode, pad, "bzk", "[1]", accept, "application/json"));
            ObjectNode onbekend = (ObjectNode) JSON.valueToTree(voorbeeld.van(body));
            onbekend.put("onbekendVeld", 1);
            lijst.add(new Verzoek(methode, pad, "bzk", onbekend.toString(), accept, "application/json"));
            lijst.add(new Verzoek(methode, pad, "bzk", geldigeBody, accept, "text/plain"));
        }
        return lijst;
    }

    private static String accept(JsonNode operatie) {
        Iterator<String> soorten = operatie.at("/responses/200/content").fieldNames();
        return soorten.hasNext() ? soorten.next() : "application/json";
    }

    private static String invullen(String sjabloon, boolean onbekend) {
        String pad = sjabloon;
        for (Map.Entry<String, String> waarde : PADWAARDEN.entrySet()) {
            pad = pad.replace("{" + waarde.getKey() + "}", UriUtils.encodePathSegment(
                    onbekend ? "bestaat-niet" : waarde.getValue(), StandardCharsets.UTF_8));
        }
        assertThat(pad).as("elke padparameter heeft een waarde").doesNotContain("{");
        return pad;
    }

    private static void controleer(Verzoek verzoek, JsonNode operatie, Antwoord antwoord, List<String> afwijkingen) {
        String wie = verzoek.methode() + " " + verzoek.pad() + " als " + verzoek.gebruiker()
                + (verzoek.body() == null ? "" : " met " + afkorten(verzoek.body())) + " -> " + antwoord.status();
        if (antwoord.status() >= 500) {
            afwijkingen.add(wie + ": serverfout " + afkorten(antwoord.body()));
            return;
        }
        if (!antwoord.apiVersie()) {
            afwijkingen.add(wie + ": geen API-Version");
        }
        JsonNode beschreven = operatie.path("responses").path(Integer.toString(antwoord.status()));
        if (beschreven.isMissingNode()) {
            beschreven = operatie.path("responses").path("default");
        }
        if (beschreven.isMissingNode()) {
            afwijkingen.add(wie + ": status niet beschreven " + afkorten(antwoord.body()));
            return;
        }
        String soort = antwoord.soort();
        if (antwoord.body().isEmpty() || soort.isEmpty()) {
            return;
        }
        MediaType ontvangen = MediaType.parseMediaType(soort);
        JsonNode schema = null;
        for (Iterator<Map.Entry<String, JsonNode>> inhoud = beschreven.path("content").fields(); inhoud.hasNext(); ) {
            Map.Entry<String, JsonNode> soortInhoud = inhoud.next();
            if (MediaType.parseMediaType(soortInhoud.getKey()).includes(ontvangen)
                    || ontvangen.isCompatibleWith(MediaType.parseMediaType(soortInhoud.getKey()))) {
                schema = soortInhoud.getValue().path("schema");
                break;
            }
        }
        if (schema == null) {
            afwijkingen.add(wie + ": Content-Type " + soort + " niet beschreven");
            return;
        }
        if (!ontvangen.getSubtype().endsWith("json") || schema.isMissingNode()) {
            return;
        }
        try {
            JsonNode body = JSON.readTree(antwoord.body());
            ObjectNode metComponenten = schema.deepCopy();
            metComponenten.set("components", document.path("components"));
            JsonSchema validator = SCHEMAS.getSchema(metComponenten, CONFIG);
            Set<String> fouten = new TreeSet<>();
            validator.validate(body).forEach(fout -> fouten.add(fout.getMessage()));
            if (!fouten.isEmpty()) {
                afwijkingen.add(wie + ": body wijkt af van het schema: " + fouten.stream().limit(5).toList());
            }
        } catch (java.io.IOException geenJson) {
            afwijkingen.add(wie + ": geen JSON: " + afkorten(antwoord.body()));
        }
    }

    private static String afkorten(String tekst) {
        return tekst.length() > 200 ? tekst.substring(0, 200) + "..." : tekst;
    }

    private static HttpResponse<String> stuur(String methode, String pad, String gebruiker, String body,
                                              String accept) throws Exception {
        return stuur(methode, pad, gebruiker, body, accept, "application/json");
    }

    private static HttpResponse<String> stuur(String methode, String pad, String gebruiker, String body,
                                              String accept, String soort) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept + ", application/problem+json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", soort);
        }
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
