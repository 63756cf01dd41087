package nl.regioregister.query.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lock a live projection shares while it writes and a rebuild takes alone to put its tables in place: a
 * PostgreSQL advisory lock held until the end of the transaction. The live side takes it once per transaction (a
 * processor's batch), not once per event.
 */
@Component
public class Herbouwslot {

    private final JdbcClient jdbc;

    public Herbouwslot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PREFIX = Herbouwslot.class.getName() + ":";

    public void deel(String projectie) {
        String sleutel = PREFIX + projectie;
        boolean inTransactie = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransactie && TransactionSynchronizationManager.hasResource(sleutel)) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext(:p))").param("p", projectie).query().singleRow();
        if (inTransactie) {
            TransactionSynchronizationManager.bindResource(sleutel, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
                }
            });
        }
    }

    /**
     * A value read under the shared lock that only a holder of the exclusive lock changes (e.g. the active generation
     * of a projection), read once per transaction: it stays valid as long as the shared lock is held, and is
     * forgotten with the lock when a savepoint rolls back.
     */
    public <T> T onderGedeeldSlot(String projectie, String naam, java.util.function.Supplier<T> lees) {
        deel(projectie);
        String sleutel = PREFIX + projectie + ":" + naam;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return lees.get();
        }
        @SuppressWarnings("unchecked")
        T bekend = (T) TransactionSynchronizationManager.getResource(sleutel);
        if (bekend != null) {
            return bekend;
        }
        T waarde = lees.get();
        TransactionSynchronizationManager.bindResource(sleutel, waarde);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
            }
        });
        return waarde;
    }

    /**
     * A lock taken inside a savepoint that is rolled back is released with it (PostgreSQL releases what a
     * subtransaction acquired when it aborts): the next handler in the transaction takes it again.
     */
    static void vergeetNaTerugdraaien() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getResourceMap().keySet().stream()
                    .filter(sleutel -> sleutel instanceof String tekst && tekst.startsWith(PREFIX))
                    .toList()
                    .forEach(TransactionSynchronizationManager::unbindResourceIfPossible);
        }
    }

    public void alleen(String projectie) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:p))").param("p", projectie).query().singleRow();
    }
}
