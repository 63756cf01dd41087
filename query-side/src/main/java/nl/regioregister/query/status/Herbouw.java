package nl.regioregister.query.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import jakarta.annotation.PreDestroy;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.RegioVan;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the region status from the whole event store into a new generation while the active one stays readable,
 * then, holding the lock the live projection shares, drains the last events and switches over. Progress is kept in
 * {@code projectie_herbouw} so any instance can report it.
 */
@Component
class Herbouw {

    private static final Logger LOG = LoggerFactory.getLogger(Herbouw.class);
    // Each batch folds a region at most once; a batch whose decisions take effect before some already folded (a
    // backdated one) folds its regions again from the index, so fewer, larger batches cost less.
    private static final int BATCH = 2_000;

    enum Status { BEZIG, KLAAR, MISLUKT }

    record Voortgang(String projectie, int generatie, Status status, long verwerkt, long totaal, double perSeconde,
                     Long geschatteRestduurSeconden, Instant gestartOp, Instant bijgewerktOp, String fout) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final EventStorageEngine eventStore;
    private final RegioStatusOpslag opslag;
    private final RegioStatusBatch batch;
    private final Clock clock;
    private final ExecutorService uitvoerder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "herbouw-regio-status");
        t.setDaemon(true);
        return t;
    });

    Herbouw(JdbcClient jdbc, TransactionTemplate transactie, EventStorageEngine eventStore, RegioStatusOpslag opslag,
            RegioStatusBatch batch, Clock clock) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.eventStore = eventStore;
        this.opslag = opslag;
        this.batch = batch;
        this.clock = clock;
    }

    /** Starts a rebuild unless one is running; answers its progress either way. */
    synchronized Voortgang start() {
        // A rebuild that has not reported progress for ten minutes (its instance stopped) is started again.
        Optional<Voortgang> lopend = voortgang().filter(v -> v.status() == Status.BEZIG)
                .filter(v -> v.bijgewerktOp().isAfter(clock.instant().minus(Duration.ofMinutes(10))));
        if (lopend.isPresent()) {
            return lopend.get();
        }
        int generatie = transactie.execute(tx -> {
            int nieuw = jdbc.sql("SELECT GREATEST(actief, COALESCE(in_opbouw, 0)) + 1 FROM projectie_generatie "
                    + "WHERE projectie = :p FOR UPDATE").param("p", RegioStatusOpslag.PROJECTIE)
                    .query(Integer.class).single();
            jdbc.sql("UPDATE projectie_generatie SET in_opbouw = :g WHERE projectie = :p")
                    .param("g", nieuw).param("p", RegioStatusOpslag.PROJECTIE).update();
            opslag.wisGeneratie(nieuw);
            long totaal = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
            Timestamp nu = Timestamp.from(clock.instant());
            jdbc.sql("""
                            INSERT INTO projectie_herbouw (projectie, generatie, status, verwerkt, totaal, gestart_op,
                                                           bijgewerkt_op, fout)
                            VALUES (:p, :g, 'BEZIG', 0, :t, :nu, :nu, NULL)
                            ON CONFLICT (projectie) DO UPDATE SET generatie = :g, status = 'BEZIG', verwerkt = 0,
                                totaal = :t, gestart_op = :nu, bijgewerkt_op = :nu, fout = NULL""")
                    .param("p", RegioStatusOpslag.PROJECTIE).param("g", nieuw).param("t", totaal).param("nu", nu)
                    .update();
            return nieuw;
        });
        uitvoerder.execute(() -> bouw(generatie));
        return voortgang().orElseThrow();
    }

    Optional<Voortgang> voortgang() {
        return jdbc.sql("""
                        SELECT generatie, status, verwerkt, totaal, gestart_op, bijgewerkt_op, fout
                        FROM projectie_herbouw WHERE projectie = :p""")
                .param("p", RegioStatusOpslag.PROJECTIE)
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
                    return new Voortgang(RegioStatusOpslag.PROJECTIE, rs.getInt("generatie"), status, verwerkt,
                            totaal, Math.round(perSeconde * 10) / 10.0, rest, gestart, bijgewerkt,
                            rs.getString("fout"));
                })
                .optional();
    }

    private void bouw(int generatie) {
        try {
            TrackingToken laatste = verwerk(generatie, null, 0, false);
            transactie.executeWithoutResult(tx -> {
                opslag.neemGeneratieSlotExclusief();
                verwerk(generatie, laatste, verwerkt(), true);
                jdbc.sql("UPDATE projectie_generatie SET actief = :g, in_opbouw = NULL WHERE projectie = :p")
                        .param("g", generatie).param("p", RegioStatusOpslag.PROJECTIE).update();
                jdbc.sql("UPDATE projectie_herbouw SET status = 'KLAAR', bijgewerkt_op = :nu WHERE projectie = :p")
                        .param("nu", Timestamp.from(clock.instant())).param("p", RegioStatusOpslag.PROJECTIE)
                        .update();
            });
            LOG.info("Herbouw van {} klaar: generatie {} is actief", RegioStatusOpslag.PROJECTIE, generatie);
        } catch (RuntimeException fout) {
            LOG.error("Herbouw van {} mislukt", RegioStatusOpslag.PROJECTIE, fout);
            jdbc.sql("""
                            UPDATE projectie_herbouw SET status = 'MISLUKT', fout = :f, bijgewerkt_op = :nu
                            WHERE projectie = :p""")
                    .param("f", String.valueOf(fout.getMessage())).param("nu", Timestamp.from(clock.instant()))
                    .param("p", RegioStatusOpslag.PROJECTIE).update();
        }
    }

    private long verwerkt() {
        return jdbc.sql("SELECT verwerkt FROM projectie_herbouw WHERE projectie = :p")
                .param("p", RegioStatusOpslag.PROJECTIE).query(Long.class).single();
    }

    /**
     * Folds every event after the token into the generation, in batches of its own transactions, or, when
     * {@code inLopendeTransactie}, inside the caller's. Returns the token of the last event read.
     */
    private TrackingToken verwerk(int generatie, TrackingToken vanaf, long alVerwerkt, boolean inLopendeTransactie) {
        TrackingToken token = vanaf;
        long verwerkt = alVerwerkt;
        try (Stream<? extends TrackedEventMessage<?>> stroom = eventStore.readEvents(vanaf, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stroom.iterator();
            while (it.hasNext()) {
                java.util.List<TrackedEventMessage<?>> batch = new java.util.ArrayList<>(BATCH);
                while (it.hasNext() && batch.size() < BATCH) {
                    batch.add(it.next());
                }
                if (inLopendeTransactie) {
                    pasToe(generatie, batch);
                } else {
                    transactie.executeWithoutResult(tx -> pasToe(generatie, batch));
                }
                token = batch.get(batch.size() - 1).trackingToken();
                verwerkt += batch.size();
                jdbc.sql("UPDATE projectie_herbouw SET verwerkt = :v, bijgewerkt_op = :nu WHERE projectie = :p")
                        .param("v", verwerkt).param("nu", Timestamp.from(clock.instant()))
                        .param("p", RegioStatusOpslag.PROJECTIE).update();
                LOG.info("Herbouw {}: {} gebeurtenissen verwerkt", RegioStatusOpslag.PROJECTIE, verwerkt);
            }
        }
        return token;
    }

    private void pasToe(int generatie, java.util.List<TrackedEventMessage<?>> gebeurtenissen) {
        java.util.List<RegioStatusBatch.RegioBesluit> besluiten = new java.util.ArrayList<>();
        for (TrackedEventMessage<?> gebeurtenis : gebeurtenissen) {
            Object payload = gebeurtenis.getPayload();
            RegioVan.gebeurtenis(payload).ifPresent(regio -> besluiten.add(new RegioStatusBatch.RegioBesluit(regio,
                    new RegioStatusBerekening.Besluitgebeurtenis(payload, Besluit.uit(gebeurtenis.getMetaData()),
                            EigenPositie.van(gebeurtenis)))));
        }
        batch.verwerk(generatie, besluiten);
    }

    @PreDestroy
    void stop() {
        uitvoerder.shutdownNow();
    }
}
