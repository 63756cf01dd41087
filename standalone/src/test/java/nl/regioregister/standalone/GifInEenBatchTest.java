package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projections write a processor's whole batch at once. One event in such a batch that the database refuses (a
 * NUL, as an older version stored it) fails that write, in the region views as in the kamer view; the batch is then handled again event by event: the poison
 * goes to each projection's dead-letter queue alone, and every neighbour in the batch is applied, none lost or
 * held up.
 */
@ExtendWith(OutputCaptureExtension.class)
class GifInEenBatchTest {

    @TempDir
    Path datamap;

    /** The standalone run on the test's own data, with the serializer that leaves stored texts unrepaired. */
    private ConfigurableApplicationContext start() {
        return StandaloneApplication.builder().sources(GifGebeurtenisTest.ZonderHerstel.class)
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
    }

    private static Regioregister register(ConfigurableApplicationContext app) {
        return new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @Test
    void een_gif_in_een_batch_gaat_alleen_naar_de_dode_brieven_en_haar_buren_worden_verwerkt(CapturedOutput log) {
        try (ConfigurableApplicationContext app = start()) {
            Regioregister register = register(app);
            List<String> regios = StreamSupport.stream(register.totZichtbaar("bzk", "/v1/regios",
                    r -> r.path("regios").size() == 11).path("regios").spliterator(), false)
                    .map(r -> r.path("id").asText()).toList();
            Regioregister.Antwoord benoemd = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                    """
                            {"naam": "Sjabloon", "departement": "IENW",
                             "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht",
                                         "bron": "AB 5 maart 2025"}}""");
            long sjabloon = benoemd.body().path("positie").asLong();
            register.totZichtbaar("bzk", "/v1/regios/twente?minimalePositie=" + sjabloon,
                    r -> "Sjabloon".equals(r.at("/regio/rijksvertegenwoordiger/naam").asText()));
            String gifRegio = regios.get(5);
            String gifId = UUID.randomUUID().toString();

            // one appointment per region, committed together so that the processors read them as one batch; each
            // names its own person (registered first, as the command side does), the sixth a reference with a NUL
            // that no text or jsonb column of PostgreSQL accepts
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String sjabloonPersoon = jdbc.sql("""
                            SELECT convert_from(payload, 'UTF8')::jsonb ->> 'persoonId' FROM domainevententry
                            WHERE globalindex = :sjabloon""")
                    .param("sjabloon", sjabloon).query(String.class).single();
            jdbc.sql("""
                            INSERT INTO persoonsgegevens (persoon_id, naam, vastgelegd_op)
                            SELECT 'buur-' || r, 'Buur ' || r, now() FROM unnest(CAST(:regios AS text[])) AS r""")
                    .param("regios", regios.toArray(String[]::new)).update();
            jdbc.sql("""
                            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                metadata, payload, payloadrevision, payloadtype, timestamp)
                            SELECT r.regio,
                                   (SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = r.regio),
                                   s.type,
                                   CASE WHEN r.regio = :gifRegio THEN :gifId ELSE gen_random_uuid()::text END,
                                   s.metadata,
                                   convert_to(replace(replace(convert_from(s.payload, 'UTF8'), '"twente"',
                                                              '"' || r.regio || '"'),
                                                      :sjabloonPersoon,
                                                      CASE WHEN r.regio = :gifRegio THEN :nul
                                                           ELSE 'buur-' || r.regio END), 'UTF8'),
                                   s.payloadrevision, s.payloadtype, s.timestamp
                            FROM domainevententry s, unnest(CAST(:regios AS text[])) WITH ORDINALITY AS r(regio, n)
                            WHERE s.globalindex = :sjabloon
                            ORDER BY r.n""")
                    .param("regios", regios.toArray(String[]::new)).param("gifRegio", gifRegio)
                    .param("gifId", gifId).param("nul", "Gif\\u0000beker").param("sjabloon", sjabloon)
                    .param("sjabloonPersoon", sjabloonPersoon)
                    .update();

            JsonNode brieven = register.totZichtbaar("beheer", "/v1/beheer/dode-brieven",
                    r -> brieven(r, "besluitenhistorie").size() == 1 && brieven(r, "regio-status").size() == 1);
            assertThat(brieven(brieven, "besluitenhistorie")).containsExactly(gifId);
            assertThat(brieven(brieven, "regio-status")).containsExactly(gifId);

            for (String regio : regios) {
                if (!regio.equals(gifRegio)) {
                    assertThat(register.totZichtbaar("bzk", "/v1/regios/" + regio,
                            r -> ("Buur " + regio).equals(r.at("/regio/rijksvertegenwoordiger/naam").asText()))
                            .at("/regio/rijksvertegenwoordiger/naam").asText()).isEqualTo("Buur " + regio);
                }
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                            SELECT count(*) FROM besluit_historie WHERE inhoud ->> 'persoonId' LIKE 'buur-%'""")
                    .query(Long.class).single()).isEqualTo(regios.size() - 1));
            // the batch was written at once, refused, and handled again event by event
            assertThat(log.getAll()).contains("worden opnieuw verwerkt, een voor een");
        }
    }

    @Test
    void een_gif_tussen_moties_gaat_in_het_kamerbeeld_alleen_naar_de_dode_brieven(CapturedOutput log) {
        try (ConfigurableApplicationContext app = start()) {
            Regioregister register = register(app);
            Regioregister.Antwoord sjabloon = register.post("bzk", "/v1/moties", """
                    {"kamerstuknummer": "36600-1", "titel": "Sjabloonmotie", "indieners": ["Flach"],
                     "aangenomenOp": "2025-06-02",
                     "besluit": {"ingangsdatum": "2025-06-02", "motivering": "Aangenomen", "bron": "Stemmingen"}}""");
            long positie = sjabloon.body().path("positie").asLong();
            register.totZichtbaar("bzk", "/v1/moties/36600-1?minimalePositie=" + positie,
                    r -> "Sjabloonmotie".equals(r.path("titel").asText()));
            String gifId = UUID.randomUUID().toString();

            // six moties committed together, so that the kamer view reads them as one batch and writes their facts
            // in one JDBC batch; the fourth has a title with a NUL that no text column of PostgreSQL accepts
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("""
                            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                metadata, payload, payloadrevision, payloadtype, timestamp)
                            SELECT 'motie:36600-1' || n, 0, s.type,
                                   CASE WHEN n = 4 THEN :gifId ELSE gen_random_uuid()::text END,
                                   s.metadata,
                                   convert_to(replace(replace(convert_from(s.payload, 'UTF8'), '"36600-1"',
                                                              '"36600-1' || n || '"'),
                                                      'Sjabloonmotie',
                                                      CASE WHEN n = 4 THEN :nul ELSE 'Motie ' || n END), 'UTF8'),
                                   s.payloadrevision, s.payloadtype, s.timestamp
                            FROM domainevententry s, generate_series(1, 6) AS n
                            WHERE s.globalindex = :sjabloon
                            ORDER BY n""")
                    .param("gifId", gifId).param("nul", "Gif\\u0000motie").param("sjabloon", positie).update();

            JsonNode brieven = register.totZichtbaar("beheer", "/v1/beheer/dode-brieven",
                    r -> brieven(r, "kamer").size() == 1);
            assertThat(brieven(brieven, "kamer")).containsExactly(gifId);
            for (int n : new int[] {1, 2, 3, 5, 6}) {
                String nummer = "36600-1" + n;
                assertThat(register.totZichtbaar("bzk", "/v1/moties/" + nummer,
                        r -> ("Motie " + n).equals(r.path("titel").asText())).path("titel").asText())
                        .isEqualTo("Motie " + n);
            }
            assertThat(register.get("bzk", "/v1/moties/36600-14").status().value()).isEqualTo(404);
            // the batch was written at once, refused, and handled again event by event
            assertThat(log.getAll()).contains("Schrijven van een batch van kamer mislukt");
        }
    }

    private static List<String> brieven(JsonNode overzicht, String groep) {
        return StreamSupport.stream(overzicht.path("groepen").spliterator(), false)
                .filter(g -> g.path("processingGroup").asText().equals(groep))
                .findFirst()
                .map(g -> g.findValuesAsText("gebeurtenisId"))
                .orElse(List.of());
    }
}
