package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of the standalone run is durable, or the run does not start. (That a default run has
 * fsync, synchronous_commit and full_page_writes on is shown by HerstartTest on its running database.)
 */
class DuurzaamheidTest {

    @TempDir
    Path datamap;

    @Test
    void het_register_start_niet_op_een_ingebouwde_database_die_een_besluit_niet_duurzaam_vastlegt() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(datamap)
                .setCleanDataDirectory(false).start();
             Connection verbinding = postgres.getPostgresDatabase().getConnection();
             Statement sql = verbinding.createStatement()) {
            // a database setting overrides what the server was started with
            sql.execute("ALTER DATABASE postgres SET synchronous_commit = off");
        }

        assertThatThrownBy(() -> StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap))
                .rootCause()
                .hasMessageContaining("niet duurzaam ingesteld")
                .hasMessageContaining("synchronous_commit=off");
        // and the refused run stopped its database again
        assertThat(Files.exists(datamap.resolve("postmaster.pid"))).isFalse();
    }

    @Test
    void alleen_de_uitdrukkelijke_testvlag_laat_een_database_zonder_fsync_toe() throws Exception {
        // the embedded library's own defaults: fsync and synchronous_commit off
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> IngebouwdeDatabase.controleerDuurzaamheid(postgres.getPostgresDatabase(), false))
                    .hasMessageContaining("fsync=off");
            assertThatCode(() -> IngebouwdeDatabase.controleerDuurzaamheid(postgres.getPostgresDatabase(), true))
                    .doesNotThrowAnyException();
        }
    }
}
