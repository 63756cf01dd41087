package nl.regioregister.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feed's positions are fixed and never replayed, so events already in it when the feed began to publish the
 * grounds and the deciding body get them from the metadata the event store holds (migration V5_8).
 */
class WooInDeFeedMigratieTest {

    @Test
    void gebeurtenissen_die_al_in_de_feed_stonden_krijgen_motivering_en_orgaan_uit_hun_metadata() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource bron = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(bron)
                    .locations("classpath:db/migration/eventstore", "classpath:db/migration/query")
                    .target("5.3").load().migrate();
            JdbcClient jdbc = JdbcClient.create(bron);
            gebeurtenis(jdbc, 1, "e-1", """
                    {"actor":"achterhoek","rol":"REGIO","organisatie":"achterhoek","motivering":"Achterhoek NPVR 2025",
                     "bron":"AB 5 maart 2025, agendapunt 3","besluitorgaan":"ALGEMEEN_BESTUUR",
                     "besluitorgaanNaam":"AB Regio Achterhoek","namens":"het AB"}""");
            gebeurtenis(jdbc, 2, "e-2", "{\"actor\":\"bzk\",\"motivering\":\"Voordracht\"}");
            gebeurtenis(jdbc, 3, "e-3", "geen json");

            Flyway.configure().dataSource(bron)
                    .locations("classpath:db/migration/eventstore", "classpath:db/migration/query")
                    .load().migrate();

            Map<String, Object> eerste = rij(jdbc, 1);
            assertThat(eerste).containsEntry("besluit_motivering", "Achterhoek NPVR 2025")
                    .containsEntry("besluitorgaan", "ALGEMEEN_BESTUUR")
                    .containsEntry("besluitorgaan_naam", "AB Regio Achterhoek")
                    .containsEntry("besluit_namens", "het AB");
            Map<String, Object> tweede = rij(jdbc, 2);
            assertThat(tweede).containsEntry("besluit_motivering", "Voordracht")
                    .containsEntry("besluitorgaan", null).containsEntry("besluit_namens", null);
            assertThat(rij(jdbc, 3)).containsEntry("besluit_motivering", null);
            assertThat(jdbc.sql("SELECT count(*) FROM feed_gebeurtenis").query(Long.class).single()).isEqualTo(3);
        }
    }

    private static void gebeurtenis(JdbcClient jdbc, long positie, String id, String metadata) {
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES ('achterhoek', :positie, 'Regio', :id, :metadata, '{}'::bytea, '1',
                                'nl.regioregister.events.regio.DepartementsvoorkeurUitgesproken',
                                '2025-03-10T09:30:00Z')""")
                .param("positie", positie).param("id", id)
                .param("metadata", metadata.getBytes(StandardCharsets.UTF_8)).update();
        jdbc.sql("""
                        INSERT INTO feed_gebeurtenis (positie, gebeurtenis_id, type, basistype, onderwerp, regio_id,
                                                      geregistreerd_op, data)
                        VALUES (:positie, :id, 'nl.regioregister.regio.DepartementsvoorkeurUitgesproken.v1',
                                'nl.regioregister.regio.DepartementsvoorkeurUitgesproken', 'achterhoek', 'achterhoek',
                                now(), '{}')""")
                .param("positie", positie).param("id", id).update();
    }

    private static Map<String, Object> rij(JdbcClient jdbc, long positie) {
        return jdbc.sql("""
                        SELECT besluit_motivering, besluitorgaan, besluitorgaan_naam, besluit_namens
                        FROM feed_gebeurtenis WHERE positie = :positie""")
                .param("positie", positie).query().singleRow();
    }
}
