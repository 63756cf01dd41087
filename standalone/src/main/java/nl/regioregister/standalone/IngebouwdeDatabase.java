package nl.regioregister.standalone;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the standalone run starts PostgreSQL in-process, keeping its data directory
 * between runs so that every recorded decision survives a restart.
 * <p>
 * It is the run a small organisation deploys, so it is durable: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on (the embedded library's defaults turn the first two off, which is fit for tests
 * only), checked with {@code SHOW} after start; the run refuses to start otherwise. A PostgreSQL left running by a
 * run that was killed is stopped (fast shutdown) before this one starts. Spring stops it, after the web server and
 * the event processors, and never a JVM shutdown hook of its own that would race them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(IngebouwdeDatabase.Instellingen.class)
class IngebouwdeDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(IngebouwdeDatabase.class);

    /** The settings without which an acknowledged decision can be lost on an OS crash or power failure. */
    static final Map<String, String> DUURZAAM = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /**
     * @param datamap                     where PostgreSQL keeps its data; created on first start
     * @param poort                       the port to listen on (loopback only); 0 picks a free one
     * @param nietDuurzaamAlleenVoorTests for tests only: run without fsync, synchronous commit and full page writes
     *                                    (faster; a crash of the machine can lose acknowledged decisions)
     */
    @ConfigurationProperties("regioregister.ingebouwde-database")
    record Instellingen(Path datamap, int poort, boolean nietDuurzaamAlleenVoorTests) {
        Instellingen {
            datamap = datamap == null ? Path.of("data", "postgres") : datamap;
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres ingebouwdePostgres(Instellingen instellingen) throws IOException {
        Path datamap = instellingen.datamap().toAbsolutePath();
        Files.createDirectories(datamap);
        AchtergeblevenPostgres.stopIn(datamap);
        String aan = instellingen.nietDuurzaamAlleenVoorTests() ? "off" : "on";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(datamap)
                .setCleanDataDirectory(false)
                // Spring stops the database after the processors; a shutdown hook would stop it under them.
                .setRegisterShutdownHook(false)
                // recovery after a crash replays the WAL before the database accepts connections
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost");
        DUURZAAM.keySet().forEach(instelling -> builder.setServerConfig(instelling, aan));
        if (instellingen.poort() > 0) {
            builder.setPort(instellingen.poort());
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            controleerDuurzaamheid(postgres.getPostgresDatabase(), instellingen.nietDuurzaamAlleenVoorTests());
        } catch (RuntimeException | SQLException weigering) {
            postgres.close();
            throw weigering instanceof RuntimeException r ? r : new IllegalStateException(weigering);
        }
        LOG.info("Ingebouwde PostgreSQL draait op poort {} met data in {}", postgres.getPort(), datamap);
        return postgres;
    }

    /**
     * Reads the settings as the application's own sessions see them (a role or database setting can override the
     * server's) and refuses a run that is not durable, unless the test-only flag says it may be.
     */
    static void controleerDuurzaamheid(DataSource database, boolean nietDuurzaamToegestaan) throws SQLException {
        Map<String, String> feitelijk = new LinkedHashMap<>();
        try (Connection verbinding = database.getConnection(); Statement sql = verbinding.createStatement()) {
            for (String instelling : DUURZAAM.keySet().stream().sorted().toList()) {
                try (ResultSet rij = sql.executeQuery("SHOW " + instelling)) {
                    rij.next();
                    feitelijk.put(instelling, rij.getString(1));
                }
            }
        }
        boolean duurzaam = feitelijk.entrySet().stream()
                .allMatch(e -> e.getKey().equals("synchronous_commit") ? !e.getValue().equals("off")
                        : e.getValue().equals("on"));
        if (duurzaam) {
            LOG.info("Ingebouwde PostgreSQL is duurzaam ingesteld: {}", feitelijk);
        } else if (nietDuurzaamToegestaan) {
            LOG.warn("Ingebouwde PostgreSQL draait NIET duurzaam ({}), alleen voor tests "
                    + "(regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests)", feitelijk);
        } else {
            throw new IllegalStateException("De ingebouwde PostgreSQL is niet duurzaam ingesteld: " + feitelijk
                    + "; een vastgelegd besluit kan dan bij een crash van de machine verloren gaan. Het register "
                    + "start niet. Verwijder de instelling die dit uitzet (ALTER SYSTEM, ALTER DATABASE, ALTER ROLE).");
        }
    }

    /**
     * The pool's bounds ({@code spring.datasource.hikari.*}, e.g. the connection time-out) apply to the embedded
     * database as they do to a configured one. Twenty connections: the request threads and the five event processors
     * (each holding one for its batch) share it in one process, and with ten the requests queued for a connection
     * (the benchmark's p99); more than that only adds contention on two cores.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        pool.setPoolName("regioregister");
        return pool;
    }
}
