package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioregister.query.platform.Verwerkingsstand;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks that every projection tells the same story as the event store: the decision history holds every event at its
 * own position, the region status folded every event about a region (and its time-travel index lists exactly them),
 * the kamer view every motie and its carrying out, the feed every event once; and that a fresh rebuild of each
 * projection equals the live one, and time travel to now equals the live status.
 */
final class Overeenstemming {

    static final List<String> PROCESSORS = List.of("regio-status", "besluitenhistorie", "kamer", "cloudevents-feed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext app;
    private final Regioregister register;
    private final JdbcClient jdbc;

    Overeenstemming(ConfigurableApplicationContext app, Regioregister register) {
        this.app = app;
        this.register = register;
        this.jdbc = app.getBean(JdbcClient.class);
    }

    /** Waits until every processor has processed every event in the store. */
    void wachtTotAllesVerwerkt() {
        long kop = jdbc.sql("SELECT COALESCE(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
        List<Long> alle = jdbc.sql("SELECT globalindex FROM domainevententry").query(Long.class).list();
        Verwerkingsstand stand = app.getBean(Verwerkingsstand.class);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String processor : PROCESSORS) {
                Verwerkingsstand.Stand s = stand.van(processor);
                assertThat(s.heeftVerwerkt(kop)).as(processor + " tot " + kop).isTrue();
                assertThat(alle).as(processor + " zonder gat").allMatch(s::heeftVerwerkt);
            }
        });
    }

    /** Every projection equals the event store, event for event. */
    void projectiesGelijkAanDeHistorie() {
        Map<Long, String> gebeurtenissen = paren(
                "SELECT globalindex, eventidentifier FROM domainevententry ORDER BY globalindex");
        assertThat(paren("SELECT positie, gebeurtenis_id FROM besluit_historie ORDER BY positie"))
                .as("de besluitenhistorie, elke gebeurtenis op haar eigen positie").isEqualTo(gebeurtenissen);

        List<Long> overRegios = posities("SELECT positie FROM besluit_historie WHERE regio_id IS NOT NULL");
        assertThat(posities("""
                        SELECT positie FROM regio_status_toegepast
                        WHERE generatie = (SELECT actief FROM projectie_generatie WHERE projectie = 'regio-status')"""))
                .as("de regiostatus vouwde precies de gebeurtenissen over een regio").isEqualTo(overRegios);
        assertThat(posities("SELECT positie FROM regio_gebeurtenis"))
                .as("de tijdreisindex noemt precies de gebeurtenissen over een regio").isEqualTo(overRegios);
        assertThat(paren("SELECT positie, regio_id FROM regio_gebeurtenis ORDER BY positie"))
                .isEqualTo(paren("SELECT positie, regio_id FROM besluit_historie WHERE regio_id IS NOT NULL"
                        + " ORDER BY positie"));
        assertThat(tekstPerRegio("""
                        SELECT regio_id, positie::text FROM regio_status
                        WHERE generatie = (SELECT actief FROM projectie_generatie WHERE projectie = 'regio-status')"""))
                .as("elke regio toont haar laatste gebeurtenis")
                .isEqualTo(tekstPerRegio("""
                        SELECT regio_id, max(positie)::text FROM besluit_historie WHERE regio_id IS NOT NULL
                        GROUP BY regio_id"""));

        assertThat(posities("SELECT positie FROM motie_uitvoering WHERE kamerbrief_id IS NULL"))
                .as("elke uitvoering van een motie").isEqualTo(posities(
                        "SELECT positie FROM besluit_historie WHERE type = 'MotieUitvoeringGeregistreerd'"));
        assertThat(posities("SELECT positie FROM kamerbrief"))
                .as("elke Kamerbrief").isEqualTo(posities(
                        "SELECT positie FROM besluit_historie WHERE type = 'KamerbriefVastgelegd'"));
        assertThat(tekst("SELECT kamerstuknummer FROM motie ORDER BY 1"))
                .as("elke motie").isEqualTo(tekst("""
                        SELECT inhoud->>'kamerstuknummer' FROM besluit_historie WHERE type = 'MotieGeregistreerd'
                        ORDER BY 1"""));

        assertThat(tekst("SELECT gebeurtenis_id FROM feed_gebeurtenis ORDER BY 1"))
                .as("de feed, elke gebeurtenis eenmaal").isEqualTo(tekst("SELECT eventidentifier FROM domainevententry"
                        + " ORDER BY 1"));
        assertThat(jdbc.sql("SELECT count(*) = COALESCE(max(positie), 0) FROM feed_gebeurtenis")
                .query(Boolean.class).single()).as("de feed is dicht").isTrue();
    }

    /** Time travel to now folds the same events as the live status, for every region. */
    void tijdreisGelijkAanLiveStatus() {
        String nu = Instant.now().plusSeconds(1).toString();
        for (String regio : tekst("SELECT DISTINCT regio_id FROM regio_gebeurtenis ORDER BY 1")) {
            JsonNode live = register.get("auditor", "/v1/regios/" + regio + "/status").body();
            JsonNode bekend = register.get("auditor", "/v1/regios/" + regio + "/status?bekendOp=" + nu).body();
            assertThat(bekend.path("status")).as("?bekendOp=nu van " + regio).isEqualTo(live.path("status"));
        }
    }

    /** Rebuilds the kamer view and checks it equals what the live projection built, table for table. */
    void herbouwVanDeKamerGelijkAanLive() {
        List<String> kamer = kamer();
        herbouw("kamer");
        assertThat(kamer()).as("de herbouwde moties, toezeggingen, Kamerbrieven en herroepingen").isEqualTo(kamer);
    }

    /** Rebuilds the status, the history and the kamer view and checks each equals what the live projection built. */
    void herbouwGelijkAanLive() {
        Map<String, JsonNode> status = statusdocumenten();
        List<String> historie = tekst("SELECT positie || ' ' || gebeurtenis_id || ' ' || inhoud::text"
                + " FROM besluit_historie ORDER BY positie");
        List<String> kamer = kamer();

        herbouw("regio-status");
        herbouw("besluitenhistorie");
        herbouw("kamer");

        assertThat(statusdocumenten()).as("de herbouwde regiostatus").isEqualTo(status);
        assertThat(tekst("SELECT positie || ' ' || gebeurtenis_id || ' ' || inhoud::text"
                + " FROM besluit_historie ORDER BY positie")).as("de herbouwde historie").isEqualTo(historie);
        assertThat(kamer()).as("de herbouwde moties en toezeggingen").isEqualTo(kamer);
    }

    private void herbouw(String projectie) {
        String pad = "/v1/beheer/projecties/" + projectie + "/herbouw";
        assertThat(register.post("beheer", pad, "").status()).isEqualTo(HttpStatus.ACCEPTED);
        String weergave = switch (projectie) {
            case "regio-status" -> "/v1/regios";
            case "besluitenhistorie" -> "/v1/besluiten?limit=1";
            default -> "/v1/moties";
        };
        Regioregister.Antwoord tijdens = register.get("auditor", weergave);
        assertThat(tijdens.status()).as(weergave + " tijdens de herbouw").isEqualTo(HttpStatus.OK);
        assertThat(tijdens.body().toString()).as(weergave + " tijdens de herbouw").isNotEqualTo("{}");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode voortgang = register.get("beheer", pad).body();
            assertThat(voortgang.path("status").asText()).as(projectie + ": " + voortgang).isEqualTo("KLAAR");
            assertThat(voortgang.path("verwerkt").asLong()).isGreaterThanOrEqualTo(voortgang.path("totaal").asLong());
        });
    }

    private List<String> kamer() {
        List<String> rijen = new java.util.ArrayList<>();
        rijen.addAll(tekst("SELECT m::text FROM motie m ORDER BY kamerstuknummer"));
        rijen.addAll(tekst("SELECT u::text FROM motie_uitvoering u ORDER BY positie"));
        rijen.addAll(tekst("SELECT t::text FROM toezegging t ORDER BY toezegging_id"));
        for (String tabel : List.of("motie_afdoening", "toezegging_termijn", "toezegging_vervulling", "kamerbrief",
                "kamer_herroeping")) {
            rijen.addAll(tekst("SELECT r::text FROM " + tabel + " r ORDER BY r::text"));
        }
        return rijen;
    }

    private Map<String, JsonNode> statusdocumenten() {
        Map<String, JsonNode> documenten = new TreeMap<>();
        tekstPerRegio("""
                SELECT regio_id, document::text FROM regio_status
                WHERE generatie = (SELECT actief FROM projectie_generatie WHERE projectie = 'regio-status')""")
                .forEach((regio, document) -> {
                    try {
                        documenten.put(regio, JSON.readTree(document));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return documenten;
    }

    private Map<Long, String> paren(String sql) {
        Map<Long, String> paren = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            paren.put(rs.getLong(1), rs.getString(2));
        });
        return paren;
    }

    private Map<String, String> tekstPerRegio(String sql) {
        Map<String, String> perRegio = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            perRegio.put(rs.getString(1), rs.getString(2));
        });
        return perRegio;
    }

    private List<Long> posities(String sql) {
        return jdbc.sql(sql).query(Long.class).list().stream().sorted().toList();
    }

    private List<String> tekst(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
