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
 * again, instead of 100 ms later.
 * <p>
 * Axon's coordinator (4.13, {@code Coordinator.CoordinationTask#run}) reads events into a work package's queue until
 * the queue holds 1,024 ({@code WorkPackage.BUFFER_SIZE}); finding it full, it schedules its next round 100 ms later
 * ({@code scheduleCoordinationTask(100)}), and a work package that finishes a batch does not wake it (its
 * {@code onBatchProcessed} callback only resets the error back-off). A projection that handles a batch of 1,000
 * events in well under 100 ms then waits for the rest of the 100 ms with an empty queue: while catching up, no
 * projection could pass about 10,000 events a second, and the history and the status reached 4,000-6,000
 * ({@code docs/benchmarks.md}, "Catch-up"), against 12,000-15,000 for the same handlers in a rebuild.
 * <p>
 * Axon schedules that round on the coordinator's own executor, which the processor's builder takes. This executor
 * runs the "queue full" round after {@value #WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS} ms instead; every other delay (a new
 * event wakes the coordinator at once, the token claim interval, the back-off after an error) is Axon's own. A round
 * that finds the queue still full costs a count of that queue and nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class Coordinatorritme {

    /** The delay Axon's coordinator chooses when a work package's queue is full. */
    static final long AXON_WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS = 100;
    /** The delay used instead. */
    static final long WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS = 2;

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
            return eenheid == TimeUnit.MILLISECONDS && vertraging == AXON_WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS
                    ? WACHTTIJD_BIJ_VOLLE_WACHTRIJ_MS : vertraging;
        }
    }
}
