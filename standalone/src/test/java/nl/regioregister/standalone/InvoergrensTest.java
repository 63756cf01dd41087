package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.proef.FalendeController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The input boundary as an attacker and a careless client meet it, on the standalone run: every endpoint is found
 * from the application's request mappings, not from a list in this test, so that an endpoint added later is covered.
 * Hostile text, numbers, dates and JSON are refused with 400 problem+json naming every violation, and nothing is
 * recorded.
 */
class InvoergrensTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Http http;
    private static JdbcClient jdbc;

    /** What a hostile client puts in a text: each breaks the rules for a different reason. */
    private static final List<String> VIJANDIG = List.of("J. de\u0000Vries", "kop\u001B[2J", "half \uD800",
            "\uDC00 half", "niet\uFFFE", "niet\uFDD0", "c1\u0085");

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().sources(FalendeController.class)
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
        jdbc = app.getBean(JdbcClient.class);
        new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort())
                .totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long gebeurtenissen() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    // --- every endpoint, from the mappings ---

    record Endpoint(RequestMethod methode, String patroon, HandlerMethod handler) {

        String pad() {
            return patroon.replace("{regioId}", "achterhoek").replace("{jaar}", "2025")
                    .replace("{id}", UUID.randomUUID().toString()).replace("{positie}", "1")
                    .replace("{programma}", "npvr").replaceAll("\\{[^}]+}", "x1");
        }

        /** Who may take the decision, so that its input is read: authorisation comes first. */
        String besluitnemer() {
            Neemt neemt = handler.getMethodAnnotation(Neemt.class);
            return neemt != null && neemt.value().isAnnotationPresent(Regiobesluit.class) ? "achterhoek" : "bzk";
        }

        /** Someone allowed to call it, so that its input is read: authorisation comes first (Regiotoegang). */
        String toegelaten() {
            String pad = pad();
            if (pad.startsWith("/v1/abonnementen")) {
                return "integrator";
            }
            if (pad.startsWith("/v1/beheer")) {
                return "beheer";
            }
            if (pad.startsWith("/v1/integriteit")) {
                return "auditor";
            }
            return handler.getBeanType().getPackageName().startsWith("nl.regioregister.command") ? besluitnemer()
                    : "bzk";
        }

        boolean isBesluit() {
            return methode != RequestMethod.GET && handler.getBeanType().getPackageName()
                    .startsWith("nl.regioregister.command");
        }

        @Override
        public String toString() {
            return methode + " " + patroon;
        }
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        app.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
                    if (!handler.getBeanType().getPackageName().startsWith("nl.regioregister")) {
                        return;
                    }
                    for (String patroon : info.getPatternValues()) {
                        for (RequestMethod methode : info.getMethodsCondition().getMethods()) {
                            endpoints.add(new Endpoint(methode, patroon, handler));
                        }
                    }
                }));
        assertThat(endpoints).as("de endpoints van het register").hasSizeGreaterThan(60);
        return endpoints;
    }

    private static List<Endpoint> besluitEndpoints() {
        List<Endpoint> besluiten = endpoints().stream().filter(Endpoint::isBesluit).toList();
        assertThat(besluiten).as("de besluit-endpoints").hasSizeGreaterThan(40);
        return besluiten;
    }

    /** A body for the endpoint's request type in which every text, at any depth, is hostile. */
    private static String vijandigeBody(Class<?> type, String pad, List<String> verwacht, int[] teller) {
        StringBuilder json = new StringBuilder("{");
        for (RecordComponent component : type.getRecordComponents()) {
            String veld = pad.isEmpty() ? component.getName() : pad + "." + component.getName();
            String waarde = vijandigeWaarde(component.getGenericType(), veld, verwacht, teller);
            if (waarde != null) {
                json.append(json.length() > 1 ? "," : "").append(Http.json(component.getName())).append(':')
                        .append(waarde);
            }
        }
        return json.append('}').toString();
    }

    private static String vijandigeWaarde(Type type, String veld, List<String> verwacht, int[] teller) {
        if (type == String.class) {
            verwacht.add(veld);
            return Http.json(VIJANDIG.get(teller[0]++ % VIJANDIG.size()));
        }
        if (type instanceof Class<?> klasse && klasse.isRecord()) {
            return vijandigeBody(klasse, veld, verwacht, teller);
        }
        if (type instanceof ParameterizedType generiek && generiek.getRawType() instanceof Class<?> ruw
                && Collection.class.isAssignableFrom(ruw)) {
            String element = vijandigeWaarde(generiek.getActualTypeArguments()[0], veld + "[0]", verwacht, teller);
            return element == null ? null : "[" + element + "]";
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> elk_besluit_weigert_vijandige_tekst_in_elk_tekstveld_en_noemt_elk_veld() {
        return besluitEndpoints().stream()
                .filter(e -> Stream.of(e.handler().getMethodParameters())
                        .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    MethodParameter body = Stream.of(endpoint.handler().getMethodParameters())
                            .filter(p -> p.hasParameterAnnotation(RequestBody.class)).findFirst().orElseThrow();
                    List<String> verwacht = new ArrayList<>();
                    String json = vijandigeBody(body.getParameterType(), "", verwacht, new int[] {0});
                    assertThat(verwacht).as("tekstvelden van " + endpoint).isNotEmpty();
                    long voor = gebeurtenissen();

                    Http.Antwoord antwoord = http.verzoek(endpoint.methode().name(), endpoint.pad(),
                            endpoint.besluitnemer(), json);

                    assertThat(antwoord.status()).as(endpoint + ": " + antwoord.body()).isEqualTo(400);
                    assertThat(antwoord.contentType()).startsWith("application/problem+json");
                    assertThat(antwoord.json().path("invalidParams").findValuesAsText("name"))
                            .as(endpoint.toString()).containsAll(verwacht);
                    assertThat(antwoord.json().path("invalidParams").findValuesAsText("code")).containsOnly("tekst");
                    assertThat(gebeurtenissen()).as("niets vastgelegd door " + endpoint).isEqualTo(voor);
                }));
    }

    /** Every call that changes something and answers with a body: the decisions, and the query side's actions. */
    private static List<Endpoint> wijzigendeEndpoints() {
        List<Endpoint> wijzigend = endpoints().stream()
                .filter(e -> e.methode() != RequestMethod.GET && e.methode() != RequestMethod.HEAD)
                .filter(e -> {
                    org.springframework.core.ResolvableType antwoord = org.springframework.core.ResolvableType
                            .forMethodReturnType(e.handler().getMethod());
                    if (org.springframework.http.HttpEntity.class.isAssignableFrom(antwoord.toClass())) {
                        antwoord = antwoord.as(org.springframework.http.HttpEntity.class).getGeneric(0);
                    }
                    // an answer without a body can be given whatever the client accepts
                    return antwoord.toClass() != void.class && antwoord.toClass() != Void.class;
                })
                .toList();
        assertThat(wijzigend).filteredOn(e -> e.handler().getBeanType().getPackageName()
                .startsWith("nl.regioregister.query")).as("ook acties van de query side").isNotEmpty();
        return wijzigend;
    }

    @TestFactory
    Stream<DynamicTest> elke_wijzigende_aanroep_met_een_onleverbare_accept_krijgt_406_voordat_er_iets_verandert() {
        return wijzigendeEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            long voor = gebeurtenissen();
            // an empty body would be refused with 400 if it were read: 406 proves the answer's form is decided first
            // someone allowed to call it: authorisation comes before the answer's form (Regiotoegang)
            String wie = endpoint.toegelaten();
            Http.Antwoord antwoord = http.verzoek(endpoint.methode().name(), endpoint.pad(), wie, "{}",
                    "Accept", "text/csv");
            assertThat(antwoord.status()).as(endpoint + ": " + antwoord.body()).isEqualTo(406);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
            assertThat(antwoord.json().path("title").asText()).isEqualTo("Niet leverbaar");
            assertThat(gebeurtenissen()).as("niets vastgelegd door " + endpoint).isEqualTo(voor);
        }));
    }

    /** A valid appointment, and where it is decided: the decision the tests below spoil in one way each. */
    private static final String BENOEMING = """
            {"naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW",
             "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht stuurgroep",
                         "bron": "AB 5 maart 2025, agendapunt 3"}}""";
    private static final String BENOEMING_PAD = "/v1/regios/twente/benoem-rijksvertegenwoordiger";

    @Test
    void een_geldig_besluit_met_een_onleverbare_accept_wordt_niet_vastgelegd_en_met_json_wel()
            throws java.io.IOException {
        long voor = gebeurtenissen();
        int verstuurd = 0;
        for (String accept : List.of("text/csv", "text/html", "application/xml", "application/problem+xml")) {
            Http.Antwoord geweigerd = http.verzoek("POST", BENOEMING_PAD, "bzk", BENOEMING, "Accept", accept);
            verstuurd++;
            assertThat(geweigerd.status()).as(accept).isEqualTo(406);
            assertThat(geweigerd.contentType()).startsWith("application/problem+json");
        }
        // the same decision with a NUL in a name, and in the source: refused before anything is stored
        for (String[] gif : List.of(new String[] {"J. de Vries", "J. de\\u0000Vries"},
                new String[] {"AB 5 maart 2025", "AB 5 maart\\u0000 2025"})) {
            Http.Antwoord geweigerd = http.verzoek("POST", BENOEMING_PAD, "bzk", BENOEMING.replace(gif[0], gif[1]));
            verstuurd++;
            assertThat(geweigerd.status()).as(gif[1]).isEqualTo(400);
            assertThat(geweigerd.contentType()).startsWith("application/problem+json");
        }
        assertThat(gebeurtenissen()).isEqualTo(voor);

        Http.Antwoord vastgelegd = http.verzoek("POST", BENOEMING_PAD, "bzk", BENOEMING, "Accept",
                "application/json");
        verstuurd++;
        assertThat(vastgelegd.status()).isEqualTo(200);
        assertThat(gebeurtenissen()).isEqualTo(voor + 1);
        schrijfCijfers(verstuurd, 1, gebeurtenissen() - voor);
    }

    private static void schrijfCijfers(int verstuurd, int bevestigd, long opgeslagen) throws java.io.IOException {
        Betrouwbaarheidsrapport.schrijf("nul-en-accept", """
                ## A NUL character and an Accept the endpoint cannot produce

                One appointment posted over HTTP: four times with an `Accept` it cannot be answered in (`text/csv`,
                `text/html`, `application/xml`, `application/problem+xml`: `406`), twice with a NUL character in
                its text (in the name, in the source: `400`), then once as it should be (`200`). Every decision
                endpoint is swept the same way by `InvoergrensTest` (an unsupported `Accept`, hostile text in every
                field), each asserting that no event was written.

                | figure | value |
                |---|---|
                | sent | %d |
                | acknowledged (`2xx`) | %d |
                | stored | %d |
                | lost (acknowledged, not stored) | %d |
                | stored without acknowledgement | %d |
                """.formatted(verstuurd, bevestigd, opgeslagen, Math.max(0, bevestigd - opgeslagen),
                Math.max(0, opgeslagen - bevestigd)));
    }

    @TestFactory
    Stream<DynamicTest> elk_endpoint_weigert_een_onbekende_parameter_en_vijandige_tekst_in_parameters() {
        return endpoints().stream()
                .filter(e -> !e.patroon().equals("/error"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    List<String> verwacht = new ArrayList<>(List.of("onbekendeParameter"));
                    StringBuilder query = new StringBuilder("?onbekendeParameter=1");
                    for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                        RequestParam vraag = parameter.getParameterAnnotation(RequestParam.class);
                        if (vraag != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                            String naam = !vraag.name().isEmpty() ? vraag.name() : !vraag.value().isEmpty()
                                    ? vraag.value() : new org.springframework.core.DefaultParameterNameDiscoverer()
                                    .getParameterNames(parameter.getMethod())[parameter.getParameterIndex()];
                            verwacht.add(naam);
                            query.append('&').append(naam).append("=a%00b");
                        }
                    }
                    long voor = gebeurtenissen();
                    Http.Antwoord antwoord = http.verzoek(endpoint.methode().name(), endpoint.pad() + query,
                            endpoint.toegelaten(),
                            endpoint.methode() == RequestMethod.GET ? null : "{}",
                            "Accept", "application/json, text/event-stream, text/csv, */*");
                    assertThat(antwoord.status()).as(endpoint + ": " + antwoord.body()).isEqualTo(400);
                    assertThat(antwoord.contentType()).startsWith("application/problem+json");
                    assertThat(antwoord.json().path("invalidParams").findValuesAsText("name"))
                            .as(endpoint.toString()).containsAll(verwacht);
                    assertThat(gebeurtenissen()).isEqualTo(voor);
                }));
    }

    // --- bodies: every violation at once ---

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht stuurgroep",
                        "bron": "AB 5 maart 2025, agendapunt 3"}""";

    private static Http.Antwoord benoem(String velden) {
        return http.verzoek("POST", "/v1/regios/twente/benoem-rijksvertegenwoordiger", "bzk", "{" + velden + "}");
    }

    private static List<String> namen(Http.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        JsonNode body = antwoord.json();
        assertThat(body.path("type").asText()).isEqualTo("urn:regioregister:probleem:ongeldige-invoer");
        assertThat(antwoord.body()).doesNotContain("nl.regioregister", "java.", "com.fasterxml", "Exception",
                "Cannot deserialize");
        return body.path("invalidParams").findValuesAsText("name");
    }

    @Test
    void onbekende_velden_onbekende_waarden_en_ongeldige_datums_komen_alle_tegelijk_terug() {
        long voor = gebeurtenissen();
        Http.Antwoord antwoord = benoem("""
                "naam": "J. de Vries", "functi": "DG", "departement": "MINISTERIE_VAN_MAGIE",
                "besluit": {"ingangsdatum": "5 maart 2025", "motivering": "m", "bron": "b", "bijlage": 1}""");
        assertThat(namen(antwoord)).containsExactlyInAnyOrder("functi", "departement", "besluit.ingangsdatum",
                "besluit.bijlage");
        assertThat(antwoord.json().at("/invalidParams").toString()).contains("een van: ", "IENW", "JJJJ-MM-DD");
        assertThat(gebeurtenissen()).isEqualTo(voor);
    }

    @Test
    void een_ingangsdatum_buiten_1900_tot_2100_of_leeg_wordt_geweigerd() {
        for (String datum : List.of("+99999-01-01", "0000-01-01", "", "1899-12-31", "2101-01-01", "2025-02-30",
                "2025-3-5")) {
            Http.Antwoord antwoord = benoem("\"naam\": \"J. de Vries\", \"departement\": \"IENW\", "
                    + BESLUIT.replace("2025-03-05", datum));
            assertThat(namen(antwoord)).as(datum).containsExactly("besluit.ingangsdatum");
        }
    }

    @Test
    void dubbele_sleutels_worden_geweigerd_in_plaats_van_dat_de_laatste_wint() {
        Http.Antwoord antwoord = benoem("\"naam\": \"J. de Vries\", \"naam\": \"A. Jansen\", \"departement\": "
                + "\"IENW\", " + BESLUIT);
        assertThat(namen(antwoord)).containsExactly("naam");
        assertThat(antwoord.json().at("/invalidParams/0/code").asText()).isEqualTo("dubbel");
    }

    @Test
    void een_jaar_met_decimalen_en_een_bedrag_als_tekst_worden_geweigerd_niet_afgerond() {
        Http.Antwoord antwoord = http.verzoek("POST", "/v1/regios/achterhoek/procesmiddelen/ken-toe", "bzk", """
                {"jaar": 2025.5, "bedrag": "350000", "geschatteCompensabeleBtw": 0, %s}""".formatted(BESLUIT));
        assertThat(namen(antwoord)).containsExactlyInAnyOrder("jaar", "bedrag");
    }

    @Test
    void een_ongepaarde_surrogaat_wordt_geweigerd_en_niet_als_vraagteken_opgeslagen() {
        long voor = gebeurtenissen();
        Http.Antwoord antwoord = benoem("\"naam\": " + Http.json("J. de Vries \uD83D") + ", \"departement\": "
                + "\"IENW\", " + BESLUIT);
        assertThat(namen(antwoord)).containsExactly("naam");
        assertThat(antwoord.json().at("/invalidParams/0/reason").asText()).contains("ongepaarde surrogaat U+D83D");
        assertThat(gebeurtenissen()).isEqualTo(voor);
    }

    @Test
    void tab_en_regeleinde_mogen_in_de_motivering_maar_niet_in_een_naam() {
        Http.Antwoord naam = benoem("\"naam\": \"J. de\\tVries\", \"departement\": \"IENW\", " + BESLUIT);
        assertThat(namen(naam)).containsExactly("naam");
        Http.Antwoord motivering = benoem("\"naam\": \"J. de Vries\", \"departement\": \"IENW\", "
                + BESLUIT.replace("Voordracht stuurgroep", "Voordracht\\n\\tvan de stuurgroep"));
        assertThat(motivering.status()).as(motivering.body()).isEqualTo(200);
    }

    @Test
    void onleesbare_json_geeft_een_nederlands_probleem_zonder_parsertekst() {
        Http.Antwoord antwoord = benoem("\"naam\": ");
        assertThat(namen(antwoord)).isNotEmpty();
        assertThat(antwoord.json().at("/invalidParams/0/reason").asText()).startsWith("geen geldige JSON");
    }

    // --- query parameters ---

    @Test
    void ongeldige_waarden_van_queryparameters_komen_alle_tegelijk_terug() {
        Http.Antwoord antwoord = http.verzoek("GET", "/v1/events?limit=abc&na=abc", "integrator", null);
        assertThat(namen(antwoord)).containsExactlyInAnyOrder("limit", "na");
        Http.Antwoord datum = http.verzoek("GET", "/v1/regios/achterhoek/status?geldendOp=0000-01-01", "bzk",
                null);
        assertThat(namen(datum)).containsExactly("geldendOp");
    }

    // --- unknown things answer 404 ---

    @Test
    void een_onbekend_programma_en_de_stroom_van_een_onbekende_regio_geven_404() {
        Http.Antwoord programma = http.verzoek("GET", "/v1/programmas/elke-regio-telt/overzicht", "bzk", null);
        assertThat(programma.status()).isEqualTo(404);
        assertThat(programma.contentType()).startsWith("application/problem+json");
        assertThat(http.verzoek("GET", "/v1/programmas/npvr/overzicht", "bzk", null).status()).isEqualTo(200);

        Http.Antwoord stroom = http.verzoek("GET", "/v1/regios/atlantis/status/stroom", "bzk", null,
                "Accept", "text/event-stream");
        assertThat(stroom.status()).isEqualTo(404);
        assertThat(stroom.contentType()).startsWith("application/problem+json");
    }

    @Test
    void een_filter_op_een_onbekende_regio_is_een_tikfout_geen_lege_lijst() {
        for (String pad : List.of("/v1/events?regio=atlantis", "/v1/events?regio=achterhoek,atlantis",
                "/v1/besluiten?regio=atlantis", "/v1/besluiten/export?regio=atlantis")) {
            Http.Antwoord antwoord = http.verzoek("GET", pad, "auditor", null);
            assertThat(namen(antwoord)).as(pad).containsExactly("regio");
            assertThat(antwoord.json().at("/invalidParams/0/reason").asText()).contains("atlantis")
                    .doesNotContain("achterhoek");
        }
        assertThat(http.verzoek("GET", "/v1/events?regio=achterhoek,twente", "auditor", null).status())
                .isEqualTo(200);
        assertThat(http.verzoek("GET", "/v1/besluiten?regio=achterhoek", "auditor", null).status()).isEqualTo(200);
    }

    @Test
    void een_onbekend_pad_is_een_nederlands_404_probleem() {
        Http.Antwoord antwoord = http.verzoek("GET", "/v1/regioos", "bzk", null);
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().path("title").asText()).isEqualTo("Niet gevonden");
        assertThat(antwoord.json().path("type").asText()).startsWith("urn:regioregister:probleem:");
        assertThat(antwoord.body()).doesNotContain("static resource", "about:blank");
    }

    @Test
    void een_verkeerde_methode_is_een_nederlands_405_probleem() {
        Http.Antwoord antwoord = http.verzoek("DELETE", "/v1/regios", "bzk", null);
        assertThat(antwoord.status()).isEqualTo(405);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().path("detail").asText()).contains("DELETE");
    }

    // --- expected refusals are one line in the log, not a stack trace ---

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void verwachte_weigeringen_staan_niet_als_stacktrace_in_het_log(CapturedOutput log) {
        String benoeming = "{\"naam\": \"J. de Vries\", \"departement\": \"IENW\", " + BESLUIT + "}";
        int voor = log.getAll().length();
        assertThat(http.verzoek("POST", "/v1/regios/atlantis/benoem-rijksvertegenwoordiger", "bzk", benoeming)
                .status()).isEqualTo(404);
        assertThat(http.verzoek("POST", "/v1/regios/twente/benoem-rijksvertegenwoordiger", "achterhoek",
                benoeming).status()).isEqualTo(403);
        assertThat(http.verzoek("POST", "/v1/regios/twente/benoem-rijksvertegenwoordiger", "bzk",
                "{\"naam\": 1}").status()).isEqualTo(400);
        assertThat(http.verzoek("GET", "/v1/regios/atlantis", "bzk", null).status()).isEqualTo(404);
        assertThat(http.verzoek("GET", "/v1/regioos", "bzk", null).status()).isEqualTo(404);
        assertThat(http.verzoek("DELETE", "/v1/regios", "bzk", null).status()).isEqualTo(405);
        String erbij = log.getAll().substring(voor);
        assertThat(erbij).doesNotContain("\tat ", "Exception:");
        assertThat(erbij.lines().count()).as(erbij).isLessThanOrEqualTo(6);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void een_onverwachte_fout_is_een_nederlands_500_probleem_zonder_klassenamen_en_staat_eenmaal_in_het_log(
            CapturedOutput log) {
        int voor = log.getAll().length();
        Http.Antwoord antwoord = http.verzoek("GET", FalendeController.PAD, "bzk", null);
        assertThat(antwoord.status()).isEqualTo(500);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().path("title").asText()).isEqualTo("Interne fout");
        assertThat(antwoord.body()).doesNotContain("java.", "nl.regioregister", "Exception", "geheim", "trace");
        String erbij = log.getAll().substring(voor);
        assertThat(erbij).contains("geheim");
        assertThat(erbij.lines().filter(regel -> regel.matches("^\\S+\\s+ERROR .*"))).as("eenmaal gelogd")
                .hasSize(1);
    }

    /**
     * The version a decision was taken on ({@code If-Match}) is a whole number in an entity tag; anything else is a 400
     * problem naming the header, before the command reaches its object ({@code BesluitDoel}), and nothing is stored.
     * A NUL in the header goes over a raw socket, since a well-behaved client refuses to send it.
     */
    @Test
    void een_vijandige_if_match_is_een_probleem_en_legt_niets_vast() {
        long voor = gebeurtenissen();
        for (String ifMatch : List.of("abc", "\"-1\"", "\"1.5\"", "\"99999999999999999999\"", "\"1\", \"2\"", "\"\"",
                "\"1\" or 1=1")) {
            Http.Antwoord geweigerd = http.verzoek("POST", BENOEMING_PAD, "bzk", BENOEMING, "If-Match", ifMatch);
            probleem(geweigerd, 400);
            assertThat(geweigerd.body()).as(ifMatch).contains("If-Match");
        }
        // a NUL, and an Arabic-Indic digit (U+0661, which Long.valueOf reads as 1) in UTF-8: no well-behaved client
        // sends either
        byte[] lichaam = BENOEMING.getBytes(StandardCharsets.UTF_8);
        for (String ifMatch : List.of("\"1\u0000\"", new String("\"\u0661\"".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1))) {
            Http.Antwoord geweigerd = http.rauw("POST " + BENOEMING_PAD + " HTTP/1.1\r\nHost: localhost\r\n"
                    + basic("bzk") + "Content-Type: application/json\r\nIf-Match: " + ifMatch + "\r\nContent-Length: "
                    + lichaam.length + "\r\nConnection: close\r\n\r\n"
                    + new String(lichaam, StandardCharsets.ISO_8859_1));
            probleem(geweigerd, 400);
        }
        assertThat(gebeurtenissen()).isEqualTo(voor);
    }

    // --- what the servlet container refuses before the application ---

    private static void probleem(Http.Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().path("status").asInt()).isEqualTo(status);
        assertThat(antwoord.json().path("type").asText()).startsWith("urn:regioregister:probleem:");
        assertThat(antwoord.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat", "Exception");
    }

    private static String basic(String gebruiker) {
        return "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                (gebruiker + ":" + gebruiker).getBytes()) + "\r\n";
    }

    @Test
    void een_gecodeerde_schuine_streep_of_nul_in_het_pad_is_een_probleem_geen_html() {
        probleem(http.rauw("GET /v1/regios/achter%2Fhoek HTTP/1.1\r\nHost: localhost\r\n" + basic("bzk")
                + "Connection: close\r\n\r\n"), 400);
        probleem(http.rauw("GET /v1/regios/achter%00hoek HTTP/1.1\r\nHost: localhost\r\n" + basic("bzk")
                + "Connection: close\r\n\r\n"), 400);
    }

    @Test
    void een_url_van_100_kb_en_een_header_van_1_mb_zijn_een_probleem_geen_html() {
        Http.Antwoord url = http.rauw("GET /v1/regios?x=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(url.status()).isBetween(400, 431);
        probleem(url, url.status());
        Http.Antwoord header = http.rauw("GET /v1/regios HTTP/1.1\r\nHost: localhost\r\nX-Groot: "
                + "a".repeat(1_000_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(header.status()).isBetween(400, 431);
        probleem(header, header.status());
    }

    @Test
    void trace_is_een_probleem() {
        Http.Antwoord antwoord = http.rauw("TRACE /v1/regios HTTP/1.1\r\nHost: localhost\r\n" + basic("bzk")
                + "Connection: close\r\n\r\n");
        assertThat(antwoord.status()).isIn(400, 405);
        probleem(antwoord, antwoord.status());
    }
}
