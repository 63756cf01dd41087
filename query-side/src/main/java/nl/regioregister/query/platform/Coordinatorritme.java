package nl.regioregister.query.platform;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinator of every pooled streaming processor hands events to its work package as soon as the package has room
 * again, instead of 100 ms later, and looks for new events every 20 ms when it has none, instead of every 500 ms.
 * <p>
 * Axon's coordinator (4.13, {@code Coordinator.CoordinationTask#run}) reads events into a work package's queue until
 * the queue holds 1,024 ({@code WorkPackage.BUFFER_SIZE}); finding it full, it schedules its next round 100 ms later
 * ({@code scheduleCoordinationTask(100)}), and a work package that finishes a batch does not wake it (its
 * {@code onBatchProcessed} callback only resets the error back-off). A projection that handles a batch of 1,000
 * events in well under 100 ms then waits for the rest of the 100 ms with an empty queue: while catching up, no
 * projection could pass about 10,000 events a second, and the history and the status reached 4,000-6,000
 * ({@code docs/benchmarks.md}, "Catch-up"), against 12,000-15,000 for the same handlers in a rebuild.
 * <p>
 * When it has read every event, the coordinator waits for the stream to call back that new events are available; a
 * stream that cannot call back is asked again after 500 ms ({@code scheduleCoordinationTask(500)}). Axon's embedded
 * event store is such a stream ({@code EmbeddedEventStore.EventConsumer} keeps {@code BlockingStream}'s default
 * {@code setOnAvailableCallback}, which answers {@code false}): a decision waited up to half a second before any
 * projection began on it, which was most of the status's lag in the benchmark (p50 about 460 ms).
 * <p>
 * Axon schedules both rounds on the coordinator's own executor, which the processor's builder takes. This executor
 * runs the "queue full" round after {@value #WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS} ms and the "nothing new" round after
 * {@value #WACHTTIJD_ZONDER_NIEUWS_MS} ms; every other delay (the token claim interval, the back-off after an error,
 * which starts at 1,000 ms) is Axon's own. A round that finds the queue still full costs a count of that queue; a
 * round that finds nothing new asks the event store's in-memory cache, not the database.
 */
@Configuration(proxyBeanMethods = false)
public class Coordinatorritme {

    /** The delay Axon's coordinator chooses when a work package's queue is full. */
    static final long AXON_WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS = 100;
    /** The delay used instead. */
    static final long WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS = 2;
    /** The delay Axon's coordinator chooses when it has no new events and its stream cannot call back. */
    static final long AXON_WACHTTIJD_ZONDER_NIEUWS_MS = 500;
    /** The delay used instead. */
    static final long WACHTTIJD_ZONDER_NIEUWS_MS = 20;

    @Bean
    ConfigurerModule coordinatorZonderStilstand() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuratie, bouwer) -> bouwer.coordinatorExecutor(processor -> {
                    ScheduledExecutorService planner = new Planner(processor);
                    configuratie.onShutdown(planner::shutdown);
                    return planner;
                }));
    }

    /** One thread, named as Axon names it, that shortens only the "queue full" delay. */
    static class Planner extends ScheduledThreadPoolExecutor {

        Planner(String processor) {
            super(1, new AxonThreadFactory("Coordinator[" + processor + "]"));
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable taak, long vertraging, TimeUnit eenheid) {
            return super.schedule(taak, wachttijd(vertraging, eenheid), eenheid);
        }

        static long wachttijd(long vertraging, TimeUnit eenheid) {
            if (eenheid != TimeUnit.MILLISECONDS) {
                return vertraging;
            }
            if (vertraging == AXON_WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS) {
                return WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS;
            }
            return vertraging == AXON_WACHTTIJD_ZONDER_NIEUWS_MS ? WACHTTIJD_ZONDER_NIEUWS_MS : vertraging;
        }
    }
}
