package nl.regioregister.query.feed;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real PostgreSQL with the event store's and the query side's tables, for tests of the feed's SQL. */
public final class FeedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcClient jdbc;
    private final DataSource bron;

    public FeedDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bron = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(bron)
                .locations("classpath:db/migration/eventstore", "classpath:db/migration/query")
                .load().migrate();
        jdbc = JdbcClient.create(bron);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DataSource bron() {
        return bron;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
