package nl.regioregister.query.platform;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Runs every event handler of a projection in a savepoint of the processor's transaction. When a handler fails, its
 * half-written rows are undone and the transaction stays usable (PostgreSQL refuses every statement after a failed
 * one), so the event goes to the dead-letter queue while the batch, the token and the other handlers commit.
 * A projection that gathers its writes for the batch ({@link Bundeling.Gebundeld}) writes nothing in its handler and
 * needs no savepoint, except for the events it handles one by one after a failed batch.
 */
@Component
class Savepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition GENEST =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    /**
     * Looked up on first use and kept: both are created after the handlers are enhanced, and a lookup through the
     * provider searches the bean factory, which for every event of every projection cost a fifth of a work package's
     * CPU while catching up ({@code docs/benchmarks.md}). A transaction manager not there yet is asked for again.
     */
    private final SingletonSupplier<PlatformTransactionManager> transactiebeheer;
    private final SingletonSupplier<Bundeling> bundeling;

    Savepoints(ObjectProvider<PlatformTransactionManager> transacties, ObjectProvider<Bundeling> bundelingen) {
        this.transactiebeheer = SingletonSupplier.of(transacties::getIfAvailable);
        this.bundeling = SingletonSupplier.of(bundelingen::getObject);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> origineel) {
        boolean projectie = origineel.canHandleMessageType(EventMessage.class)
                && origineel.hasAnnotation(EventHandler.class)
                && AnnotatedElementUtils.hasAnnotation(origineel.declaringClass(), ProcessingGroup.class);
        return projectie ? new MetSavepoint<>(origineel) : origineel;
    }

    private final class MetSavepoint<T> extends WrappedMessageHandlingMember<T> {

        /** The processing group when the projection gathers its writes for the batch; null when it does not. */
        private final String gebundeldeGroep;

        private MetSavepoint(MessageHandlingMember<T> origineel) {
            super(origineel);
            ProcessingGroup groep = AnnotatedElementUtils.findMergedAnnotation(origineel.declaringClass(),
                    ProcessingGroup.class);
            this.gebundeldeGroep = groep != null
                    && AnnotatedElementUtils.hasAnnotation(origineel.declaringClass(), Bundeling.Gebundeld.class)
                    ? groep.value() : null;
        }

        @Override
        public Object handle(Message<?> bericht, T doel) throws Exception {
            PlatformTransactionManager transactie = transactiebeheer.get();
            if (transactie == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(bericht, doel);
            }
            if (gebundeldeGroep != null && bericht instanceof EventMessage<?> gebeurtenis
                    && bundeling.obtain().gebundeld(gebundeldeGroep, EigenPositie.van(gebeurtenis))) {
                return super.handle(bericht, doel);
            }
            TransactionStatus savepoint = transactie.getTransaction(GENEST);
            Object resultaat;
            try {
                resultaat = super.handle(bericht, doel);
            } catch (Exception | Error fout) {
                transactie.rollback(savepoint);
                Herbouwslot.vergeetNaTerugdraaien();
                throw fout;
            }
            transactie.commit(savepoint);
            return resultaat;
        }
    }
}
