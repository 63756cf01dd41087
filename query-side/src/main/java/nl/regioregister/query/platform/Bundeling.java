package nl.regioregister.query.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers what a projection writes over a processor's batch (one transaction with its token) and writes it at once
 * just before that transaction commits: a few statements per batch instead of several round trips per event.
 * <p>
 * An event a projection cannot handle in memory throws in its handler and goes to the dead-letter queue alone, as
 * before. An event that only the database refuses (a text PostgreSQL cannot store) fails the batch's write, and with
 * it the whole transaction: the processor then handles the same events again, and this time every event up to the
 * highest of the failed batch is written at once in its own handler, inside its own savepoint ({@code Savepoints}),
 * so that the one the database refuses goes to the dead-letter queue alone and its neighbours are kept.
 */
@Component
public class Bundeling {

    private static final Logger LOG = LoggerFactory.getLogger(Bundeling.class);
    private static final String PREFIX = Bundeling.class.getName() + ":";

    /** On a projection class whose handlers gather their writes here: they need no savepoint per event. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Gebundeld {
    }

    /** What one projection gathered in one transaction. */
    public interface Buffer {
        /** Writes what was gathered and forgets it, also when writing fails. */
        void schrijf();
    }

    /** Rows gathered in order, and the highest position handled; written by a function of both. */
    public static final class Rijen<R> implements Buffer {
        private final Schrijver<R> schrijver;
        private List<R> rijen = new ArrayList<>();
        private long hoogste = Long.MIN_VALUE;

        public Rijen(Schrijver<R> schrijver) {
            this.schrijver = schrijver;
        }

        /** Takes a row (none when null) of the event at the position. */
        public void neem(R rij, long positie) {
            if (rij != null) {
                rijen.add(rij);
            }
            hoogste = Math.max(hoogste, positie);
        }

        @Override
        public void schrijf() {
            if (hoogste == Long.MIN_VALUE) {
                return;
            }
            List<R> teSchrijven = rijen;
            long tot = hoogste;
            rijen = new ArrayList<>();
            hoogste = Long.MIN_VALUE;
            schrijver.schrijf(teSchrijven, tot);
        }
    }

    /** Writes the rows of a batch, of which the highest position is given. */
    @FunctionalInterface
    public interface Schrijver<R> {
        void schrijf(List<R> rijen, long hoogstePositie);
    }

    /** Per projection: events up to this position are written one by one, after a batch with them failed. */
    private final Map<String, Long> eenVoorEenTotEnMet = new ConcurrentHashMap<>();

    /** Whether the event at this position is gathered into its batch's write, rather than written at once. */
    public boolean gebundeld(String projectie, long positie) {
        return positie > eenVoorEenTotEnMet.getOrDefault(projectie, Long.MIN_VALUE);
    }

    /**
     * The projection's buffer of the current transaction, made on first use, that takes the event at the position.
     * Without a transaction (a test calling a handler directly) every buffer is new and written by {@link #klaar}.
     */
    public <B extends Buffer> B buffer(String projectie, long positie, Supplier<B> maak) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return maak.get();
        }
        String sleutel = PREFIX + projectie;
        @SuppressWarnings("unchecked")
        Houder<B> houder = (Houder<B>) TransactionSynchronizationManager.getResource(sleutel);
        if (houder == null) {
            Houder<B> nieuw = new Houder<>(maak.get());
            houder = nieuw;
            TransactionSynchronizationManager.bindResource(sleutel, nieuw);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    try {
                        nieuw.buffer.schrijf();
                    } catch (RuntimeException fout) {
                        eenVoorEen(projectie, nieuw.hoogste);
                        throw fout;
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
                }
            });
        }
        houder.hoogste = Math.max(houder.hoogste, positie);
        return houder.buffer;
    }

    /**
     * Ends the handling of one event: its writes stay gathered for the batch, or, when the event is handled one by
     * one (after a failed batch, or outside a transaction), are written now, inside the handler's savepoint.
     */
    public void klaar(String projectie, long positie, Buffer buffer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !gebundeld(projectie, positie)) {
            buffer.schrijf();
        }
    }

    private void eenVoorEen(String projectie, long totEnMet) {
        eenVoorEenTotEnMet.merge(projectie, totEnMet, Math::max);
        LOG.warn("Schrijven van een batch van {} mislukt: de gebeurtenissen tot en met positie {} worden opnieuw "
                + "verwerkt, een voor een", projectie, totEnMet);
    }

    private static final class Houder<B extends Buffer> {
        private final B buffer;
        private long hoogste = Long.MIN_VALUE;

        private Houder(B buffer) {
            this.buffer = buffer;
        }
    }
}
