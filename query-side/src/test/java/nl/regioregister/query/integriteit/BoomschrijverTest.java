package nl.regioregister.query.integriteit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The tree takes in every stored event in global order, also when transactions commit out of order, on PostgreSQL. */
class BoomschrijverTest {

    private static EmbeddedPostgres postgres;
    private static DataSource bron;
    private static JdbcClient jdbc;
    private static Boomopslag opslag;
    private static Boomschrijver schrijver;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        bron = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(bron)
                .locations("classpath:db/migration/eventstore", "classpath:db/migration/query").load().migrate();
        jdbc = JdbcClient.create(bron);
        opslag = new Boomopslag(jdbc, new JdbcTemplate(bron), new ObjectMapper());
        schrijver = new Boomschrijver(opslag, new TransactionTemplate(new DataSourceTransactionManager(bron)));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void leeg() {
        jdbc.sql("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_onveranderlijk").update();
        jdbc.sql("DELETE FROM domainevententry").update();
        jdbc.sql("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_onveranderlijk").update();
        jdbc.sql("DELETE FROM integriteit_blad").update();
        jdbc.sql("""
                UPDATE integriteit_boom SET grootte = 0, laatste_globalindex = 0, rand = ''::bytea,
                       wortel = sha256(''::bytea), wacht_tot_globalindex = NULL, wacht_op_transacties = NULL,
                       gat_definitief = FALSE""").update();
        jdbc.sql("SELECT setval('domain_event_global_index_seq', 1, false)").query(Long.class).single();
    }

    @Test
    void elke_opgeslagen_gebeurtenis_wordt_een_blad_in_de_volgorde_van_de_globale_index() throws Exception {
        for (int i = 0; i < Boomschrijver.PARTIJ + 20; i++) {
            slaOp(null, "regio-" + (i % 3), i / 3);
        }
        assertThat(schrijver.werkBij()).isEqualTo(Boomschrijver.PARTIJ + 20);

        List<Gebeurtenisblad> gebeurtenissen = opslag.gebeurtenissenNa(0, 10_000);
        List<Long> globaleIndexen = jdbc.sql("SELECT globalindex FROM integriteit_blad ORDER BY blad")
                .query(Long.class).list();
        assertThat(globaleIndexen).isEqualTo(gebeurtenissen.stream().map(Gebeurtenisblad::globaleIndex).toList());
        byte[] wortel = Merkleboom.wortel(gebeurtenissen.stream().map(Gebeurtenisblad::bladHash).toList());
        assertThat(opslag.toestand(false).wortel()).isEqualTo(wortel);
        assertThat(jdbc.sql("SELECT count(*) FROM integriteit_blad WHERE regio_id = 'regio-1'").query(Long.class)
                .single()).isEqualTo((Boomschrijver.PARTIJ + 20) / 3);
    }

    @Test
    void een_gebeurtenis_die_achter_een_gat_later_wordt_vastgelegd_komt_op_haar_eigen_plaats() throws Exception {
        slaOp(null, "a", 0);
        try (Connection traag = bron.getConnection()) {
            traag.setAutoCommit(false);
            long laat = slaOp(traag, "b", 0);
            long vroeg = slaOp(null, "c", 0);
            assertThat(vroeg).isGreaterThan(laat);

            assertThat(schrijver.werkBij()).as("wacht op de open transactie").isEqualTo(1);
            assertThat(schrijver.werkBij()).isEqualTo(1);
            assertThat(opslag.toestand(false).laatsteGlobaleIndex()).isLessThan(laat);

            traag.commit();
        }
        assertThat(schrijver.werkBij()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT aggregaat_id FROM integriteit_blad ORDER BY blad").query(String.class).list())
                .containsExactly("a", "b", "c");
        assertThat(opslag.toestand(false).wortel()).isEqualTo(Merkleboom.wortel(
                opslag.gebeurtenissenNa(0, 10).stream().map(Gebeurtenisblad::bladHash).toList()));
    }

    @Test
    void een_teruggedraaide_transactie_laat_een_gat_dat_de_boom_overslaat_zodra_niemand_het_meer_kan_vullen()
            throws Exception {
        slaOp(null, "a", 0);
        try (Connection teruggedraaid = bron.getConnection()) {
            teruggedraaid.setAutoCommit(false);
            long gat = slaOp(teruggedraaid, "weg", 0);
            long daarna = slaOp(null, "c", 0);
            assertThat(schrijver.werkBij()).isEqualTo(1);
            teruggedraaid.rollback();
            assertThat(daarna).isEqualTo(gat + 1);
        }
        assertThat(schrijver.werkBij()).isEqualTo(2);
        slaOp(null, "d", 0);
        assertThat(schrijver.werkBij()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT aggregaat_id FROM integriteit_blad ORDER BY blad").query(String.class).list())
                .containsExactly("a", "c", "d");
        assertThat(opslag.toestand(false).wachtTot()).isNull();
    }

    /** Stores an event as Axon's JDBC store does (the global index from the column default); returns its index. */
    private static long slaOp(Connection verbinding, String aggregaat, long volgnummer) throws Exception {
        String sql = """
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, 'Proef', ?, ?, ?, NULL, 'nl.regioregister.events.Proef', '2026-01-01T00:00:00Z')
                RETURNING globalindex""";
        Connection c = verbinding != null ? verbinding : bron.getConnection();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, aggregaat);
            st.setLong(2, volgnummer);
            st.setString(3, UUID.randomUUID().toString());
            st.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
            st.setBytes(5, ("{\"regioId\":\"" + aggregaat + "\"}").getBytes(StandardCharsets.UTF_8));
            var rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        } finally {
            if (verbinding == null) {
                c.close();
            }
        }
    }
}
