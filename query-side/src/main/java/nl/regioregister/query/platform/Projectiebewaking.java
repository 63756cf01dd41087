package nl.regioregister.query.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A projection that cannot apply an event is an alarm, not a line at WARN. Every two seconds this looks at each event
 * processor: whether it is in error (the feed, which may not skip an event, stops there), how many events wait in its
 * dead-letter queue, and how far it is behind the event store. It shows that as the health component
 * {@code projecties} (per processor DOWN when in error, OUT_OF_SERVICE with dead letters), as the gauges
 * {@code regioregister_projectie_dode_brieven}, {@code regioregister_projectie_achterstand} and
 * {@code regioregister_projectie_in_fout}, and logs ERROR once when a processor gets into trouble (INFO when it is
 * out again).
 * <p>
 * Health reads the last look, so it answers at once, also while the database is unreachable.
 */
@Component("projecties")
class Projectiebewaking implements CompositeHealthContributor, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Projectiebewaking.class);
    private static final long INTERVAL_MS = 2000;

    /** What the last look saw of one processor; a count is -1 when it could not be read. */
    record Stand(String processor, boolean loopt, boolean inFout, String fout, long dodeBrieven, long achterstand) {

        Status status() {
            if (inFout) {
                return Status.DOWN;
            }
            if (dodeBrieven > 0 || !loopt) {
                return Status.OUT_OF_SERVICE;
            }
            return Status.UP;
        }

        boolean alarm() {
            return inFout || dodeBrieven > 0;
        }
    }

    private final EventProcessingConfiguration verwerking;
    private final Verwerkingsstand verwerkingsstand;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Map<String, Stand> standen = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService kijker;

    Projectiebewaking(EventProcessingConfiguration verwerking, Verwerkingsstand verwerkingsstand, JdbcClient jdbc,
                      MeterRegistry meters) {
        this.verwerking = verwerking;
        this.verwerkingsstand = verwerkingsstand;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Looks once at every processor. */
    void kijk() {
        Optional<Long> kop = lees(() -> jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class).single());
        verwerking.eventProcessors().forEach((naam, processor) -> {
            Stand vorige = standen.get(naam);
            Stand nu = kijk(naam, processor, kop, vorige);
            if (vorige == null) {
                registreerMeters(naam);
            }
            meld(vorige, nu);
            standen.put(naam, nu);
        });
    }

    private Stand kijk(String naam, EventProcessor processor, Optional<Long> kop, Stand vorige) {
        String fout = null;
        if (processor instanceof StreamingEventProcessor streaming) {
            fout = streaming.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState)
                    .map(status -> String.valueOf(status.getError()))
                    .findFirst().orElse(null);
        }
        boolean inFout = processor.isError() || fout != null;
        long dodeBrieven = verwerking.deadLetterQueue(naam).isEmpty() ? 0
                : lees(() -> verwerking.deadLetterQueue(naam).get().size())
                .orElse(vorige == null ? -1 : vorige.dodeBrieven());
        long achterstand = kop.flatMap(k -> lees(() -> Math.max(0, k - verwerkingsstand.van(naam).positie())))
                .orElse(vorige == null ? -1 : vorige.achterstand());
        return new Stand(naam, processor.isRunning(), inFout, inFout && fout == null ? "in fout" : fout,
                dodeBrieven, achterstand);
    }

    private void meld(Stand vorige, Stand nu) {
        boolean wasAlarm = vorige != null && vorige.alarm();
        if (nu.alarm() && !wasAlarm) {
            if (nu.inFout()) {
                LOG.error("Projectie {} staat stil door een fout en probeert het opnieuw ({} posities achter): {}",
                        nu.processor(), nu.achterstand(), nu.fout());
            } else {
                LOG.error("Projectie {} kan {} gebeurtenis(sen) niet verwerken; zij wachten in haar dead-letter queue "
                        + "(GET /v1/beheer/dode-brieven)", nu.processor(), nu.dodeBrieven());
            }
        } else if (!nu.alarm() && wasAlarm) {
            LOG.info("Projectie {} verwerkt weer alles (dode brieven: {})", nu.processor(), nu.dodeBrieven());
        }
    }

    private void registreerMeters(String naam) {
        Gauge.builder("regioregister.projectie.dode.brieven", standen, s -> waarde(s, naam, Stand::dodeBrieven))
                .description("Gebeurtenissen die de projectie niet kon verwerken, wachtend in haar dead-letter queue")
                .tag("processor", naam).register(meters);
        Gauge.builder("regioregister.projectie.achterstand", standen, s -> waarde(s, naam, Stand::achterstand))
                .description("Hoeveel posities de projectie achter de event store is")
                .tag("processor", naam).register(meters);
        Gauge.builder("regioregister.projectie.in.fout", standen, s -> waarde(s, naam, t -> t.inFout() ? 1 : 0))
                .description("1 zolang de processor in fout staat en opnieuw probeert")
                .tag("processor", naam).register(meters);
    }

    private static double waarde(Map<String, Stand> standen, String naam,
                                 java.util.function.ToLongFunction<Stand> welke) {
        Stand stand = standen.get(naam);
        return stand == null ? Double.NaN : welke.applyAsLong(stand);
    }

    private static <T> Optional<T> lees(java.util.function.Supplier<T> lezing) {
        try {
            return Optional.ofNullable(lezing.get());
        } catch (RuntimeException databaseWeg) {
            return Optional.empty();
        }
    }

    // --- health: one indicator per processor -------------------------------------------------------------------

    @Override
    public HealthContributor getContributor(String naam) {
        Stand stand = standen.get(naam);
        return stand == null ? null : (HealthIndicator) () -> gezondheid(stand);
    }

    @Override
    public java.util.Iterator<NamedContributor<HealthContributor>> iterator() {
        return new java.util.TreeMap<>(standen).values().stream()
                .map(stand -> NamedContributor.<HealthContributor>of(stand.processor(),
                        (HealthIndicator) () -> gezondheid(stand)))
                .iterator();
    }

    private static Health gezondheid(Stand stand) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dodeBrieven", stand.dodeBrieven());
        details.put("achterstand", stand.achterstand());
        details.put("loopt", stand.loopt());
        if (stand.fout() != null) {
            details.put("fout", stand.fout());
        }
        return Health.status(stand.status()).withDetails(details).build();
    }

    // --- lifecycle: looks while the processors run, stops looking before they stop -----------------------------

    @Override
    public void start() {
        kijk();
        kijker = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "projectiebewaking");
            draad.setDaemon(true);
            return draad;
        });
        kijker.scheduleWithFixedDelay(this::kijkVeilig, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    private void kijkVeilig() {
        try {
            kijk();
        } catch (RuntimeException onverwacht) {
            LOG.warn("Kijken naar de projecties mislukte", onverwacht);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService weg = kijker;
        kijker = null;
        if (weg != null) {
            weg.shutdownNow();
            try {
                weg.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return kijker != null;
    }

    /** After the event processors start (Axon's phase for them is far lower), before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2;
    }
}
