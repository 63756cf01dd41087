package nl.regioregister.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(IngebouwdeDatabase.Instellingen.class)
class IngebouwdeDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(IngebouwdeDatabase.class);

    /**
     * @param datamap where PostgreSQL keeps its data; created on first start
     * @param poort   the port to listen on (loopback only); 0 picks a free one
     */
    @ConfigurationProperties("regioregister.ingebouwde-database")
    record Instellingen(Path datamap, int poort) {
        Instellingen {
            datamap = datamap == null ? Path.of("data", "postgres") : datamap;
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres ingebouwdePostgres(Instellingen instellingen) throws IOException {
        Path datamap = instellingen.datamap().toAbsolutePath();
        Files.createDirectories(datamap);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(datamap)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost");
        if (instellingen.poort() > 0) {
            builder.setPort(instellingen.poort());
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Ingebouwde PostgreSQL draait op poort {} met data in {}", postgres.getPort(), datamap);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("regioregister");
        return new HikariDataSource(config);
    }
}
