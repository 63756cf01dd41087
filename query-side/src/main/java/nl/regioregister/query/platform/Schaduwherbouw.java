package nl.regioregister.query.platform;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a table projection without downtime: folds the whole event store into copies of its tables (named with
 * {@value #ACHTERVOEGSEL}) while the live tables stay readable and the live projection goes on, then, holding the
 * projection's {@link Herbouwslot} alone, applies the events committed meanwhile and renames the copies into place in
 * one transaction. A reader waiting on a renamed table reads the new one once the switch commits. Both sides apply
 * every event idempotently at its own position, so an event that both the rebuild and the live projection see is
 * applied once. Progress ({@code projectie_herbouw}) is readable from every instance.
 */
@Component
public class Schaduwherbouw {

    static final String ACHTERVOEGSEL = "_herbouw";
    private static final Logger LOG = LoggerFactory.getLogger(Schaduwherbouw.class);
    private static final int BATCH = 500;
    private static final Duration STIL = Duration.ofMinutes(10);

    public enum Status { BEZIG, KLAAR, MISLUKT }

    /** How far a rebuild is: events done of the total, the rate, and an estimate of the time left. */
    public record Voortgang(String projectie, Status status, long verwerkt, long totaal, double perSeconde,
                            Long geschatteRestduurSeconden, Instant gestartOp, Instant bijgewerktOp, String fout) {
    }

    private final Map<String, Herbouwbaar> projecties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final EventStorageEngine eventStore;
    private final Herbouwslot slot;
    private final Clock clock;
    private final ExecutorService uitvoerder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schaduwherbouw");
        t.setDaemon(true);
        return t;
    });

    public Schaduwherbouw(List<Herbouwbaar> projecties, JdbcClient jdbc, TransactionTemplate transactie,
                          EventStorageEngine eventStore, Herbouwslot slot, Clock clock) {
        this.projecties = projecties.stream().collect(Collectors.toMap(Herbouwbaar::naam, Function.identity()));
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.eventStore = eventStore;
        this.slot = slot;
        this.clock = clock;
    }

    public boolean kent(String projectie) {
        return projecties.containsKey(projectie);
    }

    /**
     * Starts a rebuild of the projection unless one is running; answers its progress either way. A rebuild that has
     * not reported progress for {@link #STIL} (its instance stopped) is started again.
     */
    public synchronized Voortgang start(String naam) {
        Herbouwbaar projectie = projecties.get(naam);
        Optional<Voortgang> lopend = voortgang(naam).filter(v -> v.status() == Status.BEZIG)
                .filter(v -> v.bijgewerktOp().isAfter(clock.instant().minus(STIL)));
        if (lopend.isPresent()) {
            return lopend.get();
        }
        transactie.executeWithoutResult(tx -> {
            for (String tabel : projectie.tabellen()) {
                jdbc.sql("DROP TABLE IF EXISTS " + tabel + ACHTERVOEGSEL).update();
                jdbc.sql("CREATE TABLE " + tabel + ACHTERVOEGSEL + " (LIKE " + tabel + " INCLUDING ALL)").update();
            }
            long totaal = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
            Timestamp nu = Timestamp.from(clock.instant());
            jdbc.sql("""
                            INSERT INTO projectie_herbouw (projectie, generatie, status, verwerkt, totaal, gestart_op,
                                                           bijgewerkt_op, fout)
                            VALUES (:p, 1, 'BEZIG', 0, :t, :nu, :nu, NULL)
                            ON CONFLICT (projectie) DO UPDATE SET generatie = projectie_herbouw.generatie + 1,
                                status = 'BEZIG', verwerkt = 0, totaal = :t, gestart_op = :nu, bijgewerkt_op = :nu,
                                fout = NULL""")
                    .param("p", naam).param("t", totaal).param("nu", nu).update();
        });
        uitvoerder.execute(() -> bouw(projectie));
        return voortgang(naam).orElseThrow();
    }

    public Optional<Voortgang> voortgang(String naam) {
        return jdbc.sql("""
                        SELECT status, verwerkt, totaal, gestart_op, bijgewerkt_op, fout
                        FROM projectie_herbouw WHERE projectie = :p""")
                .param("p", naam)
                .query((rs, n) -> {
                    long verwerkt = rs.getLong("verwerkt");
                    long totaal = rs.getLong("totaal");
                    Instant gestart = rs.getTimestamp("gestart_op").toInstant();
                    Instant bijgewerkt = rs.getTimestamp("bijgewerkt_op").toInstant();
                    double seconden = Math.max(0.001, Duration.between(gestart, bijgewerkt).toMillis() / 1000.0);
                    double perSeconde = verwerkt / seconden;
                    Status status = Status.valueOf(rs.getString("status"));
                    Long rest = status != Status.BEZIG ? Long.valueOf(0) : perSeconde <= 0 ? null
                            : Long.valueOf(Math.round(Math.max(0, totaal - verwerkt) / perSeconde));
                    return new Voortgang(naam, status, verwerkt, totaal, Math.round(perSeconde * 10) / 10.0, rest,
                            gestart, bijgewerkt, rs.getString("fout"));
                })
                .optional();
    }

    private void bouw(Herbouwbaar projectie) {
        try {
            TrackingToken laatste = verwerk(projectie, null, 0, false);
            transactie.executeWithoutResult(tx -> {
                slot.alleen(projectie.naam());
                verwerk(projectie, laatste, verwerkt(projectie.naam()), true);
                for (String tabel : projectie.tabellen()) {
                    jdbc.sql("ALTER TABLE " + tabel + " RENAME TO " + tabel + "_oud").update();
                    jdbc.sql("ALTER TABLE " + tabel + ACHTERVOEGSEL + " RENAME TO " + tabel).update();
                    jdbc.sql("DROP TABLE " + tabel + "_oud").update();
                }
                jdbc.sql("UPDATE projectie_herbouw SET status = 'KLAAR', bijgewerkt_op = :nu WHERE projectie = :p")
                        .param("nu", Timestamp.from(clock.instant())).param("p", projectie.naam()).update();
            });
            LOG.info("Herbouw van {} klaar: de herbouwde tabellen zijn in gebruik", projectie.naam());
        } catch (RuntimeException fout) {
            LOG.error("Herbouw van {} mislukt", projectie.naam(), fout);
            jdbc.sql("""
                            UPDATE projectie_herbouw SET status = 'MISLUKT', fout = :f, bijgewerkt_op = :nu
                            WHERE projectie = :p""")
                    .param("f", String.valueOf(fout.getMessage())).param("nu", Timestamp.from(clock.instant()))
                    .param("p", projectie.naam()).update();
        }
    }

    private long verwerkt(String naam) {
        return jdbc.sql("SELECT verwerkt FROM projectie_herbouw WHERE projectie = :p").param("p", naam)
                .query(Long.class).single();
    }

    /**
     * Applies every event after the token to the copies, in batches of their own transactions or, when
     * {@code inLopendeTransactie}, in the caller's. Returns the token of the last event read.
     */
    private TrackingToken verwerk(Herbouwbaar projectie, TrackingToken vanaf, long alVerwerkt,
                                  boolean inLopendeTransactie) {
        TrackingToken token = vanaf;
        long verwerkt = alVerwerkt;
        try (Stream<? extends TrackedEventMessage<?>> stroom = eventStore.readEvents(vanaf, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stroom.iterator();
            while (it.hasNext()) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                while (it.hasNext() && batch.size() < BATCH) {
                    batch.add(it.next());
                }
                Runnable pasToe = () -> projectie.pasToe(batch, ACHTERVOEGSEL);
                if (inLopendeTransactie) {
                    pasToe.run();
                } else {
                    transactie.executeWithoutResult(tx -> pasToe.run());
                }
                token = batch.get(batch.size() - 1).trackingToken();
                verwerkt += batch.size();
                jdbc.sql("UPDATE projectie_herbouw SET verwerkt = :v, bijgewerkt_op = :nu WHERE projectie = :p")
                        .param("v", verwerkt).param("nu", Timestamp.from(clock.instant()))
                        .param("p", projectie.naam()).update();
                LOG.info("Herbouw {}: {} gebeurtenissen verwerkt", projectie.naam(), verwerkt);
            }
        }
        return token;
    }

    @PreDestroy
    void stop() {
        uitvoerder.shutdownNow();
    }
}
