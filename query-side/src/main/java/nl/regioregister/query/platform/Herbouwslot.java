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

    public void deel(String projectie) {
        String sleutel = Herbouwslot.class.getName() + ":" + projectie;
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

    public void alleen(String projectie) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:p))").param("p", projectie).query().singleRow();
    }
}
