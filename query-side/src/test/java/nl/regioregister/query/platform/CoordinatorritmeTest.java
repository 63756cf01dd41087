package nl.regioregister.query.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * The coordinator of a pooled streaming processor comes back to a full work package after 2 ms, not 100, and looks for
 * new events after 20 ms, not 500. The first test runs Axon's own coordinator over a backlog on Axon's embedded event
 * store, so that it fails when an Axon upgrade stops asking for exactly the delays the planner shortens (the planner
 * would then silently change nothing).
 */
class CoordinatorritmeTest {

    private static final int GEBEURTENISSEN = 3_000;

    @Test
    void axon_vraagt_100_ms_bij_een_volle_wachtrij_en_500_ms_zonder_nieuwe_gebeurtenissen_de_planner_2_en_20_ms()
            throws Exception {
        List<Long> gevraagd = new CopyOnWriteArrayList<>();
        List<Long> gepland = new CopyOnWriteArrayList<>();
        Coordinatorritme.Planner planner = new Coordinatorritme.Planner("proef") {
            @Override
            public ScheduledFuture<?> schedule(Runnable taak, long vertraging, TimeUnit eenheid) {
                gevraagd.add(eenheid.toMillis(vertraging));
                gepland.add(eenheid.toMillis(wachttijd(vertraging, eenheid)));
                return super.schedule(taak, vertraging, eenheid);
            }
        };
        EmbeddedEventStore opslag = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        for (int i = 0; i < GEBEURTENISSEN; i++) {
            opslag.publish(GenericEventMessage.asEventMessage("besluit " + i));
        }
        CountDownLatch verwerkt = new CountDownLatch(GEBEURTENISSEN);
        ScheduledExecutorService werkers = Executors.newScheduledThreadPool(1);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("proef")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(new TrageProjectie(verwerkt)).build())
                .messageSource(opslag)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.instance())
                .coordinatorExecutor(planner)
                .workerExecutor(werkers)
                .initialSegmentCount(1)
                .batchSize(100)
                .build();
        try {
            processor.start();
            assertThat(verwerkt.await(2, TimeUnit.MINUTES)).as("alle gebeurtenissen verwerkt").isTrue();
            // caught up, the coordinator asks again for new events: the embedded store cannot call back
            long uiterlijk = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!gevraagd.contains(500L) && System.nanoTime() < uiterlijk) {
                Thread.sleep(10);
            }
        } finally {
            processor.shutDown();
            planner.shutdown();
            werkers.shutdown();
            opslag.shutDown();
        }

        assertThat(gevraagd).as("de wachttijden die Axon's coordinator vroeg").contains(100L, 500L);
        assertThat(gepland).doesNotContain(100L, 500L).contains(2L, 20L);
    }

    @Test
    void elke_andere_wachttijd_blijft_die_van_axon() {
        assertThat(Coordinatorritme.Planner.wachttijd(0, TimeUnit.MILLISECONDS)).isZero();
        assertThat(Coordinatorritme.Planner.wachttijd(1_000, TimeUnit.MILLISECONDS)).isEqualTo(1_000);
        assertThat(Coordinatorritme.Planner.wachttijd(5_000, TimeUnit.MILLISECONDS)).isEqualTo(5_000);
        assertThat(Coordinatorritme.Planner.wachttijd(100, TimeUnit.SECONDS)).isEqualTo(100);
    }

    /** Takes a fifth of a millisecond per event, so that the coordinator fills the work package's queue. */
    static final class TrageProjectie {
        private final CountDownLatch verwerkt;

        TrageProjectie(CountDownLatch verwerkt) {
            this.verwerkt = verwerkt;
        }

        @EventHandler
        void op(String besluit) {
            LockSupport.parkNanos(200_000);
            verwerkt.countDown();
        }
    }
}
