package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register as it runs outside development: Flyway migrates as the owner of the tables, the services log in as a
 * role that may only read and append events. Every decision of the Achterhoek scenario is recorded, the projections
 * and the Merkle tree follow, a checkpoint is signed, and the services' own connection cannot change history.
 */
class DienstrolTest {

    @TempDir
    static Path sleutelmap;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // What a DBA does once: the services' group role and their login (the migrations grant the group its rights).
        JdbcClient dba = JdbcClient.create(postgres.getPostgresDatabase());
        dba.sql("CREATE ROLE regioregister_dienst NOLOGIN").update();
        dba.sql("CREATE ROLE regioregister_app LOGIN PASSWORD 'app' IN ROLE regioregister_dienst").update();
        app = StandaloneApplication.builder().run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--spring.datasource.username=regioregister_app", "--spring.datasource.password=app",
                "--spring.flyway.user=postgres", "--spring.flyway.password=postgres",
                "--regioregister.integriteit.sleutelbestand=" + sleutelmap.resolve("sleutel.pem"));
        register = new Regioregister("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        postgres.close();
    }

    @Test
    void de_diensten_leggen_besluiten_vast_onder_hun_beperkte_rol_en_tekenen_een_controlepunt() {
        long positie = AchterhoekScenario.speel(register);
        register.totZichtbaar("bzk", AchterhoekScenario.REGIO + "/status",
                r -> r.path("positie").asLong() >= positie);
        JdbcClient dienst = app.getBean(JdbcClient.class);
        assertThat(dienst.sql("SELECT current_user").query(String.class).single()).isEqualTo("regioregister_app");
        long aantal = dienst.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                dienst.sql("SELECT grootte FROM integriteit_boom").query(Long.class).single() == aantal);

        Regioregister.Antwoord controlepunt = register.post("auditor", "/v1/integriteit/controlepunten", "");
        assertThat(controlepunt.status()).as(controlepunt.body().toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(controlepunt.body().path("grootte").asLong()).isEqualTo(aantal);

        for (String wijziging : new String[] {"UPDATE domainevententry SET payload = payload",
                "DELETE FROM domainevententry", "TRUNCATE domainevententry",
                "ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_onveranderlijk"}) {
            assertThatThrownBy(() -> dienst.sql(wijziging).update()).as(wijziging)
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }
}
