package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test: the standalone run in its own JVM, with its default (durable) embedded database, is killed with
 * SIGKILL while 8 writers record decisions at once. The next start succeeds at the first try, and every decision
 * answered {@code 2xx} is in the event store, none twice.
 */
@Tag("fouten")
class SigkillOnderBelastingTest {

    private static final List<String> REGIOS = List.of("achterhoek", "twente", "zuid-limburg", "noord-limburg",
            "midden-limburg", "zeeuws-vlaanderen", "noard-fryslan", "kop-van-noord-holland");

    @TempDir
    Path map;

    @Test
    void na_sigkill_onder_acht_schrijvers_is_elk_bevestigd_besluit_er_precies_een_keer_en_start_het_register_meteen()
            throws Exception {
        Path datamap = map.resolve("postgres");
        EigenProces eerste = EigenProces.start(datamap, map.resolve("eerste.log"));
        Schrijvers schrijvers;
        try {
            eerste.wachtTotGezond(Duration.ofSeconds(120));
            eerste.register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            schrijvers = new Schrijvers("http://localhost:" + eerste.poort, REGIOS, "Sigkill");
            schrijvers.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> schrijvers.bevestigd() >= 200);
            eerste.sigkill();
            // the writers see the connection refused, then stop
            Thread.sleep(1000);
            schrijvers.stop();
        } finally {
            eerste.ruimOp();
        }

        int pogingen = 0;
        EigenProces tweede = null;
        try {
            int postgresPoort = EigenProces.vrijePoort();
            tweede = EigenProces.start(datamap, map.resolve("tweede.log"),
                    "--regioregister.ingebouwde-database.poort=" + postgresPoort);
            pogingen++;
            tweede.wachtTotGezond(Duration.ofSeconds(120));

            Schrijvers.Cijfers cijfers = schrijvers.cijfers(
                    schrijvers.opgeslagen("jdbc:postgresql://localhost:" + postgresPoort + "/postgres"));
            Betrouwbaarheidsrapport.schrijf("sigkill", """
                    ## SIGKILL of the standalone run under 8 concurrent writers

                    The standalone run in its own JVM (default, durable embedded PostgreSQL); 8 writers, one per
                    region, record appointments until at least 200 are acknowledged; then the JVM gets SIGKILL (its
                    PostgreSQL keeps running) and the run is started again on the same `./data`.

                    | figure | value |
                    |---|---|
                    | sent | %d |
                    | acknowledged (`2xx`) | %d |
                    | lost (acknowledged, not stored) | %d |
                    | duplicated | %d |
                    | stored without acknowledgement | %d |
                    | starts needed after the kill | %d |
                    """.formatted(cijfers.verzonden(), cijfers.bevestigd(), cijfers.verloren(), cijfers.dubbel(),
                    cijfers.opgeslagenZonderBevestiging(), pogingen));

            assertThat(cijfers.bevestigd()).isGreaterThanOrEqualTo(200);
            assertThat(cijfers.verloren()).as("bevestigd maar niet opgeslagen").isZero();
            assertThat(cijfers.dubbel()).as("dubbel opgeslagen").isZero();
            assertThat(pogingen).isEqualTo(1);
            // and the views catch up with every stored decision, without a dead letter
            EigenProces draaiend = tweede;
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(draaiend.register
                    .get("beheer", "/actuator/health").body().at("/components/projecties/status").asText())
                    .isEqualTo("UP"));
        } finally {
            if (tweede != null) {
                tweede.ruimOp();
            }
        }
    }
}
