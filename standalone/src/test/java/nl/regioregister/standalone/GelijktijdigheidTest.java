package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.Verwerkingsstand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concurrent writers on real PostgreSQL: events that commit out of order behind a gap in the global index, parallel
 * decisions on one object, and many clients deciding at once. Afterwards every projection equals the event store,
 * a fresh rebuild of itself, and time travel.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GelijktijdigheidTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static Overeenstemming overeenstemming;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        int poort = ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister("http://localhost:" + poort);
        overeenstemming = new Overeenstemming(app, register);
        jdbc = app.getBean(JdbcClient.class);
        register.totZichtbaar("auditor", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String besluit(String ingangsdatum) {
        return "\"besluit\": {\"ingangsdatum\": \"" + ingangsdatum + "\", \"motivering\": \"Gelijktijdig besloten\", "
                + "\"bron\": \"Proef gelijktijdigheid\"}";
    }

    private static String benoeming(String naam) {
        return """
                {"naam": "%s", "functie": "DG", "departement": "BZK", %s}""".formatted(naam, besluit("2025-03-05"));
    }

    @Test
    @Order(1)
    void een_gebeurtenis_die_laat_vastlegt_achter_een_gat_verschijnt_in_elke_projectie_op_haar_eigen_positie()
            throws Exception {
        long volgnummer = jdbc.sql("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = "
                + "'achterhoek'").query(Long.class).single();
        CountDownLatch eersteToegevoegd = new CountDownLatch(1);
        CountDownLatch eersteMagVastleggen = new CountDownLatch(1);
        ExecutorService schrijvers = Executors.newFixedThreadPool(2);
        try {
            // Transaction 1 appends first, so its events get the lower global indexes, and stays open.
            CompletableFuture<Void> eerste = CompletableFuture.runAsync(() -> transactie(() -> {
                voegToe(List.of(
                        benoemd("achterhoek", volgnummer + 1, "A. Eerder"),
                        motie("99001-1")));
                eersteToegevoegd.countDown();
                wacht(eersteMagVastleggen);
            }), schrijvers);
            assertThat(eersteToegevoegd.await(30, TimeUnit.SECONDS)).isTrue();
            // Transaction 2 appends after it and commits first: the projections see a gap behind it.
            CompletableFuture.runAsync(() -> transactie(() -> voegToe(List.of(
                    benoemd("achterhoek", volgnummer + 2, "B. Later"),
                    motie("99001-2")))), schrijvers).get(30, TimeUnit.SECONDS);

            long tweedeMotie = positieVan("99001-2");
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'motie:99001-1'")
                    .query(Long.class).single()).as("de eerste is nog niet vastgelegd").isZero();
            JsonNode achterhoek = register.totZichtbaar("auditor", "/v1/regios/achterhoek/status",
                    s -> s.at("/status/rollen/RIJKSVERTEGENWOORDIGER/naam").asText().equals("B. Later")
                            || s.toString().contains("B. Later"));
            assertThat(achterhoek.toString()).doesNotContain("A. Eerder");
            register.totZichtbaar("auditor", "/v1/moties/99001-2", m -> m.has("kamerstuknummer"));
            register.totZichtbaar("auditor", "/v1/besluiten/" + tweedeMotie, b -> b.has("gebeurtenisId"));
            Verwerkingsstand stand = app.getBean(Verwerkingsstand.class);
            for (String processor : Overeenstemming.PROCESSORS) {
                await().atMost(Duration.ofSeconds(30)).until(() -> stand.van(processor).positie() >= tweedeMotie);
            }

            eersteMagVastleggen.countDown();
            eerste.get(30, TimeUnit.SECONDS);
        } finally {
            eersteMagVastleggen.countDown();
            schrijvers.shutdownNow();
        }

        long eersteMotie = positieVan("99001-1");
        assertThat(eersteMotie).as("de laat vastgelegde ligt achter de eerder zichtbare").isLessThan(positieVan("99001-2"));
        JsonNode besluit = register.totZichtbaar("auditor", "/v1/besluiten/" + eersteMotie, b -> b.has("gebeurtenisId"));
        assertThat(besluit.at("/inhoud/kamerstuknummer").asText()).isEqualTo("99001-1");
        register.totZichtbaar("auditor", "/v1/moties/99001-1", m -> m.path("kamerstuknummer").asText()
                .equals("99001-1"));
        JsonNode status = register.totZichtbaar("auditor", "/v1/regios/achterhoek/status",
                s -> s.toString().contains("A. Eerder"));
        assertThat(status.toString()).contains("B. Later");

        overeenstemming.wachtTotAllesVerwerkt();
        overeenstemming.projectiesGelijkAanDeHistorie();
        overeenstemming.tijdreisGelijkAanLiveStatus();
        overeenstemming.herbouwGelijkAanLive();
    }

    @Test
    @Order(2)
    void gelijktijdige_besluiten_over_een_object_krijgen_elk_hun_eigen_versie_en_if_match_daarop_is_exact()
            throws Exception {
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<JsonNode>> antwoorden = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < clients; i++) {
            String naam = "Gelijktijdig " + i;
            antwoorden.add(CompletableFuture.supplyAsync(() -> {
                wacht(start);
                Regioregister.Antwoord antwoord = register.post("bzk",
                        "/v1/regios/twente/benoem-rijksvertegenwoordiger", benoeming(naam),
                        "Idempotency-Key", "gelijktijdig-" + naam);
                assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
                return antwoord.body();
            }, pool));
        }
        start.countDown();
        List<JsonNode> gekregen = new ArrayList<>();
        for (CompletableFuture<JsonNode> antwoord : antwoorden) {
            gekregen.add(antwoord.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(gekregen.stream().map(a -> a.path("versie").asLong()).distinct()).hasSize(clients);
        assertThat(gekregen.stream().map(a -> a.path("positie").asLong()).distinct()).hasSize(clients);
        for (JsonNode antwoord : gekregen) {
            Map<String, Object> gebeurtenis = jdbc.sql("""
                            SELECT aggregateidentifier, sequencenumber FROM domainevententry WHERE globalindex = :p""")
                    .param("p", antwoord.path("positie").asLong()).query().singleRow();
            assertThat(gebeurtenis.get("aggregateidentifier")).isEqualTo("twente");
            assertThat(((Number) gebeurtenis.get("sequencenumber")).longValue())
                    .as("de versie is die van de eigen gebeurtenis").isEqualTo(antwoord.path("versie").asLong());
        }
        // The idempotency store kept each client's own answer.
        for (int i = 0; i < clients; i++) {
            String naam = "Gelijktijdig " + i;
            JsonNode nogmaals = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                    benoeming(naam), "Idempotency-Key", "gelijktijdig-" + naam).body();
            assertThat(nogmaals).isEqualTo(gekregen.get(i));
        }

        long laatste = gekregen.stream().mapToLong(a -> a.path("versie").asLong()).max().orElseThrow();
        for (JsonNode antwoord : gekregen) {
            long versie = antwoord.path("versie").asLong();
            if (versie != laatste) {
                assertThat(register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                        benoeming("Verouderd " + versie), "If-Match", "\"" + versie + "\"").status())
                        .as("If-Match op versie " + versie + " ging aan een latere voorbij")
                        .isEqualTo(HttpStatus.CONFLICT);
            }
        }
        Regioregister.Antwoord opDeLaatste = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                benoeming("Na de laatste"), "If-Match", "\"" + laatste + "\"");
        assertThat(opDeLaatste.status()).isEqualTo(HttpStatus.OK);
        assertThat(opDeLaatste.body().path("versie").asLong()).isEqualTo(laatste + 1);
    }

    @Test
    @Order(3)
    void elke_weergave_toont_een_besluit_direct_na_het_nemen_ervan_met_minimalePositie() {
        long benoemd = register.post("bzk", "/v1/regios/zeeuws-vlaanderen/benoem-rijksvertegenwoordiger",
                benoeming("Direct Zichtbaar")).body().path("positie").asLong();
        String regioDirect = "?minimalePositie=" + benoemd;
        verwachtVers("/v1/regios" + regioDirect, v -> v.toString().contains("Direct Zichtbaar"));
        verwachtVers("/v1/regios/zeeuws-vlaanderen" + regioDirect, v -> v.toString().contains("Direct Zichtbaar"));
        verwachtVers("/v1/regios/zeeuws-vlaanderen/status" + regioDirect,
                v -> v.toString().contains("Direct Zichtbaar"));
        verwachtVers("/v1/programmas/npvr/overzicht" + regioDirect,
                v -> v.path("positie").asLong() >= benoemd || v.toString().contains("zeeuws-vlaanderen"));
        verwachtVers("/v1/besluiten" + regioDirect, v -> v.toString().contains("Direct Zichtbaar"));
        verwachtVers("/v1/besluiten/" + benoemd + regioDirect, v -> v.toString().contains("Direct Zichtbaar"));

        long motie = register.post("bzk", "/v1/moties", """
                {"kamerstuknummer": "99002-7", "titel": "Direct zichtbare motie", "indieners": ["Lid"],
                 "aangenomenOp": "2025-02-01", %s}""".formatted(besluit("2025-02-01"))).body().path("positie").asLong();
        verwachtVers("/v1/moties/99002-7?minimalePositie=" + motie,
                v -> v.path("titel").asText().equals("Direct zichtbare motie"));
        verwachtVers("/v1/moties?paginagrootte=200&minimalePositie=" + motie,
                v -> v.toString().contains("99002-7"));
        long toezegging = register.post("bzk", "/v1/toezeggingen", """
                {"toezeggingId": "direct-zichtbaar", "omschrijving": "Direct zichtbare toezegging",
                 "gedaanIn": "Debat", "uiterlijk": "2099-01-01", %s}""".formatted(besluit("2025-02-01")))
                .body().path("positie").asLong();
        verwachtVers("/v1/toezeggingen?paginagrootte=200&minimalePositie=" + toezegging,
                v -> v.toString().contains("direct-zichtbaar"));
    }

    private static void verwachtVers(String pad, java.util.function.Predicate<JsonNode> toont) {
        Regioregister.Antwoord antwoord = register.get("auditor", pad);
        assertThat(antwoord.status()).as(pad).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getFirst("Projectie-Verouderd")).as(pad).isNull();
        assertThat(toont.test(antwoord.body())).as(pad + ": " + antwoord.body()).isTrue();
    }

    @Test
    @Order(4)
    void acht_clients_die_tegelijk_tweeduizend_besluiten_nemen_laten_elke_projectie_gelijk_aan_de_historie() throws Exception {
        List<String> regios = jdbc.sql("SELECT DISTINCT regio_id FROM regio_gebeurtenis ORDER BY 1")
                .query(String.class).list();
        assertThat(regios).hasSize(11);
        int clients = 8;
        int perClient = 250;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<List<JsonNode>>> werk = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            werk.add(CompletableFuture.supplyAsync(() -> {
                List<JsonNode> antwoorden = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    Regioregister.Antwoord antwoord = neemBesluit(client, i, regios);
                    assertThat(antwoord.status()).as(antwoord.body().toString()).isEqualTo(HttpStatus.OK);
                    antwoorden.add(antwoord.body());
                }
                return antwoorden;
            }, pool));
        }
        List<JsonNode> antwoorden = new ArrayList<>();
        for (CompletableFuture<List<JsonNode>> client : werk) {
            antwoorden.addAll(client.get(15, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(antwoorden).hasSize(clients * perClient);

        overeenstemming.wachtTotAllesVerwerkt();
        Map<Long, Map<String, Object>> historie = new HashMap<>();
        jdbc.sql("SELECT positie, object_id, volgnummer FROM besluit_historie").query(rs -> {
            historie.put(rs.getLong(1), Map.of("object", rs.getString(2), "volgnummer", rs.getLong(3)));
        });
        for (JsonNode antwoord : antwoorden) {
            Map<String, Object> besluit = historie.get(antwoord.path("positie").asLong());
            assertThat(besluit).as("het besluit op de positie van " + antwoord).isNotNull();
            assertThat(besluit.get("object")).isEqualTo(antwoord.path("id").asText());
            assertThat(besluit.get("volgnummer")).isEqualTo(antwoord.path("versie").asLong());
        }
        overeenstemming.projectiesGelijkAanDeHistorie();
        overeenstemming.tijdreisGelijkAanLiveStatus();
        overeenstemming.herbouwGelijkAanLive();
    }

    /** A rijksvertegenwoordiger in a region, or a motie registered or carried out, round robin over the regions. */
    private static Regioregister.Antwoord neemBesluit(int client, int i, List<String> regios) {
        String kamerstuk = "98%03d-%d".formatted(client, i / 3 + 1);
        return switch (i % 3) {
            case 0 -> register.post("bzk", "/v1/moties", """
                    {"kamerstuknummer": "%s", "titel": "Motie %d van client %d", "indieners": ["Lid"],
                     "aangenomenOp": "2025-02-01", %s}""".formatted(kamerstuk, i, client, besluit("2025-02-01")));
            case 1 -> register.post("bzk", "/v1/moties/" + kamerstuk + "/registreer-uitvoering", """
                    {"referentie": "Brief %d", "omschrijving": "Uitvoering door client %d", %s}"""
                    .formatted(i, client, besluit("2025-03-01")));
            default -> register.post("bzk", "/v1/regios/" + regios.get((client + i) % regios.size())
                    + "/benoem-rijksvertegenwoordiger", benoeming("Client " + client + " besluit " + i));
        };
    }

    private static long positieVan(String kamerstuknummer) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", "motie:" + kamerstuknummer).query(Long.class).single();
    }

    private static void transactie(Runnable werk) {
        app.getBean(TransactionTemplate.class).executeWithoutResult(tx -> werk.run());
    }

    private static void voegToe(List<EventMessage<?>> gebeurtenissen) {
        app.getBean(EventStorageEngine.class).appendEvents(gebeurtenissen);
    }

    private static void wacht(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MetaData metadata() {
        return MetaData.from(Map.of(
                BesluitMetadata.ACTOR, "bzk", BesluitMetadata.ROL, "BZK", BesluitMetadata.ORGANISATIE, "BZK",
                BesluitMetadata.GEREGISTREERD_OP, Instant.now().toString(),
                BesluitMetadata.INGANGSDATUM, "2025-03-05",
                BesluitMetadata.MOTIVERING, "Laat vastgelegd", BesluitMetadata.BRON, "Proef"));
    }

    private static EventMessage<?> benoemd(String regio, long volgnummer, String naam) {
        return new GenericDomainEventMessage<>("Regio", regio, volgnummer,
                new RijksvertegenwoordigerBenoemd(regio, naam, Departement.BZK), metadata());
    }

    private static EventMessage<?> motie(String kamerstuknummer) {
        return new GenericDomainEventMessage<>("Motie", "motie:" + kamerstuknummer, 0,
                new MotieGeregistreerd(kamerstuknummer, "Motie " + kamerstuknummer, List.of("Lid"),
                        LocalDate.of(2025, 2, 1)), metadata());
    }
}
