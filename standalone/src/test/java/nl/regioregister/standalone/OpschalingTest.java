package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.regioregister.command.CommandSideApplication;
import nl.regioregister.query.QuerySideApplication;
import nl.regioregister.query.platform.Verwerkingsstand;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out on one PostgreSQL: two command-side and two query-side instances. The query sides share the processors'
 * work by claiming segments in the token table; the feed is one segment that one instance holds and the other takes
 * over. Decisions go through both command sides at once, also on one object (a conflict is answered 409, never lost);
 * one query side stops while decisions keep coming, and the other takes over its segments: every view then holds
 * every stored event exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpschalingTest {

    private static final List<String> GESPLITST = List.of("besluitenhistorie", "kamer");
    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-06-02", "motivering": "Debat 2 oktober 2025", "bron": "Handelingen II"}""";

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext commandA;
    private static ConfigurableApplicationContext commandB;
    private static ConfigurableApplicationContext queryA;
    private static ConfigurableApplicationContext queryB;
    private static List<Regioregister> commandSides;
    private static final AtomicInteger MOTIES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        queryA = QuerySideApplication.builder().run(instantie("query-a"));
        queryB = QuerySideApplication.builder().run(instantie("query-b"));
        commandA = CommandSideApplication.builder().run(instantie("command-a"));
        commandB = CommandSideApplication.builder().run(instantie("command-b"));
        commandSides = List.of(new Regioregister(url(commandA)), new Regioregister(url(commandB)));
    }

    private static String[] instantie(String naam) {
        return new String[]{"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--server.port=0", "--regioregister.instantie=" + naam,
                // the services have no development users unless asked for: this test signs in as them
                "--spring.profiles.active=dev",
                // scaled out: the history and the kamer view in two segments each, as the README describes
                "--axon.eventhandling.processors.besluitenhistorie.initial-segment-count=2",
                "--axon.eventhandling.processors.kamer.initial-segment-count=2",
                // claims are tried every second instead of every five, to keep the test short
                "--axon.eventhandling.processors.besluitenhistorie.token-claim-interval=1000",
                "--axon.eventhandling.processors.kamer.token-claim-interval=1000",
                "--axon.eventhandling.processors.regio-status.token-claim-interval=1000"};
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{queryB, queryA, commandB,
                commandA}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
        postgres.close();
    }

    @Test
    @Order(1)
    void twee_query_instanties_verdelen_de_segmenten_en_een_van_beide_houdt_de_feed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> GESPLITST.stream()
                .allMatch(naam -> segmenten(queryA, naam).size() + segmenten(queryB, naam).size() == 2));
        // The instance that starts first claims every segment; releasing one hands it to an instance with room.
        for (String naam : GESPLITST) {
            ConfigurableApplicationContext houder = segmenten(queryA, naam).size() == 2 ? queryA : queryB;
            if (segmenten(houder, naam).size() == 2) {
                verwerker(houder, naam).releaseSegment(1);
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String naam : GESPLITST) {
                assertThat(segmenten(queryA, naam)).as(naam + " op query-a").hasSize(1);
                assertThat(segmenten(queryB, naam)).as(naam + " op query-b").hasSize(1);
            }
        });
        assertThat(segmenten(queryA, "cloudevents-feed").size() + segmenten(queryB, "cloudevents-feed").size())
                .as("de feed is een segment, bij een instantie").isEqualTo(1);
        assertThat(segmenten(queryA, "regio-status").size() + segmenten(queryB, "regio-status").size()).isEqualTo(1);
        assertThat(jdbc().sql("SELECT DISTINCT owner FROM tokenentry WHERE owner IS NOT NULL")
                .query(String.class).set()).containsExactlyInAnyOrder("query-a", "query-b");
    }

    @Test
    @Order(2)
    void gelijktijdige_besluiten_via_beide_command_instanties_gaan_niet_verloren_ook_niet_op_hetzelfde_object()
            throws Exception {
        String kamerstuk = registreerMotie(commandSides.get(0));
        long voor = gebeurtenissenVan("motie:" + kamerstuk);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Regioregister.Antwoord>> opHetzelfdeObject = new ArrayList<>();
        List<Future<String>> nieuweObjecten = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                Regioregister commandSide = commandSides.get(i % 2);
                int nummer = i;
                opHetzelfdeObject.add(clients.submit(() -> commandSide.post("bzk",
                        "/v1/moties/" + kamerstuk + "/registreer-uitvoering", """
                                {"referentie": "Kamerbrief %d", "omschrijving": "Uitvoering %d", %s}"""
                                .formatted(nummer, nummer, BESLUIT))));
                nieuweObjecten.add(clients.submit((Callable<String>) () -> registreerMotie(commandSide)));
            }
            List<Regioregister.Antwoord> antwoorden = new ArrayList<>();
            for (Future<Regioregister.Antwoord> antwoord : opHetzelfdeObject) {
                antwoorden.add(antwoord.get());
            }
            for (Future<String> motie : nieuweObjecten) {
                assertThat(motie.get()).isNotBlank();
            }

            assertThat(antwoorden).allSatisfy(a -> assertThat(a.status().value()).isIn(200, 409));
            List<JsonNode> vastgelegd = antwoorden.stream().filter(a -> a.status().value() == 200)
                    .map(Regioregister.Antwoord::body).toList();
            assertThat(vastgelegd).isNotEmpty();
            // Every acknowledged decision is stored, each with its own version and position; a 409 left nothing.
            assertThat(gebeurtenissenVan("motie:" + kamerstuk)).isEqualTo(voor + vastgelegd.size());
            assertThat(vastgelegd.stream().map(b -> b.path("versie").asLong()).collect(Collectors.toSet()))
                    .hasSize(vastgelegd.size());
            for (JsonNode besluit : vastgelegd) {
                assertThat(jdbc().sql("""
                                SELECT sequencenumber FROM domainevententry
                                WHERE globalindex = :positie AND aggregateidentifier = :id""")
                        .param("positie", besluit.path("positie").asLong()).param("id", "motie:" + kamerstuk)
                        .query(Long.class).single()).isEqualTo(besluit.path("versie").asLong());
            }
            antwoorden.stream().filter(a -> a.status().value() == 409).forEach(a -> {
                assertThat(a.headers().getContentType()).hasToString("application/problem+json");
                assertThat(a.body().path("type").asText()).isEqualTo("urn:regioregister:probleem:verouderde-versie");
            });
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void stopt_een_query_instantie_dan_neemt_de_andere_haar_segmenten_over_zonder_iets_over_te_slaan_of_dubbel()
            throws Exception {
        assertThat(GESPLITST).allSatisfy(naam -> assertThat(segmenten(queryA, naam)).isNotEmpty());
        ExecutorService schrijver = Executors.newSingleThreadExecutor();
        Future<?> besluiten;
        try {
            besluiten = schrijver.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    registreerMotie(commandSides.get(i % 2));
                }
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> MOTIES.get() >= 35);
            queryA.close();
            besluiten.get();
        } finally {
            schrijver.shutdownNow();
        }

        long kop = jdbc().sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
        Verwerkingsstand stand = queryB.getBean(Verwerkingsstand.class);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String naam : List.of("besluitenhistorie", "kamer", "regio-status", "cloudevents-feed")) {
                assertThat(stand.van(naam).heeftVerwerkt(kop)).as(naam + " tot " + kop).isTrue();
            }
        });
        // the other instance claims what was released within its claim interval, also when nothing is left to do
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String naam : GESPLITST) {
                assertThat(segmenten(queryB, naam)).as(naam + " op query-b").containsExactlyInAnyOrder(0, 1);
            }
            assertThat(segmenten(queryB, "cloudevents-feed")).as("de feed op query-b").containsExactly(0);
        });

        // Compared with the event store: every event once in the history and once in the feed, densely numbered.
        long opgeslagen = jdbc().sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        assertThat(jdbc().sql("SELECT count(*) FROM besluit_historie").query(Long.class).single()).isEqualTo(opgeslagen);
        assertThat(jdbc().sql("""
                        SELECT count(*) FROM (SELECT globalindex, eventidentifier FROM domainevententry
                                              EXCEPT SELECT positie, gebeurtenis_id FROM besluit_historie) ontbrekend""")
                .query(Long.class).single()).isZero();
        Map<String, Object> feed = jdbc().sql("""
                        SELECT count(*) AS aantal, count(DISTINCT gebeurtenis_id) AS verschillend, max(positie) AS kop
                        FROM feed_gebeurtenis""").query().singleRow();
        assertThat(((Number) feed.get("aantal")).longValue()).isEqualTo(opgeslagen);
        assertThat(((Number) feed.get("verschillend")).longValue()).isEqualTo(opgeslagen);
        assertThat(((Number) feed.get("kop")).longValue()).isEqualTo(opgeslagen);
        assertThat(jdbc().sql("""
                        SELECT count(*) FROM (SELECT eventidentifier FROM domainevententry
                                              EXCEPT SELECT gebeurtenis_id FROM feed_gebeurtenis) ontbrekend""")
                .query(Long.class).single()).isZero();
        // The kamer view: every registered motie and every recorded execution, once.
        assertThat(jdbc().sql("SELECT count(*) FROM motie").query(Long.class).single())
                .isEqualTo(aantalVanType("MotieGeregistreerd")).isEqualTo((long) MOTIES.get());
        assertThat(jdbc().sql("SELECT count(*) FROM motie_uitvoering").query(Long.class).single())
                .isEqualTo(aantalVanType("MotieUitvoeringGeregistreerd"));
        // And over HTTP, from the instance that is left.
        JsonNode moties = new Regioregister(url(queryB)).get("bzk", "/v1/moties?minimalePositie=" + kop).body();
        assertThat(moties.path("totaal").asLong()).isEqualTo(MOTIES.get());
    }

    private static String registreerMotie(Regioregister commandSide) {
        String kamerstuk = "36600-" + (100 + MOTIES.getAndIncrement());
        Regioregister.Antwoord antwoord = commandSide.post("bzk", "/v1/moties", """
                {"kamerstuknummer": "%s", "titel": "Motie over regio's", "indieners": ["Flach"],
                 "aangenomenOp": "2025-06-02", %s}""".formatted(kamerstuk, BESLUIT));
        assertThat(antwoord.status().value()).as(antwoord.body().toString()).isEqualTo(200);
        return kamerstuk;
    }

    private static long gebeurtenissenVan(String aggregaat) {
        return jdbc().sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregaat).query(Long.class).single();
    }

    private static long aantalVanType(String type) {
        return jdbc().sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE :type")
                .param("type", "%." + type).query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return queryB.getBean(JdbcClient.class);
    }

    private static StreamingEventProcessor verwerker(ConfigurableApplicationContext querySide, String naam) {
        return querySide.getBean(EventProcessingConfiguration.class)
                .eventProcessor(naam, StreamingEventProcessor.class).orElseThrow();
    }

    /** The segments this instance holds a claim on. */
    private static Set<Integer> segmenten(ConfigurableApplicationContext querySide, String naam) {
        return verwerker(querySide, naam).processingStatus().values().stream()
                .filter(status -> !status.isErrorState())
                .map(EventTrackerStatus::getSegment).map(s -> s.getSegmentId()).collect(Collectors.toSet());
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
