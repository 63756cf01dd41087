package nl.regioregister.query.kamer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.correctie.BesluitHerroepen;
import nl.regioregister.events.kamer.KamerbriefVastgelegd;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.ToezeggingVervuld;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The moties and toezeggingen on real PostgreSQL: each event lands at its own position, and applying an event again,
 * or an earlier one after a later one (a rebuild meeting the live projection), changes nothing. Kamerbrieven fulfil
 * toezeggingen and carry out moties; a revoked decision stops counting, live and in a rebuild alike.
 */
class KamerProjectieTest {

    private static final FeedDatabase DATABASE = new FeedDatabase();
    private final JdbcClient jdbc = DATABASE.jdbc();
    private final KamerProjectie projectie = new KamerProjectie(jdbc,
            new NamedParameterJdbcTemplate(DATABASE.bron()), new ProjectieStand(jdbc), new Herbouwslot(jdbc),
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

    private static final ToezeggingGeregistreerd VOORTGANGSBRIEF = new ToezeggingGeregistreerd("TZ-NPVR-1",
            "Voortgangsbrief NPVR", "lid Bikker", "Debat 2 oktober 2025", LocalDate.of(2026, 3, 31),
            "na de jaarwisseling", "minister van BZK", null, null, List.of(), null);
    private static final ToezeggingGeregistreerd FLACH_CONTACT = new ToezeggingGeregistreerd("TZ-FLACH-1",
            "Structureel contact waar de raakvlakken het grootst zijn", null, "Debat 2 oktober 2025",
            LocalDate.of(2025, 12, 31), null, null, null, null, List.of(), "29697-169");
    private static final MotieGeregistreerd FLACH = new MotieGeregistreerd("29697-169", "Motie Flach",
            List.of("Flach"), LocalDate.of(2024, 11, 12));
    private static final KamerbriefVastgelegd BRIEF_19_DECEMBER = new KamerbriefVastgelegd("2025-0000999001",
            LocalDate.of(2025, 12, 19), "29697-180", "Uitvoering motie Flach", "minister van BZK",
            "https://zoek.officielebekendmakingen.nl/kst-29697-180", null, List.of("TZ-FLACH-1", "TZ-NPVR-1"),
            List.of("29697-169"));

    private static BesluitHerroepen herroeping(long positie, String objectId, String type) {
        return new BesluitHerroepen(positie, null, type, objectId, "Verkeerd vastgelegd", null);
    }

    private Map<String, Object> toezegging(String id) {
        return jdbc.sql("SELECT * FROM toezegging WHERE toezegging_id = :id").param("id", id).query().singleRow();
    }

    @Test
    void een_kamerbrief_vervult_de_toezeggingen_en_voert_de_motie_uit_die_hij_noemt() {
        pas(FLACH, 1);
        pas(FLACH_CONTACT, 2);
        pas(VOORTGANGSBRIEF, 3);
        pas(BRIEF_19_DECEMBER, 4);

        Map<String, Object> flach = toezegging("TZ-FLACH-1");
        assertThat(flach.get("vervuld_met")).isEqualTo("29697-180");
        assertThat(flach.get("vervuld_op").toString()).isEqualTo("2025-12-19");
        assertThat(flach.get("vervuld_kamerbrief")).isEqualTo("2025-0000999001");
        assertThat(toezegging("TZ-NPVR-1").get("vervuld_kamerbrief")).isEqualTo("2025-0000999001");
        assertThat(jdbc.sql("SELECT referentie || ' ' || omschrijving || ' ' || ingangsdatum || ' ' || kamerbrief_id"
                + " FROM motie_uitvoering").query(String.class).list())
                .containsExactly("29697-180 Uitvoering motie Flach 2025-12-19 2025-0000999001");
        assertThat(new VerlopenToezeggingen(jdbc).op(LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void een_herroepen_kamerbrief_vervult_niets_meer_en_een_andere_vervulling_telt_dan_weer() {
        pas(FLACH, 1);
        pas(FLACH_CONTACT, 2);
        pas(VOORTGANGSBRIEF, 3);
        pas(new ToezeggingVervuld("TZ-NPVR-1", null, LocalDate.of(2026, 2, 12), "2026-0000012345", null), 4);
        pas(BRIEF_19_DECEMBER, 5);
        assertThat(toezegging("TZ-NPVR-1").get("vervuld_kamerbrief")).as("de vroegste vervulling telt")
                .isEqualTo("2025-0000999001");

        pas(herroeping(5, "kamerbrief:2025-0000999001", "KamerbriefVastgelegd"), 6);

        assertThat(toezegging("TZ-FLACH-1").get("vervuld_op")).isNull();
        assertThat(toezegging("TZ-FLACH-1").get("vervuld_met")).isNull();
        Map<String, Object> npvr = toezegging("TZ-NPVR-1");
        assertThat(npvr.get("vervuld_met")).isEqualTo("2026-0000012345");
        assertThat(npvr.get("vervuld_kamerbrief")).isNull();
        assertThat(new VerlopenToezeggingen(jdbc).op(LocalDate.of(2026, 1, 1)))
                .extracting(VerlopenToezeggingen.Verlopen::toezeggingId).containsExactly("TZ-FLACH-1");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM motie_uitvoering u
                        WHERE NOT EXISTS (SELECT 1 FROM kamer_herroeping h WHERE h.herroept = u.positie)""")
                .query(Long.class).single()).as("uitvoeringen die nog tellen").isZero();
    }

    @Test
    void een_herroepen_vervulling_maakt_de_toezegging_weer_open_en_te_laat() {
        pas(VOORTGANGSBRIEF, 3);
        pas(new ToezeggingVervuld("TZ-NPVR-1", null, LocalDate.of(2026, 2, 12), null,
                "Gesprek met IenW op 16 oktober 2025"), 4);
        assertThat(new VerlopenToezeggingen(jdbc).op(LocalDate.of(2026, 6, 1))).isEmpty();

        pas(herroeping(4, "toezegging:TZ-NPVR-1", "ToezeggingVervuld"), 9);

        Map<String, Object> rij = toezegging("TZ-NPVR-1");
        assertThat(rij.get("vervuld_op")).isNull();
        assertThat(rij.get("vervuld_wijze")).isNull();
        assertThat(rij.get("positie")).isEqualTo(9L);
        assertThat(new VerlopenToezeggingen(jdbc).op(LocalDate.of(2026, 6, 1)))
                .extracting(VerlopenToezeggingen.Verlopen::toezeggingId).containsExactly("TZ-NPVR-1");
    }

    @Test
    void een_herroepen_termijnverzetting_geeft_de_vorige_termijn_terug() {
        pas(VOORTGANGSBRIEF, 3);
        pas(new ToezeggingstermijnVerzet("TZ-NPVR-1", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), "later"),
                4);
        pas(new ToezeggingstermijnVerzet("TZ-NPVR-1", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), "later"),
                5);

        pas(herroeping(5, "toezegging:TZ-NPVR-1", "ToezeggingstermijnVerzet"), 6);
        assertThat(toezegging("TZ-NPVR-1").get("uiterlijk").toString()).isEqualTo("2026-06-30");
        pas(herroeping(4, "toezegging:TZ-NPVR-1", "ToezeggingstermijnVerzet"), 7);
        assertThat(toezegging("TZ-NPVR-1").get("uiterlijk").toString()).isEqualTo("2026-03-31");
    }

    @Test
    void een_herroepen_uitvoering_en_afdoening_van_een_motie_tellen_niet_meer() {
        pas(FLACH, 1);
        pas(new MotieUitvoeringGeregistreerd("29697-169", "Brief A", "eerste"), 2);
        pas(new MotieAfgedaan("29697-169", "Brief A"), 3);

        pas(herroeping(3, "motie:29697-169", "MotieAfgedaan"), 4);
        pas(herroeping(2, "motie:29697-169", "MotieUitvoeringGeregistreerd"), 5);

        Map<String, Object> motie = jdbc.sql("SELECT * FROM motie").query().singleRow();
        assertThat(motie.get("afgedaan_op")).isNull();
        assertThat(motie.get("afgedaan_referentie")).isNull();
        assertThat(motie.get("herroepen")).isEqualTo(false);
        assertThat(jdbc.sql("SELECT herroept FROM kamer_herroeping ORDER BY herroept").query(Long.class).list())
                .containsExactly(2L, 3L);
    }

    @Test
    void een_herroepen_registratie_haalt_de_toezegging_uit_de_lijst_van_verlopen_toezeggingen() {
        pas(FLACH_CONTACT, 2);
        pas(herroeping(2, "toezegging:TZ-FLACH-1", "ToezeggingGeregistreerd"), 3);

        assertThat(toezegging("TZ-FLACH-1").get("herroepen")).isEqualTo(true);
        assertThat(new VerlopenToezeggingen(jdbc).op(LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void een_herroeping_van_een_besluit_buiten_de_kamer_verandert_niets() {
        pas(VOORTGANGSBRIEF, 3);
        pas(herroeping(3, "achterhoek", "RijksvertegenwoordigerBenoemd"), 4);

        assertThat(toezegging("TZ-NPVR-1").get("herroepen")).isEqualTo(false);
        assertThat(jdbc.sql("SELECT count(*) FROM kamer_herroeping").query(Long.class).single()).isZero();
    }

    /** Registrations, a letter, a deadline moved, fulfilments, an execution, a completion and three revocations. */
    private static List<Object[]> kamergeschiedenis() {
        return List.of(
                new Object[] {FLACH, 1L},
                new Object[] {FLACH_CONTACT, 2L},
                new Object[] {VOORTGANGSBRIEF, 3L},
                new Object[] {new ToezeggingstermijnVerzet("TZ-NPVR-1", LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 6, 30), "later"), 4L},
                new Object[] {new ToezeggingVervuld("TZ-NPVR-1", "29697-176", LocalDate.of(2026, 7, 1), null, null),
                        5L},
                new Object[] {BRIEF_19_DECEMBER, 6L},
                new Object[] {new MotieUitvoeringGeregistreerd("29697-169", "Brief A", "eerste"), 7L},
                new Object[] {new MotieAfgedaan("29697-169", "Brief A"), 8L},
                new Object[] {herroeping(6, "kamerbrief:2025-0000999001", "KamerbriefVastgelegd"), 9L},
                new Object[] {herroeping(4, "toezegging:TZ-NPVR-1", "ToezeggingstermijnVerzet"), 10L},
                new Object[] {herroeping(8, "motie:29697-169", "MotieAfgedaan"), 11L});
    }

    @Test
    void in_batches_van_willekeurige_grootte_geschreven_eindigt_de_projectie_gelijk_aan_een_voor_een() {
        List<Object[]> gebeurtenissen = kamergeschiedenis();
        for (Object[] g : gebeurtenissen) {
            pas(g[0], (Long) g[1]);
        }
        for (long zaad = 1; zaad <= 25; zaad++) {
            for (String tabel : projectie.tabellen()) {
                jdbc.sql("DROP TABLE IF EXISTS " + tabel + "_batch").update();
                jdbc.sql("CREATE TABLE " + tabel + "_batch (LIKE " + tabel + " INCLUDING ALL)").update();
            }
            Random toeval = new Random(zaad);
            List<Object[]> door = new ArrayList<>(gebeurtenissen);
            door.addAll(gebeurtenissen.subList(toeval.nextInt(5), 5 + toeval.nextInt(6)));
            Collections.shuffle(door, toeval);
            for (int van = 0; van < door.size(); ) {
                int tot = Math.min(door.size(), van + 1 + toeval.nextInt(6));
                projectie.pasToe(door.subList(van, tot).stream()
                        .<EventMessage<?>>map(g -> bericht(g[0], (Long) g[1])).toList(), "_batch");
                van = tot;
            }
            for (String tabel : projectie.tabellen()) {
                assertThat(rijen(tabel + "_batch")).as(tabel + ", zaad " + zaad).isEqualTo(rijen(tabel)).isNotEmpty();
            }
        }
    }

    @Test
    void een_herbouw_in_andere_volgorde_en_met_herhalingen_eindigt_gelijk_aan_de_live_projectie() {
        List<Object[]> gebeurtenissen = kamergeschiedenis();
        for (Object[] g : gebeurtenissen) {
            pas(g[0], (Long) g[1]);
        }
        for (String tabel : projectie.tabellen()) {
            jdbc.sql("DROP TABLE IF EXISTS " + tabel + "_herbouw").update();
            jdbc.sql("CREATE TABLE " + tabel + "_herbouw (LIKE " + tabel + " INCLUDING ALL)").update();
        }
        List<Object[]> door = new ArrayList<>(gebeurtenissen);
        door.addAll(gebeurtenissen.subList(3, 9));
        Collections.shuffle(door, new Random(20251219));
        for (Object[] g : door) {
            projectie.pasToe(g[0], bericht(g[0], (Long) g[1]), (Long) g[1], "_herbouw");
        }

        for (String tabel : projectie.tabellen()) {
            assertThat(rijen(tabel + "_herbouw")).as(tabel).isEqualTo(rijen(tabel)).isNotEmpty();
        }
        Map<String, Object> npvr = toezegging("TZ-NPVR-1");
        assertThat(npvr.get("uiterlijk").toString()).isEqualTo("2026-03-31");
        assertThat(npvr.get("vervuld_met")).isEqualTo("29697-176");
        assertThat(toezegging("TZ-FLACH-1").get("vervuld_op")).isNull();
    }

    private List<String> rijen(String tabel) {
        return jdbc.sql("SELECT r::text FROM " + tabel + " r ORDER BY r::text").query(String.class).list();
    }
}
