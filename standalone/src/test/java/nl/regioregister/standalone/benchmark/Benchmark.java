package nl.regioregister.standalone.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedFilter;
import nl.regioregister.query.feed.FeedRegel;
import nl.regioregister.query.feed.FeedRepository;
import com.zaxxer.hikari.HikariDataSource;
import nl.regioregister.standalone.StandaloneApplication;
import nl.regioregister.command.kamer.RegistreerMotie;
import nl.regioregister.command.kamer.VerzetToezeggingstermijn;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.Besluitvorming;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable benchmark of the speed and memory claims: feed page time at depth, the processors' catch-up, the
 * export's memory and the rebuild of the region status. A report, not a test: it asserts no timing, but stops with an
 * error when a request fails or a projection does not catch up. Run it with
 * {@code ./mvnw -B -pl standalone -am verify -Pbenchmark -DskipTests}.
 * <p>
 * Settings (system properties): {@code benchmark.gebeurtenissen} (events to load), {@code benchmark.rapport} (where
 * the report is written), {@code benchmark.maximale-wachttijd} (ISO-8601 duration a phase may take).
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGINA = 100;
    private static final int OPWARMEN = 30;
    private static final int METINGEN = 50;

    private final int aantal = Integer.getInteger("benchmark.gebeurtenissen", 10_000);
    private final Path rapportbestand = Path.of(System.getProperty("benchmark.rapport", "target/benchmark.txt"));
    private final Duration maximaleWachttijd =
            Duration.parse(System.getProperty("benchmark.maximale-wachttijd", "PT30M"));
    private final Duration opwarmen = Duration.parse(System.getProperty("benchmark.opwarmduur", "PT15S"));
    private final Duration meten = Duration.parse(System.getProperty("benchmark.meetduur", "PT20S"));
    private final Duration jitOpwarmen = Duration.parse(System.getProperty("benchmark.jit-opwarmduur", "PT60S"));
    private final List<String> rapport = new ArrayList<>();
    private final List<String> doelen = new ArrayList<>();
    private RuweGrenzen ruw;
    private Werklus.Resultaat ruweInvoeging;
    private Werklus.Resultaat aanmaken;
    private Werklus.Resultaat bijwerken;
    private Connection databasemeting;
    private Werklus.Resultaat ruwLadenEnToevoegen;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ConfigurableApplicationContext app;
    private String basisUrl;

    public static void main(String[] args) {
        int code = 0;
        try {
            new Benchmark().voerUit();
        } catch (Throwable fout) {
            System.err.println("BENCHMARK MISLUKT: " + fout);
            fout.printStackTrace();
            code = 1;
        }
        // The embedded database and the processors' threads would keep the JVM alive.
        System.exit(code);
    }

    private void voerUit() throws Exception {
        Path datamap = Files.createTempDirectory("regioregister-benchmark-");
        try {
            // ports 0: free ones; on a shared machine -Dbenchmark.poort and -Dbenchmark.database-poort pin them
            app = StandaloneApplication.builder().run("--server.port=" + System.getProperty("benchmark.poort", "0"),
                    "--regioregister.ingebouwde-database.poort="
                            + System.getProperty("benchmark.database-poort", "0"),
                    "--regioregister.ingebouwde-database.datamap=" + datamap,
                    "--logging.level.root=WARN", "--logging.level.org.springframework.boot=WARN");
            basisUrl = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            omgeving();
            ruweGrenzen();
            commandos();
            lezenOnderBelasting();
            laadEnHaalIn();
            replay();
            feedlezer();
            feedpaginas();
            export();
            herbouw("regio-status");
            herbouw("besluitenhistorie");
            herbouw("kamer");
            diepeReplay();
            ontleding();
            doelen();
        } finally {
            if (databasemeting != null) {
                databasemeting.close();
            }
            if (app != null) {
                app.close();
            }
            verwijder(datamap);
        }
        schrijfRapport();
    }

    private void omgeving() {
        Runtime runtime = Runtime.getRuntime();
        regel("Regioregister benchmark, " + Instant.now());
        regel("machine: %d processors, Java %s, max heap %d MB, %s", runtime.availableProcessors(),
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        regel("cpu: %s; belasting van de machine bij de start (loadavg): %s", cpu(), loadavg());
        regel("opwarmen %s, meten %s per meting (benchmark.opwarmduur, benchmark.meetduur)", opwarmen, meten);
        regel("gebeurtenissen geladen: %,d (benchmark.gebeurtenissen), synthetisch: ProcesmiddelenToegekend en"
                + " 1 op %d RijksvertegenwoordigerBenoemd, over de 11 NPVR-regio's", aantal, Belasting.BENOEMING_ELKE);
        regel("");
    }

    private static String cpu() {
        try (Stream<String> regels = Files.lines(Path.of("/proc/cpuinfo"))) {
            return regels.filter(r -> r.startsWith("model name")).findFirst()
                    .map(r -> r.substring(r.indexOf(':') + 1).strip()).orElse("onbekend");
        } catch (IOException e) {
            return "onbekend";
        }
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "onbekend";
        }
    }

    // ---- 0. the raw limits of the same PostgreSQL ----

    private void ruweGrenzen() throws Exception {
        HikariDataSource pool = app.getBean(HikariDataSource.class);
        ruw = new RuweGrenzen(pool.getJdbcUrl(), pool.getUsername());
        databasemeting = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), "");
        Processortijd.leesDatabaseMet(this::databasestand);
        regel("POSTGRESQL (zoals de sessies van het register het zien): %s", ruw.instellingen());
        regel("  pool van het register: %d verbindingen (%s)", pool.getMaximumPoolSize(), pool.getPoolName());
        regel("");
        ruw.maakTabel();
        try {
            ruweInvoeging = ruw.enkeleInvoeging(COMMANDO_CLIENTS, opwarmen, meten);
            ruwLadenEnToevoegen = ruw.ladenEnToevoegen(COMMANDO_CLIENTS, opwarmen, meten);
        } finally {
            ruw.verwijderTabel();
        }
        regel("RUWE GRENZEN: gewone JDBC, %d clients elk met een eigen verbinding, duurzame commit", COMMANDO_CLIENTS);
        regel("  een rij per transactie:                 %,8.0f tps, %s; %s", ruweInvoeging.perSeconde(),
                Verdeling.kort(ruweInvoeging.verdeling()), ruweInvoeging.cpuPerHandeling());
        regel("  laatste 10 lezen en 1 toevoegen per tx: %,8.0f tps, %s; %s", ruwLadenEnToevoegen.perSeconde(),
                Verdeling.kort(ruwLadenEnToevoegen.verdeling()), ruwLadenEnToevoegen.cpuPerHandeling());
        regel("");
    }

    // ---- 1. commands over HTTP ----

    private static final int COMMANDO_CLIENTS = 8;
    private static final int LEES_CLIENTS = 32;
    private static final String BESLUIT = "\"besluit\":{\"ingangsdatum\":\"2025-03-05\",\"motivering\":"
            + "\"Besluit uit de benchmark\",\"bron\":\"AB 5 maart 2025, agendapunt 3\"}";

    /** A Kamerstuk number of its own for every client number and every decision of that client. */
    private static String kamerstuk(int client, long nummer) {
        return (10_000 * (client + 1) + nummer / 90_000) + "-" + (nummer % 90_000 + 1);
    }

    private HttpRequest motie(int client, long nummer) {
        String kamerstuk = kamerstuk(client, nummer);
        return post("bzk", "/v1/moties", "{\"kamerstuknummer\":\"" + kamerstuk + "\",\"titel\":\"Motie over een "
                + "langjarige agenda voor regio's\",\"indieners\":[\"Flach\"],\"aangenomenOp\":\"2025-03-05\","
                + BESLUIT + "}");
    }

    /** Promises per client for the update-type measurement, and the deadline moves each has before it starts. */
    private static final int TOEZEGGINGEN_PER_CLIENT = 250;
    private static final int VERZETTINGEN_VOORAF = 9;

    /**
     * The update-type command of the table: an aggregate with about 10 prior events. Each client moves the
     * deadlines of its own {@value #TOEZEGGINGEN_PER_CLIENT} promises in turn, so a promise is changed again only
     * after the client has passed all its others, and no two clients decide on one promise.
     */
    private HttpRequest termijnverzetting(int client, long nummer) {
        String id = toezegging(HTTP, client, (int) (nummer % TOEZEGGINGEN_PER_CLIENT));
        return post("bzk", "/v1/toezeggingen/" + id + "/verzet-termijn", "{\"nieuweTermijn\":\"" + termijn(nummer)
                + "\",\"reden\":\"De brief wacht op het besluit van het kabinet\"," + BESLUIT + "}");
    }

    /** The promises of the update-type measurements: over HTTP, through Besluitvorming, and Axon's store alone. */
    private static final String HTTP = "BM-", BESLUITVORMING = "BM-B-", OPSLAG = "BM-L-";

    private static String toezegging(String reeks, int client, int k) {
        return reeks + client + "-" + k;
    }

    /** A new deadline for the client's next move: 250 apart for one promise, never a multiple of 365 days. */
    private static LocalDate termijn(long nummer) {
        return LocalDate.of(2026, 1, 1).plusDays(nummer % 365);
    }

    /** The promises of the update-type measurement, with their prior events, straight into the event store. */
    private void bereidToezeggingenVoor() throws Exception {
        HttpResponse<byte[]> eerste = http.send(post("bzk", "/v1/toezeggingen",
                "{\"toezeggingId\":\"BM-type\",\"omschrijving\":\"Een toezegging uit de benchmark\","
                        + "\"gedaanIn\":\"Debat over regio's\",\"uiterlijk\":\"2027-01-01\"," + BESLUIT + "}"),
                HttpResponse.BodyHandlers.ofByteArray());
        controleer(eerste.statusCode(), "registratie van een toezegging");
        EventStore eventStore = app.getBean(EventStore.class);
        String type = eventStore.readEvents("toezegging:BM-type").next().getType();
        List<String> ids = new ArrayList<>();
        for (String reeks : List.of(HTTP, BESLUITVORMING, OPSLAG)) {
            for (int client = 0; client < COMMANDO_CLIENTS; client++) {
                for (int k = 0; k < TOEZEGGINGEN_PER_CLIENT; k++) {
                    ids.add(toezegging(reeks, client, k));
                }
            }
        }
        new Belasting(eventStore).laadToezeggingen(type, ids, VERZETTINGEN_VOORAF);
        wachtOpInhalen(verwerkers(), kop(eventStore), Instant.now());
    }

    /** The fewest and the most events of the update-type measurement's promises. */
    private long[] gebeurtenissenPerToezegging() {
        return app.getBean(JdbcClient.class).sql("""
                        SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM domainevententry
                        WHERE aggregateidentifier ~ '^toezegging:BM-[0-9]'
                        GROUP BY aggregateidentifier) AS t""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private HttpRequest post(String gebruiker, String pad, String json) {
        return verzoekBouwer(gebruiker, pad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private void commandos() throws Exception {
        bereidToezeggingenVoor();
        // The whole command path warmed up once, unmeasured, with the processors running: the first measurement
        // would otherwise pay for the compilation the later ones get for free (in a profile of the first command
        // phase the JIT's compiler threads took a quarter of the JVM's CPU).
        Werklus.Resultaat jit = new Belastinggenerator("jit-opwarmen", COMMANDO_CLIENTS,
                (client, nummer) -> motie(client + 3 * COMMANDO_CLIENTS, nummer)).voerUit(Duration.ZERO, jitOpwarmen);
        regel("JIT OPGEWARMD: %s POST /v1/moties, ongemeten, %,.0f/s", jitOpwarmen, jit.perSeconde());
        regel("");
        long[] voor = gebeurtenissenPerToezegging();
        Werklus.Resultaat aanmaken = new Belastinggenerator("registreer-motie", COMMANDO_CLIENTS,
                this::motie).voerUit(opwarmen, meten);
        Werklus.Resultaat bijwerken = new Belastinggenerator("verzet-termijn",
                COMMANDO_CLIENTS, this::termijnverzetting).voerUit(opwarmen, meten);
        long[] na = gebeurtenissenPerToezegging();
        regel("COMMANDO'S over HTTP: %d gesloten-lus-clients (eigen keep-alive-verbinding), als bzk", COMMANDO_CLIENTS);
        regel("  POST /v1/moties (aanmaken):             %,8.1f/s, %s; %.1f%% van een rij per transactie; %s",
                aanmaken.perSeconde(), Verdeling.kort(aanmaken.verdeling()),
                100 * aanmaken.perSeconde() / ruweInvoeging.perSeconde(), aanmaken.cpuPerHandeling());
        regel("  verzet-termijn (%,d toezeggingen met %d tot %d gebeurtenissen vooraf, na de meting %d tot %d): %,8.1f/s,"
                        + " %s; %.1f%% van lezen-en-toevoegen; %s", COMMANDO_CLIENTS * TOEZEGGINGEN_PER_CLIENT,
                voor[0], voor[1], na[0], na[1], bijwerken.perSeconde(), Verdeling.kort(bijwerken.verdeling()),
                100 * bijwerken.perSeconde() / ruwLadenEnToevoegen.perSeconde(), bijwerken.cpuPerHandeling());
        // The same create-type command with every event processor stopped: what the command path costs by itself.
        Map<String, StreamingEventProcessor> verwerkers = verwerkers();
        verwerkers.values().forEach(StreamingEventProcessor::shutDown);
        Werklus.Resultaat zonderVerwerkers;
        try {
            zonderVerwerkers = new Belastinggenerator("registreer-motie-zonder-verwerkers", COMMANDO_CLIENTS,
                    (client, nummer) -> motie(client + COMMANDO_CLIENTS, nummer)).voerUit(opwarmen, meten);
        } finally {
            verwerkers.values().forEach(StreamingEventProcessor::start);
        }
        regel("  POST /v1/moties, alle verwerkers gestopt: %,8.1f/s, %s; %.1f%% van een rij per transactie; %s",
                zonderVerwerkers.perSeconde(), Verdeling.kort(zonderVerwerkers.verdeling()),
                100 * zonderVerwerkers.perSeconde() / ruweInvoeging.perSeconde(), zonderVerwerkers.cpuPerHandeling());
        regel("");
        regel("");
        this.aanmaken = aanmaken;
        this.bijwerken = bijwerken;
        doel("aanmaken, 8 clients", String.format(Locale.ROOT, "%.0f/s = %.1f%% van %.0f tps; p99 %.1f ms",
                        aanmaken.perSeconde(), 100 * aanmaken.perSeconde() / ruweInvoeging.perSeconde(),
                        ruweInvoeging.perSeconde(), Verdeling.ms(aanmaken.verdeling(), 99)),
                "≥ 25%, p99 ≤ 25 ms", aanmaken.perSeconde() >= 0.25 * ruweInvoeging.perSeconde()
                        && Verdeling.ms(aanmaken.verdeling(), 99) <= 25);
        doel("bijwerken, 8 clients", String.format(Locale.ROOT, "%.0f/s = %.1f%% van %.0f tps",
                        bijwerken.perSeconde(), 100 * bijwerken.perSeconde() / ruwLadenEnToevoegen.perSeconde(),
                        ruwLadenEnToevoegen.perSeconde()), "≥ 35%",
                bijwerken.perSeconde() >= 0.35 * ruwLadenEnToevoegen.perSeconde());
    }

    /** Where the database's writing stands, read on a connection of its own (see {@link Processortijd}). */
    private synchronized Processortijd.Database databasestand() {
        try (Statement sql = databasemeting.createStatement(); ResultSet rs = sql.executeQuery(
                "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint, pg_current_wal_lsn() - '0/0'::pg_lsn")) {
            rs.next();
            return new Processortijd.Database(rs.getLong(1), rs.getLong(2));
        } catch (SQLException onleesbaar) {
            return Processortijd.Database.ONBEKEND;
        }
    }

    /**
     * At the end of the run, with every processor stopped and the other workers that follow the event store (the
     * integrity tree's writer, the webhook deliverer) stopped too, so that nothing but the measured layer runs: the
     * layers under {@code POST /v1/moties} one by one, each by the same {@value #COMMANDO_CLIENTS} closed-loop
     * clients, the raw limits measured again beside them. Axon's event store appending one new aggregate's event per
     * transaction (what every create-type command appends, without the command bus); the decision itself sent through
     * {@code Besluitvorming} as the controller sends it, without HTTP (command bus, authority, aggregate, idempotency,
     * append, the answer); the HTTP stack answering an authenticated request that does no work; the whole command.
     * Then the same for the update type. At the end, so that the events they append (hundreds of thousands) weigh on
     * no other measurement.
     */
    private void ontleding() throws Exception {
        verwerkers().values().forEach(StreamingEventProcessor::shutDown);
        List<SmartLifecycle> volgers = Stream.of(app.getBeanNamesForType(SmartLifecycle.class))
                .map(naam -> app.getBean(naam, SmartLifecycle.class))
                .filter(b -> Set.of("Integriteitsplanner", "Bezorger").contains(b.getClass().getSimpleName()))
                .toList();
        volgers.forEach(SmartLifecycle::stop);
        ruw.maakTabel();
        Werklus.Resultaat ruwAanmaken;
        Werklus.Resultaat ruwBijwerken;
        try {
            ruwAanmaken = ruw.enkeleInvoeging(COMMANDO_CLIENTS, opwarmen, meten);
            ruwBijwerken = ruw.ladenEnToevoegen(COMMANDO_CLIENTS, opwarmen, meten);
        } finally {
            ruw.verwijderTabel();
        }
        regel("ONTLEDING VAN HET AANMAKEN: %d clients, aan het eind van de run, alle verwerkers, de schrijver van de"
                + " integriteitsboom en de webhookbezorger gestopt; laag voor laag van de database naar HTTP. CPU per"
                + " handeling: CPU-tijd van de hele machine (PostgreSQL en de clients inbegrepen), van Tomcats draden,"
                + " van de clients en van de rest van deze JVM, gedeeld door het aantal (%d processors: hoogstens %,d ms"
                + " CPU per seconde); schrijvende transacties en WAL per handeling uit PostgreSQL", COMMANDO_CLIENTS,
                Runtime.getRuntime().availableProcessors(), 1000 * Runtime.getRuntime().availableProcessors());
        ontleedAanmaken(ruwAanmaken);
        regel("ONTLEDING VAN HET BIJWERKEN: idem, op toezeggingen met 10 gebeurtenissen vooraf (elke reeks de zijne)");
        ontleedBijwerken(ruwBijwerken);
        regel("");
    }

    private static final BesluitGegevens ONTLEDINGSBESLUIT = new BesluitGegevens(LocalDate.of(2025, 3, 5),
            "Besluit uit de benchmark", "AB 5 maart 2025, agendapunt 3");

    /** The create type: Axon's store appending, the decision without HTTP, HTTP without work, the whole command. */
    private void ontleedAanmaken(Werklus.Resultaat ruwAanmaken) throws Exception {
        EventStore eventStore = app.getBean(EventStore.class);
        Belasting belasting = new Belasting(eventStore);
        String toezeggingType = eventStore.readEvents("toezegging:BM-type").next().getType();
        Werklus.Resultaat opslag = new Werklus("axon-opslag", COMMANDO_CLIENTS, client -> nummer -> {
            eventStore.publish(belasting.nieuweToezegging(toezeggingType, "BM-O-" + client + "-" + nummer));
            return null;
        }).voerUit(opwarmen, meten);
        Besluitvorming besluitvorming = app.getBean(Besluitvorming.class);
        Werklus.Resultaat besluiten = new Werklus("besluitvorming", COMMANDO_CLIENTS, client -> nummer -> {
            RegistreerMotie motie = new RegistreerMotie(kamerstuk(client + 4 * COMMANDO_CLIENTS, nummer),
                    "Motie over een langjarige agenda voor regio's", List.of("Flach"), LocalDate.of(2025, 3, 5));
            besluitvorming.neem(motie.aggregaatId(), motie, ONTLEDINGSBESLUIT, "bzk", "BZK", "BZK");
            return null;
        }).voerUit(opwarmen, meten);
        Werklus.Resultaat leeg = new Belastinggenerator("http-zonder-werk", COMMANDO_CLIENTS,
                (client, nummer) -> verzoek("bzk", "/actuator/health/liveness")).voerUit(opwarmen, meten);
        Werklus.Resultaat overHttp = new Belastinggenerator("registreer-motie-ontleding", COMMANDO_CLIENTS,
                (client, nummer) -> motie(client + 5 * COMMANDO_CLIENTS, nummer)).voerUit(opwarmen, meten);
        ontleed("een rij per transactie, gewone JDBC", ruwAanmaken, ruwAanmaken);
        ontleed("Axons event store alleen: 1 gebeurtenis per transactie", opslag, ruwAanmaken);
        ontleed("besluit via Besluitvorming, zonder HTTP (commandobus, aggregaat)", besluiten, ruwAanmaken);
        ontleed("HTTP zonder werk: GET /actuator/health/liveness als bzk", leeg, ruwAanmaken);
        ontleed("POST /v1/moties", overHttp, ruwAanmaken);
        ontleed("POST /v1/moties met de verwerkers (eerder in de run)", aanmaken, ruweInvoeging);
    }

    /**
     * The update type: a promise of about ten events read (deserialised, as loading an aggregate does) and one
     * appended after them in one transaction, in Axon's store alone; then the decision through Besluitvorming.
     */
    private void ontleedBijwerken(Werklus.Resultaat ruwBijwerken) throws Exception {
        EventStore eventStore = app.getBean(EventStore.class);
        Belasting belasting = new Belasting(eventStore);
        String toezeggingType = eventStore.readEvents("toezegging:BM-type").next().getType();
        TransactionManager transacties = app.getBean(TransactionManager.class);
        Werklus.Resultaat opslag = new Werklus("axon-laden-en-toevoegen", COMMANDO_CLIENTS, client -> nummer -> {
            String id = toezegging(OPSLAG, client, (int) (nummer % TOEZEGGINGEN_PER_CLIENT));
            transacties.executeInTransaction(() -> {
                DomainEventStream stroom = eventStore.readEvents("toezegging:" + id);
                long laatste = -1;
                while (stroom.hasNext()) {
                    DomainEventMessage<?> gebeurtenis = stroom.next();
                    gebeurtenis.getPayload();
                    laatste = gebeurtenis.getSequenceNumber();
                }
                eventStore.publish(belasting.termijnVerzet(toezeggingType, id, laatste + 1, termijn(nummer)));
            });
            return null;
        }).voerUit(opwarmen, meten);
        Besluitvorming besluitvorming = app.getBean(Besluitvorming.class);
        Werklus.Resultaat besluiten = new Werklus("besluitvorming-bijwerken", COMMANDO_CLIENTS, client -> nummer -> {
            VerzetToezeggingstermijn verzetting = new VerzetToezeggingstermijn(toezegging(BESLUITVORMING, client,
                    (int) (nummer % TOEZEGGINGEN_PER_CLIENT)), termijn(nummer),
                    "De brief wacht op het besluit van het kabinet");
            besluitvorming.neem(verzetting.aggregaatId(), verzetting, ONTLEDINGSBESLUIT, "bzk", "BZK", "BZK");
            return null;
        }).voerUit(opwarmen, meten);
        ontleed("laatste 10 lezen en 1 toevoegen, gewone JDBC", ruwBijwerken, ruwBijwerken);
        ontleed("Axons event store alleen: 10 lezen en 1 toevoegen per transactie", opslag, ruwBijwerken);
        ontleed("verzet-termijn via Besluitvorming, zonder HTTP", besluiten, ruwBijwerken);
        ontleed("verzet-termijn over HTTP met de verwerkers (eerder in de run)", bijwerken, ruwLadenEnToevoegen);
    }

    /** One layer: its rate as a share of the raw limit measured beside it, its latencies, its cost. */
    private void ontleed(String wat, Werklus.Resultaat r, Werklus.Resultaat ruw) {
        regel("  %-64s %,7.0f/s = %5.1f%%, %s; %s", wat + ":", r.perSeconde(), 100 * r.perSeconde() / ruw.perSeconde(),
                Verdeling.kort(r.verdeling()), r.cpuPerHandeling());
    }

    /**
     * 32 clients read region statuses while 4 clients decide at half the create-type target rate; after each of its
     * decisions the first of them asks the status with {@code minimalePositie} of its answer: the time from
     * acknowledgement until the status shows it is the projection lag (one HTTP round trip included). The other three
     * keep the rate.
     */
    private void lezenOnderBelasting() throws Exception {
        // The processors first take in what the command phases left (the update-type phase decides faster than the
        // processors follow while it runs): the lag is measured under this phase's load, not the previous backlog.
        Instant inhalen = Instant.now();
        wachtOpInhalen(verwerkers(), kop(app.getBean(EventStore.class)), inhalen);
        regel("INGEHAALD VOOR HET LEZEN: wat de commandofasen achterlieten, in %.1f s",
                Duration.between(inhalen, Instant.now()).toMillis() / 1000.0);
        regel("");
        // What the same 32 clients get without decisions beside them: from the HTTP stack answering without work,
        // and from the status read alone.
        Werklus.Resultaat leeg = new Belastinggenerator("http-zonder-werk", LEES_CLIENTS,
                (client, nummer) -> verzoek("bzk", "/actuator/health/liveness")).voerUit(opwarmen, meten);
        Werklus.Resultaat alleenLezen = new Belastinggenerator("status-alleen", LEES_CLIENTS, this::status)
                .voerUit(opwarmen, meten);
        double commandoTempo = 0.125 * ruweInvoeging.perSeconde();
        Gemengd inProces = gemengd(commandoTempo, 2 * COMMANDO_CLIENTS, () -> leesmeting(
                new Belastinggenerator("status-lezen", LEES_CLIENTS, this::status).voerUit(opwarmen, meten)));
        String inlog = "Basic " + Base64.getEncoder().encodeToString("bzk:bzk".getBytes(StandardCharsets.UTF_8));
        List<String> statuspaden = Belasting.REGIOS.stream().map(regio -> "/v1/regios/" + regio + "/status").toList();
        // The same mix with wrk as the readers. The in-process clients cost about a quarter of a processor at a
        // thousand reads a second, on the two processors the server needs, and beside them the kernel let runnable
        // PostgreSQL backends wait up to two seconds (docs/benchmarks.md, "The lag and PostgreSQL's stalls").
        Gemengd metWrk = Wrk.geinstalleerd()
                ? gemengd(commandoTempo, 2 * COMMANDO_CLIENTS + 4,
                        () -> Wrk.meet(basisUrl, inlog, statuspaden, LEES_CLIENTS, opwarmen, meten))
                : null;
        regel("LEZEN ONDER BELASTING: %d clients GET /v1/regios/{id}/status, terwijl 4 clients besluiten op %.0f/s"
                + " (de helft van 25%% van een rij per transactie)", LEES_CLIENTS, commandoTempo);
        regel("  lezers in deze JVM:");
        rapporteer(inProces);
        if (metWrk != null) {
            regel("  lezers van wrk, een load generator buiten deze JVM (%d verbindingen), dezelfde 4 besluitende"
                    + " clients:", LEES_CLIENTS);
            rapporteer(metWrk);
        } else {
            regel("  (wrk is niet geïnstalleerd: de doelen voor het lezen en de achterstand gelden de lezers in deze"
                    + " JVM)");
        }
        regel("  ter vergelijking, zonder besluiten ernaast:");
        regel("    GET /v1/regios/{id}/status alleen:                     %,8.1f/s, %s; %s", alleenLezen.perSeconde(),
                Verdeling.kort(alleenLezen.verdeling()), alleenLezen.cpuPerHandeling());
        regel("    HTTP zonder werk, GET /actuator/health/liveness als bzk: %,8.1f/s, %s; %s", leeg.perSeconde(),
                Verdeling.kort(leeg.verdeling()), leeg.cpuPerHandeling());
        if (metWrk != null) {
            Duration kort = Duration.ofSeconds(5);
            Wrk.Uitkomst wrkStatus = Wrk.meet(basisUrl, inlog, statuspaden, LEES_CLIENTS, kort, meten);
            Wrk.Uitkomst wrkLeeg = Wrk.meet(basisUrl, inlog, List.of("/actuator/health/liveness"), LEES_CLIENTS, kort,
                    meten);
            regel("  idem met wrk, %d verbindingen:", LEES_CLIENTS);
            regel("    GET /v1/regios/{id}/status alleen:                     %s", wrkStatus.kort());
            regel("    HTTP zonder werk, GET /actuator/health/liveness als bzk: %s", wrkLeeg.kort());
        }
        double msPerBesluit = 1000 * aanmaken.cpu().machine() / aanmaken.aantal();
        regel("  (gevraagd %.0f besluiten/s: bij %.2f ms CPU van de machine per aanmaken met de verwerkers, hierboven"
                + " gemeten, vraagt dat alleen al %.1f van de %d processors)", commandoTempo, msPerBesluit,
                commandoTempo * msPerBesluit / 1000, Runtime.getRuntime().availableProcessors());
        regel("");
        // The targets are judged on wrk's readers when it is installed (the tool, outside the JVM); the
        // in-process readers stay beside them in the table.
        doelen(inProces, "lezers in deze JVM" + (metWrk != null ? ", ter vergelijking" : ""), commandoTempo);
        if (metWrk != null) {
            doelen(metWrk, "lezers van wrk", commandoTempo);
        }
    }

    /** The in-process readers' result in the shape of wrk's, so that both are reported and judged alike. */
    private static Wrk.Uitkomst leesmeting(Werklus.Resultaat lezen) {
        org.HdrHistogram.Histogram verdeling = lezen.verdeling();
        return new Wrk.Uitkomst(lezen.perSeconde(), Verdeling.ms(verdeling, 50), Verdeling.ms(verdeling, 99),
                Verdeling.ms(verdeling, 99.9), verdeling.getMaxValue() / 1e6);
    }

    /** One mixed measurement: the reads, the decisions beside them, and their lag. */
    private record Gemengd(Wrk.Uitkomst lezen, Werklus.Resultaat besluiten, org.HdrHistogram.Histogram achterstand,
                           long verouderd) {
    }

    private void rapporteer(Gemengd gemengd) {
        regel("    lezen:     %s", gemengd.lezen().kort());
        regel("    besluiten: %,8.1f/s gehaald, %s", gemengd.besluiten().perSeconde(),
                Verdeling.kort(gemengd.besluiten().verdeling()));
        regel("    achterstand bevestigd -> zichtbaar in de status (minimalePositie, inclusief een HTTP-rondgang,"
                        + " wacht hoogstens 5 s): %s; %d keer nog verouderd na de wachttijd, over %d metingen"
                        + " (opwarmen inbegrepen)", Verdeling.kort(gemengd.achterstand()), gemengd.verouderd(),
                gemengd.achterstand().getTotalCount());
    }

    private void doelen(Gemengd gemengd, String lezers, double commandoTempo) {
        Wrk.Uitkomst lezen = gemengd.lezen();
        doel("lezen p99 / p99.9, 32 clients (" + lezers + ")", String.format(Locale.ROOT,
                        "%.1f / %.1f ms (besluiten %.0f/s van %.0f/s)", lezen.p99(), lezen.p999(),
                        gemengd.besluiten().perSeconde(), commandoTempo), "≤ 25 / 100 ms",
                lezen.p99() <= 25 && lezen.p999() <= 100);
        double lag = Verdeling.ms(gemengd.achterstand(), 99);
        doel("achterstand van de status (" + lezers + ")", String.format(Locale.ROOT, "p99 %.1f ms", lag),
                "p99 ≤ 500 ms", lag <= 500);
    }

    /**
     * The readers run while 4 clients decide at the given rate, the first of them timing each decision's lag. The
     * deciding clients are numbered from {@code eersteClient}, so that each measurement registers moties of its own.
     */
    private Gemengd gemengd(double commandoTempo, int eersteClient, Callable<Wrk.Uitkomst> lezers)
            throws Exception {
        Verdeling achterstand = new Verdeling();
        AtomicLong verouderd = new AtomicLong();
        // Create-type decisions (moties) on clients of their own: decisions on the eleven regions would grow their
        // statuses with every appointment, and a region with thousands of decisions is not what is read in practice.
        // The status projection's position passes every event, so the wait measures its lag all the same.
        Belastinggenerator commandos = new Belastinggenerator("besluiten-op-halve-snelheid", 4,
                (client, nummer) -> motie(eersteClient + client, nummer))
                .tempo(commandoTempo).naElkAntwoord((client, antwoord, http) -> {
                    if (client != 0) {
                        return;
                    }
                    long begin = System.nanoTime();
                    JsonNode besluit = JSON.readTree(antwoord.body());
                    String regio = Belasting.REGIOS.get(6);
                    HttpResponse<Void> status = http.send(verzoek("bzk", "/v1/regios/" + regio
                            + "/status?minimalePositie=" + besluit.path("positie").asLong()),
                            HttpResponse.BodyHandlers.discarding());
                    controleer(status.statusCode(), "status van " + regio);
                    if (status.headers().firstValue("Projectie-Verouderd").isPresent()) {
                        verouderd.incrementAndGet();
                    }
                    achterstand.neemOp(System.nanoTime() - begin);
                });
        AtomicReference<Werklus.Resultaat> besluiten = new AtomicReference<>();
        Thread schrijvers = new Thread(() -> {
            try {
                besluiten.set(commandos.voerUit(opwarmen, meten));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "schrijvers");
        schrijvers.start();
        Wrk.Uitkomst lezen = lezers.call();
        schrijvers.join();
        if (besluiten.get() == null) {
            throw new IllegalStateException("de besluiten tijdens het lezen mislukten");
        }
        return new Gemengd(lezen, besluiten.get(), achterstand.sindsVorige(), verouderd.get());
    }

    /** A region's status, the regions in turn, each client starting at a region of its own. */
    private HttpRequest status(int client, long nummer) {
        return verzoek("bzk", "/v1/regios/" + Belasting.REGIOS.get((int) ((client + nummer) % Belasting.REGIOS.size()))
                + "/status");
    }

    // ---- replay: the event store read by a no-op reader vs the raw keyset read ----

    private void replay() throws Exception {
        RuweGrenzen.Meting keyset = ruw.keysetLezing(1000);
        EventStore eventStore = app.getBean(EventStore.class);
        long kop = kop(eventStore);
        double vanafNul = leesStroom(eventStore, null, kop);
        double nogmaals = leesStroom(eventStore, null, kop);
        regel("REPLAY: de hele event store (%,d gebeurtenissen) gelezen", keyset.aantal());
        regel("  ruwe JDBC-keyset-lezing, pagina's van 1000:        %,9.0f gebeurtenissen/s (pagina %s)",
                keyset.perSeconde(), Verdeling.kort(keyset.verdeling()));
        regel("  Axon-stroom (EventStore.openStream) met een no-op: %,9.0f en %,9.0f gebeurtenissen/s; %.0f%% van ruw",
                vanafNul, nogmaals, 100 * Math.max(vanafNul, nogmaals) / keyset.perSeconde());
        regel("");
        doel("replay met no-op", String.format(Locale.ROOT, "%.0f/s = %.0f%% van %.0f/s", Math.max(vanafNul, nogmaals),
                        100 * Math.max(vanafNul, nogmaals) / keyset.perSeconde(), keyset.perSeconde()), "≥ 30%",
                Math.max(vanafNul, nogmaals) >= 0.3 * keyset.perSeconde());
    }

    private static double leesStroom(EventStore eventStore, TrackingToken vanaf, long kop) throws Exception {
        long begin = System.nanoTime();
        long aantal = 0;
        try (BlockingStream<TrackedEventMessage<?>> stroom = eventStore.openStream(vanaf)) {
            while (true) {
                TrackedEventMessage<?> bericht = stroom.nextAvailable();
                aantal++;
                if (bericht.trackingToken().position().orElse(0) >= kop) {
                    break;
                }
            }
        }
        return aantal / seconden(begin);
    }

    // ---- the feed read by one consumer, pages of 1000 ----

    private void feedlezer() throws Exception {
        long kop = kopVanDeFeed();
        List<Double> eerste = new ArrayList<>();
        List<Double> laatste = new ArrayList<>();
        long begin = System.nanoTime();
        long gelezen = 0;
        long na = 0;
        int paginas = 0;
        while (na < kop) {
            long paginaBegin = System.nanoTime();
            JsonNode pagina = get("integrator", "/v1/events?na=" + na + "&limit=1000");
            double ms = (System.nanoTime() - paginaBegin) / 1e6;
            if (pagina.size() == 0) {
                throw new IllegalStateException("lege feedpagina na " + na + " voor de kop " + kop);
            }
            long volgend = Long.parseLong(pagina.get(pagina.size() - 1).path("sequence").asText());
            if (volgend != na + pagina.size()) {
                throw new IllegalStateException("feed niet dicht na " + na + ": tot " + volgend);
            }
            gelezen += pagina.size();
            na = volgend;
            if (paginas++ < 5) {
                eerste.add(ms);
            }
            if (pagina.size() == 1000 && na > kop - 5000) {
                laatste.add(ms);
            }
        }
        double duur = seconden(begin);
        regel("FEED: een lezer, GET /v1/events?na={p}&limit=1000 van 0 tot de kop (%,d)", kop);
        regel("  %,d gebeurtenissen in %.1f s: %,.0f gebeurtenissen/s", gelezen, duur, gelezen / duur);
        regel("  paginatijd, mediaan van de eerste 5: %.1f ms; van de laatste 5 volle: %.1f ms; verhouding %.2f",
                percentiel(eerste, 50), percentiel(laatste, 50), percentiel(laatste, 50) / percentiel(eerste, 50));
        regel("");
        doel("feed, een lezer, pagina's van 1000", String.format(Locale.ROOT, "%.0f/s; laatste/eerste %.2f",
                        gelezen / duur, percentiel(laatste, 50) / percentiel(eerste, 50)),
                "≥ 30.000/s; ≤ 1,2", gelezen / duur >= 30_000 && percentiel(laatste, 50) <= 1.2 * percentiel(eerste, 50));
    }

    // ---- the table of the targets ----

    private void doel(String wat, String gemeten, String doel, boolean gehaald) {
        doelen.add(String.format(Locale.ROOT, "| %s | %s | %s | %s |", wat, gemeten, doel,
                gehaald ? "gehaald" : "niet gehaald"));
    }

    private void doelen() {
        regel("DOELEN (verhoudingen uit deze ene run)");
        regel("| meting | gemeten | doel | |");
        regel("|---|---|---|---|");
        doelen.forEach(d -> regel("%s", d));
    }

    // ---- 1a. loading and the processors' catch-up ----

    /**
     * Catch-up, twice over: first every processor started at once after a load (the four projections and the feed
     * then share the machine's cores, as they do in a running register), then each processor alone after a load of
     * its own (its own rate, comparable with its rebuild, which also runs alone). The target is judged on the second.
     */
    private void laadEnHaalIn() throws IOException, InterruptedException {
        EventStore eventStore = app.getBean(EventStore.class);
        Map<String, StreamingEventProcessor> verwerkers = verwerkers();
        wachtOpInhalen(verwerkers, kop(eventStore), Instant.now());
        Belasting belasting = new Belasting(eventStore);

        // Processors stopped while loading, so that their catch-up is measured apart from the appending.
        verwerkers.values().forEach(StreamingEventProcessor::shutDown);
        long voor = kop(eventStore);
        long begin = System.nanoTime();
        belasting.laad(aantal);
        double laadduur = seconden(begin);
        long kop = kop(eventStore);
        regel("LADEN: %,d gebeurtenissen in %.1f s (%,.0f/s) rechtstreeks in de event store, batches van %d",
                aantal, laadduur, aantal / laadduur, Belasting.BATCH);

        Instant start = Instant.now();
        verwerkers.values().forEach(StreamingEventProcessor::start);
        Map<String, Inhaal> samen = inhalen(verwerkers, voor, kop, start);
        long aantalSamen = kop - voor;
        regel("");
        regel("INHALEN, ALLE VERWERKERS TEGELIJK gestart na het laden, tot positie %,d (%,d nieuwe gebeurtenissen);"
                + " opstart = van start() tot de eerste voortgang, doorvoer = van daar tot de kop", kop, aantalSamen);
        samen.forEach((naam, inhaal) -> regel("  %-22s opstart %4.1f s, klaar na %4.1f s: %,8.0f/s met opstart,"
                        + " doorvoer %,8.0f/s%s", naam, inhaal.eersteVoortgang().toMillis() / 1000.0,
                inhaal.klaar().toMillis() / 1000.0, inhaal.tempo(aantalSamen), inhaal.doorvoer(aantalSamen),
                naam.equals("cloudevents-feed") ? "  (de feed nummert ze)" : ""));
        double laatste = samen.values().stream().mapToLong(i -> i.klaar().toMillis()).max().orElse(1) / 1000.0;
        regel("  samen: %d x %,d gebeurtenissen in %.1f s: %,.0f verwerkingen/s over %d processors", samen.size(),
                aantalSamen, laatste, samen.size() * aantalSamen / laatste, Runtime.getRuntime().availableProcessors());

        regel("INHALEN, IEDERE VERWERKER ALLEEN: de andere gestopt, na een eigen lading van %,d gebeurtenissen",
                aantal);
        for (Map.Entry<String, StreamingEventProcessor> verwerker : verwerkers.entrySet()) {
            verwerkers.values().forEach(StreamingEventProcessor::shutDown);
            long van = kop(eventStore);
            belasting.laad(aantal);
            long tot = kop(eventStore);
            Instant alleenStart = Instant.now();
            verwerker.getValue().start();
            Inhaal inhaal = inhalen(Map.of(verwerker.getKey(), verwerker.getValue()), van, tot, alleenStart)
                    .get(verwerker.getKey());
            regel("  %-22s opstart %4.1f s, klaar na %4.1f s: %,8.0f/s met opstart, doorvoer %,8.0f/s",
                    verwerker.getKey(), inhaal.eersteVoortgang().toMillis() / 1000.0,
                    inhaal.klaar().toMillis() / 1000.0, inhaal.tempo(tot - van), inhaal.doorvoer(tot - van));
            doel("inhalen " + verwerker.getKey() + " (alleen, doorvoer)", String.format(Locale.ROOT,
                            "%.0f/s (met opstart %.0f/s; alle tegelijk %.0f/s)", inhaal.doorvoer(tot - van),
                            inhaal.tempo(tot - van), samen.get(verwerker.getKey()).doorvoer(aantalSamen)),
                    "≥ 12.000/s", inhaal.doorvoer(tot - van) >= 12_000);
            // the others catch up too, unmeasured, before the next one is measured
            verwerkers.values().forEach(StreamingEventProcessor::start);
            wachtOpInhalen(verwerkers, tot, Instant.now());
        }

        long dodeBrieven = get("beheer", "/v1/beheer/dode-brieven").findValues("aantal").stream()
                .mapToLong(JsonNode::asLong).sum();
        if (dodeBrieven > 0) {
            throw new IllegalStateException(dodeBrieven + " dode brieven na het inhalen");
        }
        long feed = kopVanDeFeed();
        long opgeslagen = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
        if (feed != opgeslagen) {
            throw new IllegalStateException("de feed telt " + feed + " gebeurtenissen, de event store " + opgeslagen);
        }
        regel("  dode brieven: 0; feed: %,d gebeurtenissen, even veel als in de event store", feed);
        regel("");
    }

    /**
     * Deep replay: the event store is filled to {@code benchmark.diepte} events (default 1,000,000) with one gap (a
     * global index taken and never used, as a transaction that rolled back leaves it), and read through Axon's stream
     * from a token just after the gap that still counts the gap as missing, against the same number of events read
     * from the start. Last, with every processor stopped: they would otherwise catch up the million.
     */
    private void diepeReplay() throws Exception {
        long diepte = Long.getLong("benchmark.diepte", 1_000_000L);
        EventStore eventStore = app.getBean(EventStore.class);
        verwerkers().values().forEach(StreamingEventProcessor::shutDown);
        Belasting belasting = new Belasting(eventStore);
        long stuk = Math.min(METEN_IN_DE_DIEPTE, diepte / 2);
        long begin = System.nanoTime();
        long voor = kop(eventStore);
        while (kop(eventStore) < diepte - stuk - 1) {
            belasting.laad((int) Math.min(100_000, diepte - stuk - 1 - kop(eventStore)));
        }
        long gat = app.getBean(JdbcClient.class).sql("SELECT nextval('domain_event_global_index_seq')")
                .query(Long.class).single();
        belasting.laad((int) stuk);
        long kop = kop(eventStore);
        regel("DIEPE REPLAY: %,d gebeurtenissen bijgeladen in %.0f s tot %,d, met een gat op %,d", kop - voor,
                seconden(begin), kop, gat);
        GapAwareTrackingToken naHetGat = GapAwareTrackingToken.newInstance(gat + 1, Set.of(gat));
        long aantalGelezen = kop - (gat + 1);
        double vanafNul = leesAantal(eventStore, null, aantalGelezen);
        double inDeDiepte = leesAantal(eventStore, naHetGat, aantalGelezen);
        double vanafNul2 = leesAantal(eventStore, null, aantalGelezen);
        double inDeDiepte2 = leesAantal(eventStore, naHetGat, aantalGelezen);
        double nul = Math.max(vanafNul, vanafNul2);
        double diep = Math.max(inDeDiepte, inDeDiepte2);
        regel("  Axon-stroom, no-op, %,d gebeurtenissen: vanaf 0 %,.0f en %,.0f/s; vanaf %,d met het gat in het token"
                        + " %,.0f en %,.0f/s; verhouding %.2f", aantalGelezen, vanafNul, vanafNul2, gat + 1, inDeDiepte,
                inDeDiepte2, diep / nul);
        regel("");
        doel("diepe replay, " + String.format(Locale.ROOT, "%,d", kop) + " gebeurtenissen, gat in het token",
                String.format(Locale.ROOT, "%.0f/s tegen %.0f/s vanaf 0 = %.0f%%", diep, nul, 100 * diep / nul),
                "≥ 80%", diep >= 0.8 * nul);
    }

    private static final long METEN_IN_DE_DIEPTE = 100_000;

    /** Reads {@code aantal} events through Axon's stream after {@code vanaf}, doing nothing with them. */
    private static double leesAantal(EventStore eventStore, TrackingToken vanaf, long aantal) throws Exception {
        long begin = System.nanoTime();
        long gelezen = 0;
        try (BlockingStream<TrackedEventMessage<?>> stroom = eventStore.openStream(vanaf)) {
            while (gelezen < aantal) {
                stroom.nextAvailable();
                gelezen++;
            }
        }
        return gelezen / seconden(begin);
    }

    private Map<String, StreamingEventProcessor> verwerkers() {
        Map<String, StreamingEventProcessor> verwerkers = new LinkedHashMap<>();
        app.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((naam, verwerker) -> {
            if (verwerker instanceof StreamingEventProcessor stromend) {
                verwerkers.put(naam, stromend);
            }
        });
        if (verwerkers.isEmpty()) {
            throw new IllegalStateException("geen streaming event processors gevonden");
        }
        return verwerkers;
    }

    private static long kop(EventStore eventStore) {
        return eventStore.createHeadToken().position().orElse(0);
    }

    /** Waits until every processor's token is at the head; answers how long each took from the start. */
    private Map<String, Duration> wachtOpInhalen(Map<String, StreamingEventProcessor> verwerkers, long kop,
                                                 Instant start) throws InterruptedException {
        Map<String, Duration> klaar = new LinkedHashMap<>();
        inhalen(verwerkers, -1, kop, start).forEach((naam, inhaal) -> klaar.put(naam, inhaal.klaar()));
        return klaar;
    }

    /**
     * How a processor caught up from {@code van} to {@code kop}: the time from its start until its position first moved
     * past {@code van} (claiming its token, opening its stream, its first batch), and until it reached the head.
     */
    private record Inhaal(Duration eersteVoortgang, Duration klaar) {
        /** Events per second over the whole catch-up, start-up included. */
        double tempo(long aantal) {
            return aantal / Math.max(0.001, klaar.toNanos() / 1e9);
        }

        /** Events per second from the first progress to the head: the processor's own throughput. */
        double doorvoer(long aantal) {
            return aantal / Math.max(0.001, klaar.minus(eersteVoortgang).toNanos() / 1e9);
        }
    }

    private Map<String, Inhaal> inhalen(Map<String, StreamingEventProcessor> verwerkers, long van, long kop,
                                        Instant start) throws InterruptedException {
        Map<String, Inhaal> ingehaald = new LinkedHashMap<>();
        Map<String, Duration> eersteVoortgang = new LinkedHashMap<>();
        Map<String, Instant> foutSinds = new LinkedHashMap<>();
        Instant uiterlijk = start.plus(maximaleWachttijd);
        while (ingehaald.size() < verwerkers.size()) {
            for (Map.Entry<String, StreamingEventProcessor> verwerker : verwerkers.entrySet()) {
                String naam = verwerker.getKey();
                if (ingehaald.containsKey(naam)) {
                    continue;
                }
                Map<Integer, EventTrackerStatus> status = verwerker.getValue().processingStatus();
                long positie = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
                if (!status.isEmpty() && positie > van) {
                    eersteVoortgang.putIfAbsent(naam, Duration.between(start, Instant.now()));
                }
                if (!status.isEmpty() && positie >= kop) {
                    Duration duur = Duration.between(start, Instant.now());
                    ingehaald.put(naam, new Inhaal(eersteVoortgang.getOrDefault(naam, duur), duur));
                }
                if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                    Instant sinds = foutSinds.computeIfAbsent(naam, n -> Instant.now());
                    if (Duration.between(sinds, Instant.now()).toSeconds() > 60) {
                        throw new IllegalStateException("verwerker " + naam + " staat al een minuut in fout: "
                                + status.values().stream().map(EventTrackerStatus::getError).toList());
                    }
                } else {
                    foutSinds.remove(naam);
                }
            }
            if (Instant.now().isAfter(uiterlijk)) {
                List<String> achter = verwerkers.keySet().stream().filter(n -> !ingehaald.containsKey(n)).toList();
                throw new IllegalStateException("niet ingehaald binnen " + maximaleWachttijd + ": " + achter);
            }
            Thread.sleep(10);
        }
        return ingehaald;
    }

    // ---- 1b. feed pages at depth ----

    private void feedpaginas() throws Exception {
        long kop = kopVanDeFeed();
        FeedRepository feed = app.getBean(FeedRepository.class);
        CloudEvents cloudEvents = app.getBean(CloudEvents.class);
        Map<String, Long> diepten = new LinkedHashMap<>();
        diepten.put("begin", 0L);
        diepten.put("midden", kop / 2);
        diepten.put("kop - 100", kop - PAGINA);
        for (int i = 0; i < OPWARMEN; i++) {
            for (long na : diepten.values()) {
                feedpagina(na);
                vraag("integrator", "/v1/events?na=" + kop + "&limit=" + PAGINA);
            }
        }
        Map<String, List<Double>> http = new LinkedHashMap<>();
        Map<String, List<Double>> vraag = new LinkedHashMap<>();
        Map<String, List<Double>> vraagEnCloudEvents = new LinkedHashMap<>();
        List<Double> leeg = new ArrayList<>();
        diepten.keySet().forEach(d -> {
            http.put(d, new ArrayList<>());
            vraag.put(d, new ArrayList<>());
            vraagEnCloudEvents.put(d, new ArrayList<>());
        });
        // Rounds over the depths, so that drift of the machine falls on every depth alike.
        for (int i = 0; i < METINGEN; i++) {
            for (Map.Entry<String, Long> diepte : diepten.entrySet()) {
                http.get(diepte.getKey()).add(feedpagina(diepte.getValue()));
                long begin = System.nanoTime();
                List<FeedRegel> regels = feed.pagina(diepte.getValue(), FeedFilter.ALLES, PAGINA).regels();
                vraag.get(diepte.getKey()).add((System.nanoTime() - begin) / 1e6);
                begin = System.nanoTime();
                cloudEvents.batch(feed.pagina(diepte.getValue(), FeedFilter.ALLES, PAGINA).regels());
                vraagEnCloudEvents.get(diepte.getKey()).add((System.nanoTime() - begin) / 1e6);
                if (regels.size() != PAGINA) {
                    throw new IllegalStateException("pagina na " + diepte.getValue() + " had " + regels.size());
                }
            }
            long begin = System.nanoTime();
            vraag("integrator", "/v1/events?na=" + kop + "&limit=" + PAGINA);
            leeg.add((System.nanoTime() - begin) / 1e6);
        }
        regel("FEEDPAGINA'S: GET /v1/events?na={p}&limit=%d als integrator, feed van %,d gebeurtenissen,"
                + " %d metingen per diepte na %d opwarmrondes (mediaan / p95 / max, ms)", PAGINA, kop, METINGEN,
                OPWARMEN);
        regel("  %-10s %-9s %-24s %-24s %s", "diepte", "na", "HTTP (client gemeten)", "alleen de keyset-query",
                "query + CloudEvents-JSON");
        for (String diepte : diepten.keySet()) {
            regel("  %-10s %-9d %-24s %-24s %s", diepte, diepten.get(diepte), verdeling(http.get(diepte)),
                    verdeling(vraag.get(diepte)), verdeling(vraagEnCloudEvents.get(diepte)));
        }
        regel("  ter vergelijking, HTTP van een lege pagina (na=kop): %s", verdeling(leeg));
        regel("");
    }

    private static String verdeling(List<Double> ms) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", percentiel(ms, 50), percentiel(ms, 95),
                percentiel(ms, 100));
    }

    /** The feed's head, checked against the event store: the feed is dense, one position per stored event. */
    private long kopVanDeFeed() throws IOException, InterruptedException {
        long kop = app.getBean(FeedRepository.class).kop();
        long opgeslagen = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
        if (kop != opgeslagen) {
            throw new IllegalStateException("feed-kop " + kop + ", maar " + opgeslagen + " gebeurtenissen opgeslagen");
        }
        if (get("integrator", "/v1/events?na=" + (kop - 1) + "&limit=" + PAGINA).size() != 1) {
            throw new IllegalStateException("de feed geeft de gebeurtenis op de kop " + kop + " niet");
        }
        return kop;
    }

    private double feedpagina(long na) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        HttpResponse<byte[]> antwoord = vraag("integrator", "/v1/events?na=" + na + "&limit=" + PAGINA);
        double ms = (System.nanoTime() - begin) / 1e6;
        int gebeurtenissen = JSON.readTree(antwoord.body()).size();
        if (gebeurtenissen != PAGINA) {
            throw new IllegalStateException("pagina na " + na + " had " + gebeurtenissen + " gebeurtenissen");
        }
        return ms;
    }

    // ---- 2. export memory ----

    /**
     * Exports twice: once undisturbed, for its speed and the peak of used heap (which counts garbage not yet
     * collected), and once with a full collection every {@value #GC_ELKE_MS} ms, for the heap that survives: what the
     * export really holds on to while it runs.
     */
    private void export() throws Exception {
        regel("EXPORT: GET /v1/besluiten/export?formaat=jsonl als auditor, de hele historie, bytes weggegooid");
        regel("  heap: server en client in deze JVM (max %d MB); groei boven de heap na System.gc() bij de start",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Export ongestoord = exporteer(false);
        regel("  %,d regels, %,.1f MB in %.1f s (%,.0f regels/s)", ongestoord.regels, ongestoord.bytes / 1e6,
                ongestoord.seconden, ongestoord.regels / ongestoord.seconden);
        regel("  piek gebruikte heap, ongestoord:             %,7.1f MB  (inclusief nog niet opgeruimd afval, %d GC's)",
                ongestoord.piekGroei / 1e6, ongestoord.gcs);
        Export metGc = exporteer(true);
        regel("  piek heap na een volledige GC (elke %d ms):  %,7.1f MB  (%d metingen, export %.1f s)", GC_ELKE_MS,
                metGc.piekGroei / 1e6, metGc.metingen, metGc.seconden);
        regel("  dat is %.2f %% van de exportgrootte", 100.0 * metGc.piekGroei / metGc.bytes);
        regel("");
    }

    private static final int GC_ELKE_MS = 100;

    private record Export(long regels, long bytes, double seconden, long piekGroei, long gcs, long metingen) {
    }

    private Export exporteer(boolean volledigeGc) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long basis = gebruikt(heap);
        AtomicLong piek = new AtomicLong(basis);
        AtomicLong metingen = new AtomicLong();
        AtomicBoolean klaar = new AtomicBoolean();
        Thread bemonsteraar = new Thread(() -> {
            while (!klaar.get()) {
                if (volledigeGc) {
                    System.gc();
                }
                piek.accumulateAndGet(gebruikt(heap), Math::max);
                metingen.incrementAndGet();
                try {
                    Thread.sleep(volledigeGc ? GC_ELKE_MS : 5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-bemonsteraar");
        long gcVoor = gcAantal();
        bemonsteraar.start();
        long begin = System.nanoTime();
        long bytes = 0;
        long regels = 0;
        try {
            HttpResponse<InputStream> antwoord = http.send(verzoek("auditor", "/v1/besluiten/export?formaat=jsonl"),
                    HttpResponse.BodyHandlers.ofInputStream());
            controleer(antwoord.statusCode(), "/v1/besluiten/export");
            try (InputStream in = antwoord.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            regels++;
                        }
                    }
                }
            }
        } finally {
            klaar.set(true);
            bemonsteraar.join();
        }
        double duur = seconden(begin);
        if (regels < aantal) {
            throw new IllegalStateException("export had " + regels + " regels, verwacht ten minste " + aantal);
        }
        return new Export(regels, bytes, duur, piek.get() - basis, gcAantal() - gcVoor, metingen.get());
    }

    private static long gebruikt(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long gcAantal() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }

    // ---- 3. rebuild of the region status ----

    private void herbouw(String projectie) throws Exception {
        String pad = "/v1/beheer/projecties/" + projectie + "/herbouw";
        long begin = System.nanoTime();
        HttpResponse<byte[]> gestart = vraag("beheer", pad, HttpRequest.BodyPublishers.noBody());
        String generatie = JSON.readTree(gestart.body()).path("gestartOp").asText();
        List<JsonNode> voortgang = new ArrayList<>();
        Instant uiterlijk = Instant.now().plus(maximaleWachttijd);
        JsonNode stand;
        while (true) {
            stand = get("beheer", pad);
            if (stand.path("gestartOp").asText().equals(generatie)) {
                String status = stand.path("status").asText();
                if (status.equals("KLAAR")) {
                    break;
                }
                if (status.equals("MISLUKT")) {
                    throw new IllegalStateException("herbouw mislukt: " + stand.path("fout").asText());
                }
                if (voortgang.isEmpty()
                        || voortgang.get(voortgang.size() - 1).path("verwerkt").asLong() != stand.path("verwerkt").asLong()) {
                    voortgang.add(stand);
                }
            }
            if (Instant.now().isAfter(uiterlijk)) {
                throw new IllegalStateException("herbouw niet klaar binnen " + maximaleWachttijd + ": " + stand);
            }
            Thread.sleep(250);
        }
        double duur = seconden(begin);
        double serverduur = Duration.between(Instant.parse(stand.path("gestartOp").asText()),
                Instant.parse(stand.path("bijgewerktOp").asText())).toMillis() / 1000.0;
        long totaal = stand.path("totaal").asLong();
        regel("HERBOUW %s: POST %s als beheer, GET tot KLAAR", projectie, pad);
        regel("  %,d gebeurtenissen in %.1f s gemeten door de client (%,.0f/s), %.1f s volgens de server",
                totaal, duur, totaal / duur, serverduur);
        doel("herbouw " + projectie, String.format(Locale.ROOT, "%.0f/s", totaal / duur), "≥ 12.000/s",
                totaal / duur >= 12_000);
        regel("  gemeld bij KLAAR: verwerkt %,d van %,d, %,.1f/s", stand.path("verwerkt").asLong(), totaal,
                stand.path("perSeconde").asDouble());
        Stream<JsonNode> laatste = voortgang.stream().skip(Math.max(0, voortgang.size() - 3));
        laatste.forEach(v -> regel("  laatste voortgang: verwerkt %,d van %,d, %,.1f/s, restduur %s s",
                v.path("verwerkt").asLong(), v.path("totaal").asLong(), v.path("perSeconde").asDouble(),
                v.path("geschatteRestduurSeconden").asText()));
        regel("");
    }

    // ---- plumbing ----

    private JsonNode get(String gebruiker, String pad) throws IOException, InterruptedException {
        return JSON.readTree(vraag(gebruiker, pad).body());
    }

    private HttpResponse<byte[]> vraag(String gebruiker, String pad) throws IOException, InterruptedException {
        return vraag(gebruiker, pad, null);
    }

    private HttpResponse<byte[]> vraag(String gebruiker, String pad, HttpRequest.BodyPublisher post)
            throws IOException, InterruptedException {
        HttpRequest.Builder verzoek = verzoekBouwer(gebruiker, pad);
        if (post != null) {
            verzoek.POST(post);
        }
        HttpResponse<byte[]> antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        controleer(antwoord.statusCode(), pad + " " + new String(antwoord.body(), StandardCharsets.UTF_8));
        return antwoord;
    }

    private HttpRequest verzoek(String gebruiker, String pad) {
        return verzoekBouwer(gebruiker, pad).build();
    }

    private HttpRequest.Builder verzoekBouwer(String gebruiker, String pad) {
        String inlog = Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(basisUrl + pad)).header("Authorization", "Basic " + inlog)
                .timeout(Duration.ofMinutes(30));
    }

    private static void controleer(int status, String wat) {
        if (status < 200 || status > 299) {
            throw new IllegalStateException("HTTP " + status + " op " + wat);
        }
    }

    private static double percentiel(List<Double> waarden, int p) {
        List<Double> gesorteerd = waarden.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
        return gesorteerd.get(Math.max(0, Math.min(gesorteerd.size() - 1, index)));
    }

    private static double seconden(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private void regel(String formaat, Object... waarden) {
        String regel = String.format(Locale.ROOT, formaat, waarden);
        rapport.add(regel);
        System.out.println("[benchmark] " + regel);
    }

    private void schrijfRapport() throws IOException {
        Files.createDirectories(rapportbestand.toAbsolutePath().getParent());
        Files.write(rapportbestand, rapport, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("==================== BENCHMARK ====================");
        rapport.forEach(System.out::println);
        System.out.println("===================================================");
        System.out.println("Rapport: " + rapportbestand.toAbsolutePath());
    }

    private static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path pad : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(pad);
            }
        }
    }
}
