package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

/**
 * What a strict integrator checks with independent tools: after the Achterhoek scenario, every event in the feed
 * parses with the CloudEvents SDK and its {@code data} satisfies the JSON Schema served at its {@code dataschema}
 * (networknt, formats asserted); the contract's URLs name the port this run listens on; amounts read the same,
 * to the cent, in the feed, the history and the status.
 */
class GepubliceerdContractTest {

    private static final ObjectMapper SDK = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonSchemaFactory SCHEMAFABRIEK =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig FORMATEN_GETOETST = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Pattern VOLGENDE = Pattern.compile("<([^>]+)>; rel=\"next\"");
    /** A JSON number with an exponent or without exactly two decimals after a key that holds an amount. */
    private static final Pattern BEDRAG = Pattern.compile(
            "\"(bedrag|geschatteCompensabeleBtw|uitgekeerd|gestortInBtwCompensatiefonds)\"\\s*:\\s*(-?[0-9.eE+]+)");

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static String basis;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister(basis);
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
        AchterhoekScenario.speel(register);
        // A voorkeursdepartement without its ambtelijk trekker: an optional component sent as null.
        assertThat(register.post("bzk", "/v1/regios/twente/wijs-voorkeursdepartement-aan", """
                {"departement": "IENW",
                 "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht", "bron": "AB 5 maart 2025"}}""")
                .status()).isEqualTo(HttpStatus.OK);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> feed().stream()
                .anyMatch(e -> e.path("type").asText().endsWith("VoorkeursdepartementAangewezen.v2")
                        && e.path("subject").asText().equals("twente")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The whole feed, page by page, each event as the exact JSON sent. */
    private static List<JsonNode> feed() throws Exception {
        List<JsonNode> alle = new ArrayList<>();
        String volgende = basis + "/v1/events?na=0&limit=25";
        while (true) {
            Ruw pagina = ruw("integrator", volgende);
            assertThat(pagina.status()).isEqualTo(HttpStatus.OK);
            JsonNode events = EXACT.readTree(pagina.body());
            if (events.isEmpty()) {
                return alle;
            }
            events.forEach(alle::add);
            Matcher link = VOLGENDE.matcher(pagina.headers().getFirst(HttpHeaders.LINK));
            assertThat(link.find()).isTrue();
            volgende = link.group(1);
        }
    }

    @Test
    void elke_gebeurtenis_in_de_feed_is_een_cloudevent_waarvan_data_voldoet_aan_het_geserveerde_schema()
            throws Exception {
        List<JsonNode> events = feed();
        assertThat(events).hasSizeGreaterThan(22 + 14);
        Map<String, JsonSchema> schemas = new HashMap<>();
        List<String> afwijkingen = new ArrayList<>();
        for (JsonNode event : events) {
            CloudEvent cloudEvent = SDK.readValue(EXACT.writeValueAsBytes(event), CloudEvent.class);
            assertThat(cloudEvent.getDataSchema()).as("dataschema van " + cloudEvent.getId())
                    .hasToString(basis + "/v1/schemas/" + cloudEvent.getType());
            JsonSchema schema = schemas.computeIfAbsent(cloudEvent.getDataSchema().toString(),
                    GepubliceerdContractTest::geserveerdSchema);
            Set<ValidationMessage> fouten = schema.validate(event.path("data"));
            fouten.forEach(fout -> afwijkingen.add(event.path("sequence").asText() + " " + cloudEvent.getType()
                    + ": " + fout.getMessage()));
        }
        assertThat(afwijkingen).as("gebeurtenissen die niet aan hun eigen schema voldoen").isEmpty();
        assertThat(schemas.keySet()).as("geteste gebeurtenistypen").hasSizeGreaterThanOrEqualTo(14);
        assertThat(events).anySatisfy(event -> assertThat(event.at("/data/ambtelijkTrekkerPersoonId").isNull())
                .isTrue());
    }

    /**
     * Woo: an integrator who publishes reads each decision's grounds and the body that took it from the CloudEvents
     * extensions, in the pull feed and in the live stream alike (webhooks post the same structured event), and never
     * who recorded it.
     */
    @Test
    void de_feed_en_de_stroom_dragen_de_motivering_en_het_orgaan_dat_besloot_en_nooit_wie_het_vastlegde()
            throws Exception {
        List<CloudEvent> events = new ArrayList<>();
        for (JsonNode event : feed()) {
            events.add(SDK.readValue(EXACT.writeValueAsBytes(event), CloudEvent.class));
        }
        CloudEvent voorkeur = events.stream()
                .filter(e -> e.getType().endsWith(".DepartementsvoorkeurUitgesproken.v1")).findFirst().orElseThrow();
        assertThat(voorkeur.getExtension("besluitmotivering")).isEqualTo("Achterhoek NPVR 2025");
        assertThat(voorkeur.getExtension("besluitorgaan")).isEqualTo("ALGEMEEN_BESTUUR");
        assertThat(voorkeur.getExtension("besluitorgaannaam")).isEqualTo("AB Regio Achterhoek");
        assertThat(voorkeur.getExtension("besluitbron")).isEqualTo("AB 5 maart 2025, agendapunt 3");
        CloudEvent toekenning = events.stream()
                .filter(e -> e.getType().endsWith(".ProcesmiddelenToegekend.v1")).findFirst().orElseThrow();
        assertThat(toekenning.getExtension("besluitorgaan")).isEqualTo("MINISTER");
        assertThat(toekenning.getExtension("besluitorgaannaam")).isEqualTo("minister van BZK");
        // a decision recorded without its body carries its motivering and no body
        CloudEvent stelVast = events.stream()
                .filter(e -> e.getType().endsWith(".PlanVastgesteld.v1")).findFirst().orElseThrow();
        assertThat(stelVast.getExtension("besluitmotivering")).isEqualTo("Achterhoek NPVR 2025");
        assertThat(stelVast.getExtensionNames()).doesNotContain("besluitorgaan", "besluitorgaannaam");

        assertThat(events).allSatisfy(event -> {
            assertThat(event.getExtensionNames()).doesNotContain("actor").allSatisfy(naam ->
                    assertThat(naam).matches("[a-z0-9]{1,20}"));
            assertThat(event.getExtension("besluitmotivering")).as(event.getType()).isNotNull();
        });

        long positie = Long.parseLong((String) voorkeur.getExtension("sequence"));
        try (SseLezer stroom = new SseLezer(basis + "/v1/events/stream", "integrator", Long.toString(positie - 1))) {
            CloudEvent live = io.cloudevents.core.provider.EventFormatProvider.getInstance()
                    .resolveFormat(JsonFormat.CONTENT_TYPE)
                    .deserialize(stroom.volgende(1).get(0).data().getBytes(StandardCharsets.UTF_8));
            assertThat(live.getId()).isEqualTo(voorkeur.getId());
            assertThat(live.getExtension("besluitmotivering")).isEqualTo("Achterhoek NPVR 2025");
            assertThat(live.getExtension("besluitorgaannaam")).isEqualTo("AB Regio Achterhoek");
            assertThat(live.getExtensionNames()).doesNotContain("actor");
        }
    }

    @Test
    void de_geserveerde_schemas_markeren_de_namen_van_benoemde_personen_als_persoonsgegeven() {
        JsonNode benoemd = register.get(null, "/v1/schemas/nl.regioregister.regio.ProgrammamanagerAangesteld.v1")
                .body().path("properties");
        assertThat(benoemd.at("/naam/x-persoonsgegevens").asBoolean()).isTrue();
        assertThat(benoemd.at("/regioId/x-persoonsgegevens").isMissingNode()).isTrue();
        JsonNode aanwijzing = register.get(null,
                "/v1/schemas/nl.regioregister.regio.VoorkeursdepartementAangewezen.v1").body().path("properties");
        assertThat(aanwijzing.at("/ambtelijkTrekker/x-persoonsgegevens").asBoolean()).isTrue();
    }

    private static JsonSchema geserveerdSchema(String url) {
        Ruw antwoord = ruw("integrator", url);
        assertThat(antwoord.status()).as(url).isEqualTo(HttpStatus.OK);
        try {
            JsonNode schema = EXACT.readTree(antwoord.body());
            assertThat(schema.path("$id").asText()).isEqualTo(url);
            return SCHEMAFABRIEK.getSchema(schema, FORMATEN_GETOETST);
        } catch (java.io.IOException onleesbaar) {
            throw new java.io.UncheckedIOException(onleesbaar);
        }
    }

    @Test
    void de_schemas_en_de_asyncapi_noemen_de_poort_waarop_deze_dienst_luistert() {
        JsonNode typen = register.get(null, "/v1/schemas").body().path("typen");
        assertThat(typen).isNotEmpty().allSatisfy(type -> assertThat(type.path("schema").asText()).startsWith(basis));
        JsonNode asyncApi = register.get(null, "/v1/asyncapi.json").body();
        assertThat(asyncApi.at("/servers/regioregister/host").asText()).isEqualTo(URI.create(basis).getAuthority());
        assertThat(register.get(null, "/v1/schemas/nl.regioregister.regio.RegioGeregistreerd.v1",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "regioregister.example.nl",
                "X-Forwarded-Port", "443").body().path("$id").asText())
                .isEqualTo("https://regioregister.example.nl/v1/schemas/nl.regioregister.regio.RegioGeregistreerd.v1");
    }

    @Test
    void een_bedrag_staat_tot_op_de_cent_gelijk_in_de_feed_de_historie_en_de_status() throws Exception {
        String feed = ruw("integrator", "/v1/events?na=0&limit=1000"
                + "&type=nl.regioregister.procesmiddelen.ProcesmiddelenToegekend").body();
        // the grant of 22 January 2025 as decided; the amendment after the region's BTW request follows it
        assertThat(feed).contains("\"bedrag\":350000.00", "\"geschatteCompensabeleBtw\":60743.80");
        alleBedragenInCenten(feed);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ruw("auditor",
                "/v1/besluiten?type=ProcesmiddelenToegekend").body().contains("350000"));
        String historie = ruw("auditor", "/v1/besluiten?type=ProcesmiddelenToegekend").body();
        assertThat(historie).contains("\"bedrag\":350000.00");
        alleBedragenInCenten(historie);
        alleBedragenInCenten(ruw("auditor", "/v1/besluiten/export?formaat=jsonl").body());

        String status = ruw("auditor", AchterhoekScenario.REGIO + "/status").body();
        assertThat(status).contains("350000.00").doesNotContain("3.5E", "350000.0,", "350000,");
    }

    /**
     * The served OpenAPI document is valid OpenAPI 3 (swagger-parser) and is written to
     * {@code target/openapi.json}, where the CI lints it with Spectral and the Logius API Design Rules ruleset.
     */
    @Test
    void de_openapi_beschrijving_is_geldig_en_wordt_weggeschreven_voor_de_linter() throws Exception {
        Ruw document = ruw(null, "/v1/openapi.json");
        assertThat(document.status()).isEqualTo(HttpStatus.OK);
        assertThat(document.headers().getFirst("API-Version")).isEqualTo("1.0.0");
        java.nio.file.Files.createDirectories(OPENAPI.getParent());
        java.nio.file.Files.writeString(OPENAPI, document.body());

        io.swagger.v3.parser.core.models.ParseOptions opties = new io.swagger.v3.parser.core.models.ParseOptions();
        opties.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult gelezen = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(document.body(), null, opties);
        assertThat(gelezen.getMessages()).as("meldingen van de OpenAPI-validator").isEmpty();
        assertThat(gelezen.getOpenAPI().getPaths()).hasSizeGreaterThan(60);
    }

    @Test
    void de_live_stroom_stuurt_zijn_headers_direct_en_niet_pas_bij_de_eerste_hartslag() throws Exception {
        // SseLezer waits at most 10 s for the status line and headers; the first heartbeat comes after 15 s
        try (SseLezer stroom = new SseLezer(basis + "/v1/events/stream", "integrator", null)) {
            assertThat(stroom.status()).isEqualTo(200);
            assertThat(stroom.contentType()).startsWith("text/event-stream");
        }
    }

    @Test
    void de_feed_kent_de_korte_typenaam_van_de_besluitenhistorie() throws Exception {
        JsonNode kort = EXACT.readTree(ruw("integrator", "/v1/events?type=VoorkeursdepartementAangewezen").body());
        assertThat(kort).isNotEmpty().allSatisfy(event -> assertThat(event.path("type").asText())
                .isEqualTo("nl.regioregister.regio.VoorkeursdepartementAangewezen.v2"));
        JsonNode lang = EXACT.readTree(ruw("integrator",
                "/v1/events?type=nl.regioregister.regio.VoorkeursdepartementAangewezen").body());
        assertThat(kort).isEqualTo(lang);
    }

    @Test
    void een_motie_is_te_lezen_in_elke_spelling_die_de_besluiten_aannemen() {
        assertThat(register.post("bzk", "/v1/moties", """
                {"kamerstuknummer": "29 697, nr. 170", "titel": "Motie over de spelling van Kamerstukken",
                 "indieners": ["Flach"], "aangenomenOp": "2024-12-17", %s}""".formatted(
                AchterhoekScenario.besluit("2025-01-20", "Kamerbrief 20 december 2024"))).status())
                .isEqualTo(HttpStatus.OK);
        register.totZichtbaar("auditor", "/v1/moties/29697-170", m -> true);
        for (String spelling : List.of("29697-170", "29 697, nr. 170", "Kamerstuk 29697, nr. 170")) {
            Regioregister.Antwoord motie = register.volg("auditor", basis + "/v1/moties/"
                    + UriUtils.encodePathSegment(spelling, StandardCharsets.UTF_8));
            assertThat(motie.status()).as(spelling).isEqualTo(HttpStatus.OK);
            assertThat(motie.body().path("kamerstuknummer").asText()).isEqualTo("29697-170");
        }
    }

    @Test
    void een_nieuwe_regio_antwoordt_201_met_location() {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios", """
                {"regioId": "rivierenland", "naam": "Rivierenland", "soort": "SAMENWERKINGSVERBAND_VAN_GEMEENTEN",
                 "provincies": ["Gelderland"], "gemeenten": ["Tiel"], %s}""".formatted(
                AchterhoekScenario.besluit("2025-02-01", "Besluit registratie Rivierenland")));
        assertThat(antwoord.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(antwoord.headers().getLocation()).hasToString(basis + "/v1/regios/rivierenland");
        assertThat(antwoord.body().path("id").asText()).isEqualTo("rivierenland");
    }

    /** Where the CI's lint step reads the served OpenAPI document. */
    static final Path OPENAPI = Path.of("target", "openapi.json");

    private static void alleBedragenInCenten(String json) {
        Matcher bedrag = BEDRAG.matcher(json);
        int gevonden = 0;
        while (bedrag.find()) {
            gevonden++;
            assertThat(bedrag.group(2)).as(bedrag.group()).matches("-?[0-9]+\\.[0-9]{2}");
        }
        assertThat(gevonden).as("bedragen in " + json).isPositive();
    }

    record Ruw(HttpStatusCode status, HttpHeaders headers, String body) {
    }

    /** The exact text of an answer, so that a number reads as it was written. */
    private static Ruw ruw(String gebruiker, String url) {
        return RestClient.create().get().uri(URI.create(url.startsWith("/") ? basis + url : url))
                .headers(h -> {
                    if (gebruiker != null) {
                        h.setBasicAuth(gebruiker, gebruiker);
                    }
                })
                .exchange((verzoek, antwoord) -> new Ruw(antwoord.getStatusCode(), antwoord.getHeaders(),
                        new String(antwoord.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
