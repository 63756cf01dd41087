package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.regioregister.command.CommandSideApplication;
import nl.regioregister.query.QuerySideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * Fault test: the command side and the query side as two services on one PostgreSQL, which the test stops and starts
 * again while 4 writers record decisions. While it is down every request is answered within the connection time-out
 * with {@code 503} problem+json and {@code Retry-After}, readiness is DOWN and liveness UP; when it is back both
 * services recover by themselves, and nothing acknowledged is lost or recorded twice.
 */
@Tag("fouten")
class DatabaseStoringTest {

    private static final List<String> REGIOS = List.of("achterhoek", "twente", "zuid-limburg", "noord-limburg");
    /** The pool waits 3 s for a connection; an answer that takes much longer is a hang. */
    private static final long HOOGSTENS_MS = 10_000;

    @TempDir
    Path datamap;

    @Test
    void tijdens_een_storing_van_de_database_antwoordt_het_register_snel_503_en_daarna_gaat_het_verder_zonder_verlies()
            throws Exception {
        int poort = EigenProces.vrijePoort();
        EmbeddedPostgres postgres = database(poort);
        String jdbcUrl = "jdbc:postgresql://localhost:" + poort + "/postgres";
        String[] instellingen = {"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--server.port=0", "--spring.profiles.active=dev"};
        ConfigurableApplicationContext querySide = QuerySideApplication.builder().run(instellingen);
        ConfigurableApplicationContext commandSide = CommandSideApplication.builder().run(instellingen);
        Regioregister commands = new Regioregister("http://localhost:" + poort(commandSide));
        Regioregister queries = new Regioregister("http://localhost:" + poort(querySide));
        Schrijvers schrijvers = new Schrijvers("http://localhost:" + poort(commandSide), REGIOS, "Storing");
        try {
            queries.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            schrijvers.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> schrijvers.bevestigd() >= 50);

            Instant weg = Instant.now();
            postgres.close();
            AtomicBoolean levendAltijd = new AtomicBoolean(true);
            AtomicLong langsteGezondheidMs = new AtomicLong();
            // readiness goes DOWN on both sides; liveness stays UP; health answers within the time-out
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (Regioregister dienst : List.of(commands, queries)) {
                    long begin = System.nanoTime();
                    dienst.get(null, "/actuator/health");
                    langsteGezondheidMs.accumulateAndGet((System.nanoTime() - begin) / 1_000_000, Math::max);
                    levendAltijd.compareAndSet(true,
                            dienst.get(null, "/actuator/health/liveness").status() == HttpStatus.OK);
                    assertThat(dienst.get(null, "/actuator/health/readiness").status())
                            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                }
            });
            Regioregister.Antwoord lezen = queries.get("bzk", "/v1/regios/achterhoek");
            assertThat(lezen.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(lezen.headers().getFirst("Retry-After")).isNotBlank();
            assertThat(lezen.headers().getContentType()).hasToString("application/problem+json");
            assertThat(lezen.body().path("title").asText()).isEqualTo("Database tijdelijk onbereikbaar");
            Thread.sleep(5000);

            Instant terug = Instant.now();
            postgres = database(poort);
            await().atMost(Duration.ofSeconds(60)).until(() -> schrijvers.uitkomsten().stream()
                    .anyMatch(u -> u.bevestigd() && u.begin().isAfter(terug)));
            Instant hersteld = schrijvers.uitkomsten().stream()
                    .filter(u -> u.bevestigd() && u.begin().isAfter(terug))
                    .map(Schrijvers.Uitkomst::begin).min(Instant::compareTo).orElseThrow();
            Thread.sleep(3000);
            schrijvers.stop();

            // the query side recovers by itself: ready, every projection UP, the views show the last decisions
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                assertThat(queries.get(null, "/actuator/health/readiness").status()).isEqualTo(HttpStatus.OK);
                assertThat(queries.get("beheer", "/actuator/health").body()
                        .at("/components/projecties/status").asText()).isEqualTo("UP");
            });
            Schrijvers.Opgeslagen opgeslagen = schrijvers.opgeslagen(jdbcUrl);
            for (String regio : REGIOS) {
                String laatste = laatsteBenoeming(jdbcUrl, regio);
                queries.totZichtbaar("auditor", "/v1/regios/" + regio,
                        r -> r.at("/regio/rijksvertegenwoordiger/naam").asText().equals(laatste));
            }

            List<Schrijvers.Uitkomst> tijdens = schrijvers.uitkomsten().stream()
                    .filter(u -> !u.begin().isBefore(weg) && u.begin().isBefore(hersteld))
                    .toList();
            List<Schrijvers.Uitkomst> nietBevestigd = tijdens.stream().filter(u -> !u.bevestigd()).toList();
            long antwoorden503 = nietBevestigd.stream().filter(u -> u.status() == 503).count();
            long langsteMs = tijdens.stream().mapToLong(Schrijvers.Uitkomst::duurMs).max().orElse(0);
            Schrijvers.Cijfers cijfers = schrijvers.cijfers(opgeslagen);
            Betrouwbaarheidsrapport.schrijf("database-storing", """
                    ## The database stopped and started under load, with the two services

                    The command side and the query side as two services on one PostgreSQL; 4 writers, one per
                    region, record appointments; after at least 50 are acknowledged the test stops PostgreSQL (fast
                    shutdown), checks the probes, waits 5 s and starts it again on the same data.

                    | figure | value |
                    |---|---|
                    | sent | %d |
                    | acknowledged (`2xx`) | %d |
                    | lost (acknowledged, not stored) | %d |
                    | duplicated | %d |
                    | stored without acknowledgement | %d |
                    | requests while the database was away (until the first `2xx` after it returned) | %d |
                    | of which `503` with `Retry-After` | %d |
                    | of which another answer | %d %s |
                    | longest answer while the database was away | %d ms |
                    | longest `/actuator/health` while the database was away | %d ms |
                    | readiness DOWN while away, liveness UP throughout | yes, %s |
                    | first acknowledged decision after the database returned | %.1f s |
                    | restarts needed | 0 |
                    """.formatted(cijfers.verzonden(), cijfers.bevestigd(), cijfers.verloren(), cijfers.dubbel(),
                    cijfers.opgeslagenZonderBevestiging(), tijdens.size(), antwoorden503,
                    nietBevestigd.size() - antwoorden503, andere(nietBevestigd), langsteMs, langsteGezondheidMs.get(),
                    levendAltijd.get() ? "yes" : "NO", Duration.between(terug, hersteld).toMillis() / 1000.0));

            assertThat(cijfers.verloren()).as("bevestigd maar niet opgeslagen").isZero();
            assertThat(cijfers.dubbel()).as("dubbel opgeslagen").isZero();
            assertThat(antwoorden503).isPositive();
            assertThat(nietBevestigd).as("elk antwoord zonder database").allSatisfy(u -> {
                assertThat(u.status()).isEqualTo(503);
                assertThat(u.retryAfter()).isNotBlank();
                assertThat(u.contentType()).isEqualTo("application/problem+json");
            });
            assertThat(langsteMs).as("geen verzoek hangt").isLessThan(HOOGSTENS_MS);
            assertThat(langsteGezondheidMs.get()).isLessThan(HOOGSTENS_MS);
            assertThat(levendAltijd).isTrue();
        } finally {
            schrijvers.stop();
            commandSide.close();
            querySide.close();
            postgres.close();
        }
    }

    private static String andere(List<Schrijvers.Uitkomst> nietBevestigd) {
        Map<Integer, Long> perStatus = nietBevestigd.stream().filter(u -> u.status() != 503)
                .collect(java.util.stream.Collectors.groupingBy(Schrijvers.Uitkomst::status,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        return perStatus.isEmpty() ? "" : "(" + perStatus + ")";
    }

    private EmbeddedPostgres database(int poort) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(datamap).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPort(poort).start();
    }

    private static String laatsteBenoeming(String jdbcUrl, String regio) throws java.sql.SQLException {
        try (var verbinding = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
             var sql = verbinding.prepareStatement("""
                     SELECT persoon.naam
                     FROM domainevententry besluit
                     JOIN persoonsgegevens persoon
                       ON persoon.persoon_id = convert_from(besluit.payload, 'UTF8')::jsonb ->> 'persoonId'
                     WHERE besluit.aggregateidentifier = ? AND besluit.payloadtype LIKE '%RijksvertegenwoordigerBenoemd'
                     ORDER BY besluit.sequencenumber DESC LIMIT 1""")) {
            sql.setString(1, regio);
            try (var rij = sql.executeQuery()) {
                rij.next();
                return rij.getString(1);
            }
        }
    }

    private static int poort(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
