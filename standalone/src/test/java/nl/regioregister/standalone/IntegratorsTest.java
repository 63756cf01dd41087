package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/**
 * What an integrator does with the register: read the contract, page the whole history as CloudEvents from position
 * 0, resume anywhere, and follow the live stream. Every response is parsed with the official CloudEvents SDK.
 */
class IntegratorsTest {

    private static final ObjectMapper SDK = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());
    private static final EventFormat ENKEL = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private static final Pattern VOLGENDE = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static String basis;
    private static RestClient http;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap,
                        "--regioregister.feed.bron=urn:nld:oin:00000001234567890000:systeem:regioregister",
                        // Subscriptions here only test the API; deliveries go to a closed port on loopback.
                        "--regioregister.abonnementen.toegestane-adressen=http://127.0.0.1:9");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister(basis);
        http = RestClient.builder().baseUrl(basis).build();
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Pagina(HttpStatus status, HttpHeaders headers, List<CloudEvent> events) {
        String volgende() {
            Matcher link = VOLGENDE.matcher(headers.getFirst(HttpHeaders.LINK));
            assertThat(link.find()).isTrue();
            return link.group(1);
        }
    }

    private static Pagina lees(String gebruiker, String pad) {
        return http.get().uri(URI.create(pad.startsWith("http") ? pad : basis + pad))
                .headers(h -> h.setBasicAuth(gebruiker, gebruiker))
                .exchange((req, res) -> {
                    byte[] body = res.getBody().readAllBytes();
                    List<CloudEvent> events = res.getStatusCode().is2xxSuccessful()
                            ? SDK.readValue(body, new TypeReference<List<CloudEvent>>() {
                            }) : List.of();
                    return new Pagina((HttpStatus) res.getStatusCode(), res.getHeaders(), events);
                });
    }

    private static long benoem(String regio, String naam) {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger",
                """
                        {"naam": "%s", "functie": "DG Mobiliteit", "departement": "IENW",
                         "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht stuurgroep",
                                     "bron": "AB 5 maart 2025, agendapunt 3"}}""".formatted(naam));
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    private static long kop() {
        register.totZichtbaar("integrator", "/v1/regios", r -> true);
        long kop = 0;
        String volgende = "/v1/events?na=0&limit=1000";
        Pagina pagina;
        do {
            pagina = lees("integrator", volgende);
            if (!pagina.events().isEmpty()) {
                kop = Long.parseLong((String) pagina.events().get(pagina.events().size() - 1).getExtension("sequence"));
            }
            volgende = pagina.volgende();
        } while (!pagina.events().isEmpty());
        return kop;
    }

    @Test
    void een_integrator_bladert_de_hele_historie_vanaf_0_als_cloudevents_zonder_gaten_en_dubbelen() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> lees("integrator", "/v1/events?na=0&limit=30").events().size() >= 22);

        List<CloudEvent> alle = new ArrayList<>();
        String volgende = "/v1/events?na=0&limit=4";
        Pagina pagina;
        do {
            pagina = lees("integrator", volgende);
            assertThat(pagina.status()).isEqualTo(HttpStatus.OK);
            assertThat(pagina.headers().getContentType()).hasToString("application/cloudevents-batch+json");
            assertThat(pagina.events()).hasSizeLessThanOrEqualTo(4);
            alle.addAll(pagina.events());
            volgende = pagina.volgende();
        } while (!pagina.events().isEmpty());

        assertThat(alle).extracting(e -> Long.parseLong((String) e.getExtension("sequence")))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, alle.size()).boxed().toList());
        assertThat(alle).extracting(CloudEvent::getId).doesNotHaveDuplicates();
        // the reference data: the NPVR's three decisions, and each NPVR region registered, then taken into the NPVR
        List<CloudEvent> referentiedata = alle.subList(0, 25);
        assertThat(referentiedata).filteredOn(e -> e.getType().startsWith("nl.regioregister.programma."))
                .hasSize(3).allSatisfy(event -> assertThat(event.getSubject()).isEqualTo("programma:NPVR"));
        assertThat(referentiedata).filteredOn(e -> !e.getType().startsWith("nl.regioregister.programma."))
                .hasSize(22).allSatisfy(event -> {
                    assertThat(event.getType()).isIn("nl.regioregister.regio.RegioGeregistreerd.v1",
                            "nl.regioregister.regio.OpgenomenInProgramma.v2");
                    assertThat(event.getSubject()).isEqualTo(event.getExtension("regio"));
                });
        assertThat(referentiedata).allSatisfy(event -> {
            assertThat(event.getSource()).hasToString("urn:nld:oin:00000001234567890000:systeem:regioregister");
            assertThat(event.getTime()).isNotNull();
        });
        assertThat(alle).extracting(CloudEvent::getSubject).contains("achterhoek", "zeeuws-vlaanderen");

        Pagina hervat = lees("integrator", "/v1/events?na=7&limit=2");
        assertThat(hervat.events()).extracting(CloudEvent::getId).containsExactly(alle.get(7).getId(),
                alle.get(8).getId());
        assertThat(hervat.volgende()).contains("na=9");

        assertThat(app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT count(*) FROM tokenentry WHERE processorname = 'cloudevents-feed'")
                .query(Long.class).single()).as("segmenten van de feedverwerker").isEqualTo(1);
    }

    @Test
    void de_feed_filtert_op_type_regio_en_ingangsdatum_en_begrenst_de_pagina() {
        benoem("twente", "A. Jansen");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !lees("auditor",
                "/v1/events?type=nl.regioregister.regio.RijksvertegenwoordigerBenoemd&regio=twente").events()
                .isEmpty());

        Pagina twente = lees("auditor", "/v1/events?regio=twente");
        assertThat(twente.events()).extracting(CloudEvent::getType).contains(
                "nl.regioregister.regio.RegioGeregistreerd.v1", "nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");
        assertThat(twente.events()).allSatisfy(e -> assertThat(e.getExtension("regio")).isEqualTo("twente"));

        Pagina opDatum = lees("bzk", "/v1/events?ingangsdatumVanaf=2025-03-05&ingangsdatumTotEnMet=2025-03-05");
        assertThat(opDatum.events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getExtension("ingangsdatum")).isEqualTo("2025-03-05"));

        Pagina groot = lees("beheer", "/v1/events?limit=5000");
        assertThat(groot.status()).isEqualTo(HttpStatus.OK);
        assertThat(groot.volgende()).contains("limit=1000");

        assertThat(register.get("integrator", "/v1/events?na=-1").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(register.get("integrator", "/v1/events?na=-1").body().path("invalidParams").get(0)
                .path("name").asText()).isEqualTo("na");
    }

    @Test
    void alleen_integrators_auditors_bzk_en_beheer_lezen_de_feed() {
        assertThat(lees("achterhoek", "/v1/events").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get(null, "/v1/events").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register.get(null, "/v1/events/stream").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String lezer : List.of("integrator", "auditor", "bzk", "beheer")) {
            assertThat(lees(lezer, "/v1/events?limit=1").status()).as(lezer).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void de_live_stroom_hervat_na_last_event_id_en_toont_een_nieuw_besluit_direct() throws Exception {
        long kop = kop();
        try (SseLezer stroom = new SseLezer(basis + "/v1/events/stream?regio=noord-limburg", "integrator",
                Long.toString(0))) {
            assertThat(stroom.status()).isEqualTo(200);
            assertThat(stroom.contentType()).startsWith("text/event-stream");
            SseLezer.Bericht geregistreerd = stroom.volgende(2).get(0);
            CloudEvent event = ENKEL.deserialize(geregistreerd.data().getBytes(StandardCharsets.UTF_8));
            assertThat(event.getType()).isEqualTo("nl.regioregister.regio.RegioGeregistreerd.v1");
            assertThat(event.getSubject()).isEqualTo("noord-limburg");
            assertThat(geregistreerd.id()).isEqualTo(Long.toString(Long.parseLong((String) event.getExtension("sequence"))));

            benoem("noord-limburg", "P. de Boer");
            CloudEvent live = ENKEL.deserialize(stroom.volgende(1).get(0).data().getBytes(StandardCharsets.UTF_8));
            assertThat(live.getType()).isEqualTo("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");
            assertThat(Long.parseLong((String) live.getExtension("sequence"))).isGreaterThan(kop);
        }

        Regioregister.Antwoord ongeldig = http.get().uri(basis + "/v1/events/stream")
                .header("Accept", "text/event-stream").header("Last-Event-ID", "gisteren")
                .headers(h -> h.setBasicAuth("integrator", "integrator"))
                .exchange((req, res) -> new Regioregister.Antwoord(res.getStatusCode(), res.getHeaders(),
                        new ObjectMapper().readTree(res.getBody())));
        assertThat(ongeldig.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ongeldig.headers().getContentType()).hasToString("application/problem+json");
        assertThat(ongeldig.body().at("/invalidParams/0/name").asText()).isEqualTo("Last-Event-ID");

        try (SseLezer hervat = new SseLezer(basis + "/v1/events/stream", "auditor", Long.toString(kop - 2))) {
            List<SseLezer.Bericht> berichten = hervat.volgende(2);
            assertThat(berichten).extracting(SseLezer.Bericht::id)
                    .containsExactly(Long.toString(kop - 1), Long.toString(kop));
        }
    }

    @Test
    void de_schemas_zijn_openbaar_en_elk_dataschema_uit_de_feed_verwijst_naar_een_geserveerd_schema() {
        Regioregister.Antwoord lijst = register.get(null, "/v1/schemas");
        assertThat(lijst.status()).isEqualTo(HttpStatus.OK);
        assertThat(lijst.body().path("typen").findValuesAsText("type"))
                .contains("nl.regioregister.regio.RegioGeregistreerd.v1",
                        "nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");

        List<CloudEvent> events = lees("integrator", "/v1/events?limit=1000").events();
        assertThat(events).isNotEmpty();
        for (URI dataschema : events.stream().map(CloudEvent::getDataSchema).distinct().toList()) {
            Regioregister.Antwoord schema = register.get(null, dataschema.getPath());
            assertThat(schema.status()).as(dataschema.toString()).isEqualTo(HttpStatus.OK);
            assertThat(schema.headers().getContentType()).hasToString("application/schema+json");
            JsonNode inhoud = schema.body();
            assertThat(inhoud.path("$id").asText()).isEqualTo(dataschema.toString());
            // every event here names the region it concerns, or the programme (the NPVR's start-up decisions)
            assertThat(inhoud.path("properties").has("regioId") || inhoud.path("properties").has("programma"))
                    .as(dataschema.toString()).isTrue();
        }
        assertThat(register.get(null, "/v1/schemas/nl.regioregister.regio.Onbekend.v1").status())
                .isEqualTo(HttpStatus.NOT_FOUND);

        Regioregister.Antwoord asyncApi = register.get(null, "/v1/asyncapi.json");
        assertThat(asyncApi.status()).isEqualTo(HttpStatus.OK);
        assertThat(asyncApi.body().path("asyncapi").asText()).isEqualTo("3.0.0");
        for (String type : events.stream().map(CloudEvent::getType).distinct().toList()) {
            assertThat(asyncApi.body().at("/channels/stroom/messages").has(type)).as(type).isTrue();
        }
    }

    private static final String GEHEIM = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    /**
     * The pinned JSON of every revision, as the event store holds it, reads through the configured upcasters and the
     * event serializer as an event of the same type: an older revision without an upcaster that can read it fails.
     */
    @Test
    void de_vastgepinde_json_van_elke_revisie_leest_via_de_upcasters_als_dezelfde_gebeurtenis() throws Exception {
        org.axonframework.config.Configuration axon = app.getBean(org.axonframework.config.Configuration.class);
        org.axonframework.serialization.Serializer serializer = axon.eventSerializer();
        org.springframework.core.io.Resource[] voorbeelden =
                new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath*:contract/voorbeelden/*.json");
        assertThat(voorbeelden).isNotEmpty();
        for (org.springframework.core.io.Resource voorbeeld : voorbeelden) {
            String type = voorbeeld.getFilename().substring(0, voorbeeld.getFilename().length() - ".json".length());
            org.axonframework.eventhandling.GenericDomainEventEntry<byte[]> opgeslagen =
                    new org.axonframework.eventhandling.GenericDomainEventEntry<>("Regio", "achterhoek", 0,
                            "voorbeeld-" + type, java.time.Instant.parse("2025-03-10T09:30:00Z"),
                            nl.regioregister.events.EventType.klassenaam(type),
                            nl.regioregister.events.EventType.revisieVan(type),
                            voorbeeld.getInputStream().readAllBytes(), "{}".getBytes(StandardCharsets.UTF_8));
            List<Object> gelezen = axon.upcasterChain().upcast(java.util.stream.Stream.of(
                            new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(
                                    opgeslagen, serializer)))
                    .map(representatie -> (Object) serializer.deserialize(representatie.getData()))
                    .toList();
            assertThat(gelezen).as(type).isNotEmpty();
            assertThat(nl.regioregister.events.EventType.zonderRevisie(gelezen.get(0).getClass())).as(type)
                    .isEqualTo(nl.regioregister.events.EventType.basis(type));
        }
    }

    @Test
    void een_integrator_beheert_alleen_de_eigen_abonnementen() {
        Regioregister.Antwoord genomen = register.post("integrator", "/v1/abonnementen", """
                {"callbackUrl": "http://127.0.0.1:9/hook", "geheim": "%s",
                 "filter": {"typen": ["nl.regioregister.regio.RijksvertegenwoordigerBenoemd"], "regios": ["twente"]}}"""
                .formatted(GEHEIM));
        assertThat(genomen.status()).isEqualTo(HttpStatus.CREATED);
        String id = genomen.body().path("id").asText();
        assertThat(genomen.headers().getLocation()).hasPath("/v1/abonnementen/" + id);
        assertThat(genomen.body().path("status").asText()).isEqualTo("ACTIEF");
        assertThat(genomen.body().has("geheim")).isFalse();
        assertThat(genomen.body().at("/filter/regios/0").asText()).isEqualTo("twente");

        assertThat(register.get("integrator", "/v1/abonnementen").body().path("abonnementen")
                .findValuesAsText("id")).contains(id);
        assertThat(register.get("regiosysteem", "/v1/abonnementen").body().path("abonnementen")
                .findValuesAsText("id")).doesNotContain(id);
        assertThat(register.get("regiosysteem", "/v1/abonnementen/" + id).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(register.get("regiosysteem", "/v1/abonnementen/" + id + "/afleverpogingen").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(register.post("regiosysteem", "/v1/abonnementen/" + id + "/pauzeer", "").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(verwijder("regiosysteem", id)).isEqualTo(HttpStatus.NOT_FOUND);

        Regioregister.Antwoord gepauzeerd = register.post("integrator", "/v1/abonnementen/" + id + "/pauzeer", "");
        assertThat(gepauzeerd.body().path("status").asText()).isEqualTo("GEPAUZEERD");
        Regioregister.Antwoord hervat = register.post("integrator", "/v1/abonnementen/" + id + "/hervat", "");
        assertThat(hervat.body().path("status").asText()).isEqualTo("ACTIEF");
        assertThat(register.get("integrator", "/v1/abonnementen/" + id + "/afleverpogingen").status())
                .isEqualTo(HttpStatus.OK);
        assertThat(verwijder("integrator", id)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(register.get("integrator", "/v1/abonnementen/" + id).status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void alleen_integrators_nemen_abonnementen() {
        String verzoek = """
                {"callbackUrl": "http://127.0.0.1:9/hook", "geheim": "%s"}""".formatted(GEHEIM);
        for (String ander : List.of("auditor", "bzk", "beheer", "achterhoek")) {
            assertThat(register.post(ander, "/v1/abonnementen", verzoek).status()).as(ander)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(register.get(ander, "/v1/abonnementen").status()).as(ander).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void een_callback_naar_een_intern_adres_of_zonder_https_en_een_ongeldig_geheim_worden_geweigerd() {
        for (String url : List.of("https://10.0.0.1/hook", "https://169.254.169.254/latest", "https://[::1]/hook",
                "http://127.0.0.1:8080/hook", "https://localhost/hook")) {
            Regioregister.Antwoord geweigerd = register.post("integrator", "/v1/abonnementen", """
                    {"callbackUrl": "%s", "geheim": "%s"}""".formatted(url, GEHEIM));
            assertThat(geweigerd.status()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.body().path("invalidParams").findValuesAsText("name")).containsExactly("callbackUrl");
        }
        Regioregister.Antwoord allesFout = register.post("integrator", "/v1/abonnementen", """
                {"callbackUrl": "ftp://127.0.0.1:9/hook", "geheim": "geheim",
                 "filter": {"typen": ["nl.regioregister.regio.Bestaatniet"]}, "vanaf": -1}""");
        assertThat(allesFout.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(allesFout.body().path("invalidParams").findValuesAsText("name"))
                .containsExactly("callbackUrl", "geheim", "filter.typen", "vanaf");
        assertThat(register.get("integrator", "/v1/abonnementen").body().path("abonnementen")
                .findValuesAsText("callbackUrl")).noneMatch(u -> u.contains("10.0.0.1") || u.contains("ftp:"));
    }

    private static HttpStatus verwijder(String gebruiker, String id) {
        return (HttpStatus) http.delete().uri(basis + "/v1/abonnementen/" + id)
                .headers(h -> h.setBasicAuth(gebruiker, gebruiker))
                .exchange((req, res) -> res.getStatusCode());
    }
}
