package nl.regioregister.query.status;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events of status changes, per region and for the overview. Sent only after the projection's
 * transaction committed, from a separate pool through a small queue per subscriber: a slow subscriber loses
 * intermediate notifications (it reads the current status anyway) but never holds up the projection.
 */
@Component
class RegioStatusMeldingen {

    private static final int WACHTRIJ = 64;
    private static final String OVERZICHT = "*";

    record Melding(String regioId, long positie) {
    }

    private final class Abonnee {
        final String regioId;
        final Runnable vrijgeven;
        final SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        final Queue<Melding> wachtrij = new ArrayBlockingQueue<>(WACHTRIJ);
        final AtomicBoolean bezig = new AtomicBoolean();

        Abonnee(String regioId, Runnable vrijgeven) {
            this.regioId = regioId;
            this.vrijgeven = vrijgeven;
        }

        void meld(Melding melding) {
            if (!wachtrij.offer(melding)) {
                wachtrij.poll();
                wachtrij.offer(melding);
            }
            if (bezig.compareAndSet(false, true)) {
                verzenders.execute(this::verstuur);
            }
        }

        private void verstuur() {
            try {
                Melding melding;
                while ((melding = wachtrij.poll()) != null) {
                    emitter.send(SseEmitter.event().id(Long.toString(melding.positie())).name("regio-status")
                            .data(melding));
                }
            } catch (IOException | IllegalStateException weg) {
                afmelden(this);
            } finally {
                bezig.set(false);
                if (!wachtrij.isEmpty() && bezig.compareAndSet(false, true)) {
                    verzenders.execute(this::verstuur);
                }
            }
        }
    }

    private final Map<Abonnee, Boolean> abonnees = new ConcurrentHashMap<>();
    private final ExecutorService verzenders = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(10_000), new ThreadPoolExecutor.DiscardPolicy());

    /** Opens a stream; {@code vrijgeven} runs once it ends, however it ends. */
    SseEmitter abonneer(String regioId, Runnable vrijgeven) {
        Abonnee abonnee = new Abonnee(regioId == null ? OVERZICHT : regioId, vrijgeven);
        abonnees.put(abonnee, Boolean.TRUE);
        abonnee.emitter.onCompletion(() -> afmelden(abonnee));
        abonnee.emitter.onTimeout(() -> afmelden(abonnee));
        abonnee.emitter.onError(fout -> afmelden(abonnee));
        try {
            // opens the stream at once, so that a dashboard knows it listens before anything changes
            abonnee.emitter.send(SseEmitter.event().comment("verbonden"));
        } catch (IOException weg) {
            afmelden(abonnee);
        }
        return abonnee.emitter;
    }

    /** Notifies subscribers once the current transaction has committed. */
    void naCommit(String regioId, long positie) {
        Melding melding = new Melding(regioId, positie);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    meld(melding);
                }
            });
        } else {
            meld(melding);
        }
    }

    private void meld(Melding melding) {
        abonnees.keySet().stream()
                .filter(a -> a.regioId.equals(OVERZICHT) || a.regioId.equals(melding.regioId()))
                .forEach(a -> a.meld(melding));
    }

    private void afmelden(Abonnee abonnee) {
        abonnees.remove(abonnee);
        abonnee.vrijgeven.run();
    }

    /** Ends every stream as soon as the service stops, so that a graceful shutdown need not wait for listeners. */
    @EventListener(ContextClosedEvent.class)
    void sluitStromen() {
        abonnees.keySet().forEach(a -> {
            a.emitter.complete();
            a.vrijgeven.run();
        });
        abonnees.clear();
    }

    @PreDestroy
    void stop() {
        sluitStromen();
        verzenders.shutdownNow();
    }
}
