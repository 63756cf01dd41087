package nl.regioregister.query.integriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migrations, run by the owner of the tables, leave the services' role able to read and append events but not to
 * change, delete or truncate them, nor to alter or drop the table or its trigger; the tree's leaves and checkpoints
 * likewise. The services' own tables stay writable.
 */
class DatabaserollenTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient eigenaar;
    private static JdbcClient dienst;
    private static DataSource dienstbron;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource eigenaarsbron = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(eigenaarsbron)
                .locations("classpath:db/migration/eventstore", "classpath:db/migration/query").load().migrate();
        eigenaar = JdbcClient.create(eigenaarsbron);
        // What a DBA does once per environment: a login for the services, member of the role the migrations granted.
        eigenaar.sql("CREATE ROLE regioregister_app LOGIN IN ROLE regioregister_dienst").update();
        dienstbron = postgres.getDatabase("regioregister_app", "postgres");
        dienst = JdbcClient.create(dienstbron);
        dienst.sql("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                              payloadtype, timestamp)
                VALUES ('achterhoek', 0, 'Regio', 'e-1', '{"regioId":"achterhoek"}', 'Proef', '2026-01-01T00:00:00Z')
                """).update();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void de_rol_van_de_diensten_leest_en_voegt_gebeurtenissen_toe() {
        assertThat(dienst.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(1);
        assertThat(eigenaar.sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'regioregister_dienst'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void de_rol_van_de_diensten_kan_geen_gebeurtenis_wijzigen_verwijderen_of_de_tabel_legen() {
        geweigerd("UPDATE domainevententry SET payload = '{}' WHERE eventidentifier = 'e-1'");
        geweigerd("DELETE FROM domainevententry WHERE eventidentifier = 'e-1'");
        geweigerd("TRUNCATE domainevententry");
        assertThat(eigenaar.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void de_rol_van_de_diensten_kan_de_tabel_noch_haar_trigger_wijzigen_uitschakelen_of_verwijderen() {
        geweigerd("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_onveranderlijk");
        geweigerd("DROP TRIGGER domainevententry_onveranderlijk ON domainevententry");
        geweigerd("ALTER TABLE domainevententry ADD COLUMN gewist BOOLEAN");
        geweigerd("DROP TABLE domainevententry");
        geweigerd("CREATE OR REPLACE FUNCTION weiger_wijziging_van_historie() RETURNS trigger LANGUAGE plpgsql "
                + "AS $$ BEGIN RETURN NEW; END; $$");
        assertThat(eigenaar.sql("SELECT tgenabled FROM pg_trigger WHERE tgname = 'domainevententry_onveranderlijk'")
                .query(String.class).single()).isEqualTo("O");
    }

    @Test
    void de_boom_wordt_door_de_rol_van_de_diensten_bijgehouden_maar_zijn_bladen_en_controlepunten_niet_gewijzigd() {
        Boomopslag opslag = new Boomopslag(dienst, new JdbcTemplate(dienstbron), new ObjectMapper());
        Boomschrijver schrijver = new Boomschrijver(opslag,
                new TransactionTemplate(new DataSourceTransactionManager(dienstbron)));
        assertThat(schrijver.werkBij()).isEqualTo(1);
        dienst.sql("""
                INSERT INTO integriteit_controlepunt (grootte, wortel, tijdstip, sleutel_id, handtekening)
                VALUES (1, '\\x00', '2026-01-01T00:00:00Z', 'proef', '\\x00')""").update();
        geweigerd("UPDATE integriteit_blad SET blad_hash = blad_hash");
        geweigerd("DELETE FROM integriteit_blad");
        geweigerd("TRUNCATE integriteit_blad");
        geweigerd("UPDATE integriteit_controlepunt SET grootte = 0");
        geweigerd("DELETE FROM integriteit_controlepunt");
        geweigerd("DELETE FROM integriteit_boom");
    }

    @Test
    void de_eigen_tabellen_van_de_diensten_blijven_beschrijfbaar() {
        dienst.sql("INSERT INTO tokenentry (processorname, segment) VALUES ('proef', 0)").update();
        dienst.sql("UPDATE tokenentry SET owner = 'ik' WHERE processorname = 'proef'").update();
        dienst.sql("DELETE FROM tokenentry WHERE processorname = 'proef'").update();
        assertThat(dienst.sql("SELECT count(*) FROM feed_gebeurtenis").query(Long.class).single()).isZero();
    }

    @Test
    void de_rol_van_de_diensten_legt_persoonsgegevens_vast_en_wist_ze_maar_leegt_de_tabel_niet() {
        dienst.sql("""
                INSERT INTO persoonsgegevens (persoon_id, naam, functie, vastgelegd_op)
                VALUES ('p-1', 'J. de Vries', 'DG', now())""").update();
        dienst.sql("""
                UPDATE persoonsgegevens SET naam = NULL, functie = NULL, gewist_op = now()
                WHERE persoon_id = 'p-1'""").update();
        assertThat(eigenaar.sql("SELECT naam FROM persoonsgegevens WHERE persoon_id = 'p-1'").query(String.class)
                .optional()).isEmpty();
        geweigerd("TRUNCATE persoonsgegevens");
        dienst.sql("DELETE FROM persoonsgegevens WHERE persoon_id = 'p-1'").update();
        assertThat(eigenaar.sql("SELECT count(*) FROM persoonsgegevens").query(Long.class).single()).isZero();
    }

    @Test
    void een_gewiste_persoon_houdt_geen_naam_of_functie_en_een_bekende_persoon_heeft_een_naam() {
        assertThatThrownBy(() -> dienst.sql("""
                INSERT INTO persoonsgegevens (persoon_id, naam, functie, vastgelegd_op, gewist_op)
                VALUES ('p-2', 'J. de Vries', null, now(), now())""").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("persoonsgegevens_naam_tot_gewist");
        assertThatThrownBy(() -> dienst.sql("""
                INSERT INTO persoonsgegevens (persoon_id, naam, functie, vastgelegd_op)
                VALUES ('p-3', null, 'DG', now())""").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("persoonsgegevens_naam_tot_gewist");
    }

    private static void geweigerd(String sql) {
        assertThatThrownBy(() -> dienst.sql(sql).update()).as(sql)
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(SQLException.class)
                .satisfies(oorzaak -> assertThat(((SQLException) oorzaak).getSQLState()).as(sql + ": " + oorzaak)
                        .isEqualTo("42501"));
    }
}
