package nl.regioregister.query.kamer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import nl.regioregister.query.feed.FeedDatabase;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwslot;
import nl.regioregister.query.platform.ProjectieStand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The moties and toezeggingen on real PostgreSQL: each event lands at its own position, and applying an event again,
 * or an earlier one after a later one (a rebuild meeting the live projection), changes nothing.
 */
class KamerProjectieTest {

    private static final FeedDatabase DATABASE = new FeedDatabase();
    private final JdbcClient jdbc = DATABASE.jdbc();
    private final KamerProjectie projectie = new KamerProjectie(jdbc, new ProjectieStand(jdbc), new Herbouwslot(jdbc),
            new nl.regioregister.query.platform.Bundeling());

    @AfterAll
    static void sluit() throws Exception {
        DATABASE.close();
    }

    @BeforeEach
    void leeg() {
        projectie.wis();
    }

    private static EventMessage<?> bericht(Object gebeurtenis, long positie) {
        return GenericEventMessage.asEventMessage(gebeurtenis)
                .andMetaData(Map.of(EigenPositie.SLEUTEL, positie, BesluitMetadata.INGANGSDATUM, "2025-03-01"));
    }

    private void pas(Object gebeurtenis, long positie) {
        projectie.pasToe(gebeurtenis, bericht(gebeurtenis, positie), positie, "");
    }

    @Test
    void een_eerdere_termijn_na_een_latere_en_een_herhaalde_veranderen_niets() {
        pas(new ToezeggingGeregistreerd("brief", "Voortgangsbrief", "Kamer", "Debat", LocalDate.of(2025, 3, 1),
                null, null, null, null, java.util.List.of(), null), 10);
        pas(new ToezeggingstermijnVerzet("brief", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), "later"), 30);
        pas(new ToezeggingstermijnVerzet("brief", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "eerder"), 20);
        pas(new ToezeggingstermijnVerzet("brief", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), "later"), 30);

        Map<String, Object> rij = jdbc.sql("SELECT uiterlijk, positie FROM toezegging WHERE toezegging_id = 'brief'")
                .query().singleRow();
        assertThat(rij.get("uiterlijk").toString()).isEqualTo("2025-06-01");
        assertThat(rij.get("positie")).isEqualTo(30L);
    }

    @Test
    void een_uitvoering_staat_op_haar_eigen_positie_ook_als_zij_laat_aankomt() {
        pas(new MotieGeregistreerd("29697-169", "Motie Flach", List.of("Flach"), LocalDate.of(2024, 12, 17)), 5);
        pas(new MotieUitvoeringGeregistreerd("29697-169", "Brief B", "tweede"), 40);
        pas(new MotieUitvoeringGeregistreerd("29697-169", "Brief A", "eerste"), 12);
        pas(new MotieUitvoeringGeregistreerd("29697-169", "Brief A", "eerste"), 12);

        assertThat(jdbc.sql("SELECT positie || ':' || referentie FROM motie_uitvoering ORDER BY positie")
                .query(String.class).list()).containsExactly("12:Brief A", "40:Brief B");
        assertThat(jdbc.sql("SELECT positie FROM motie").query(Long.class).single()).isEqualTo(40L);
    }

    @Test
    void de_live_projectie_neemt_de_positie_van_de_gebeurtenis_en_noteert_haar_stand() {
        MotieGeregistreerd motie = new MotieGeregistreerd("36800-VII-97", "Motie", List.of("Lid"),
                LocalDate.of(2025, 1, 1));
        projectie.on(motie, bericht(motie, 77));

        assertThat(jdbc.sql("SELECT positie FROM motie").query(Long.class).single()).isEqualTo(77L);
        assertThat(new ProjectieStand(jdbc).van(KamerProjectie.NAAM)).isEqualTo(77L);
    }

    @Test
    void een_herbouw_schrijft_met_dezelfde_code_in_de_kopie_van_de_tabellen() {
        for (String tabel : projectie.tabellen()) {
            jdbc.sql("DROP TABLE IF EXISTS " + tabel + "_kopie").update();
            jdbc.sql("CREATE TABLE " + tabel + "_kopie (LIKE " + tabel + " INCLUDING ALL)").update();
        }
        MotieGeregistreerd motie = new MotieGeregistreerd("29697-170", "Motie", List.of("Lid"),
                LocalDate.of(2025, 1, 1));
        projectie.pasToe(motie, bericht(motie, 8), 8, "_kopie");

        assertThat(jdbc.sql("SELECT kamerstuknummer FROM motie_kopie").query(String.class).list())
                .containsExactly("29697-170");
        assertThat(jdbc.sql("SELECT count(*) FROM motie").query(Long.class).single()).isZero();
    }
}
