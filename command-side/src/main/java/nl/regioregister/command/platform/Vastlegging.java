package nl.regioregister.command.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A decision's answer from the events this very command appended, never from a read-back of "the latest event of
 * the object" (which, under concurrent decisions on one object, may be another client's).
 * <p>
 * Every event the unit of work of a decision publishes is noted as it goes to the event store. In the prepare-commit
 * phase, after the event store has appended them and before the transaction commits, the answer is formed:
 * {@code versie} is the sequence number of the last event on the decided object, {@code positie} the highest global
 * index among the command's own events, read by their identifiers inside the command's own transaction. When the
 * decision carries an {@code Idempotency-Key}, the answer is stored with the key in that same transaction, so a retry
 * always gets exactly this answer. The command's result is then this answer.
 */
@Component
class Vastlegging {

    /** Command metadata asking for the answer; set by {@link Besluitvorming} only. */
    static final String VRAAGT_ANTWOORD = "vraagtAntwoord";
    private static final String EIGEN_GEBEURTENISSEN = Vastlegging.class.getName() + ".gebeurtenissen";

    private final JdbcClient jdbc;

    Vastlegging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer of a recorded decision; complete once its unit of work has prepared its commit. */
    static final class Antwoord {
        private volatile BesluitVastgelegd vastgelegd;

        BesluitVastgelegd vastgelegd() {
            return Objects.requireNonNull(vastgelegd, "het besluit is niet vastgelegd");
        }
    }

    /** Notes each event a decision publishes, in the decision's unit of work. */
    MessageDispatchInterceptor<EventMessage<?>> notitie() {
        return berichten -> (index, bericht) -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root()
                        .<List<EventMessage<?>>>getOrComputeResource(EIGEN_GEBEURTENISSEN, k -> new ArrayList<>())
                        .add(bericht);
            }
            return bericht;
        };
    }

    /** Makes the decision's answer its command result. Not a bean itself, so the framework registers it once. */
    MessageHandlerInterceptor<CommandMessage<?>> antwoord() {
        return this::antwoord;
    }

    private Object antwoord(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object aggregaat = command.getMetaData().get(VRAAGT_ANTWOORD);
        if (aggregaat == null) {
            return chain.proceed();
        }
        chain.proceed();
        Antwoord antwoord = new Antwoord();
        // Registered after the handler ran, so after the event store's own prepare-commit step that appends.
        unitOfWork.onPrepareCommit(u -> {
            List<EventMessage<?>> eigen = u.root().getOrDefaultResource(EIGEN_GEBEURTENISSEN, List.of());
            antwoord.vastgelegd = vastgelegd(aggregaat.toString(), eigen);
            Object sleutel = command.getMetaData().get(Idempotentie.SLEUTEL);
            if (sleutel != null) {
                onthoud(String.valueOf(command.getMetaData().get(nl.regioregister.events.BesluitMetadata.ACTOR)),
                        sleutel.toString(), antwoord.vastgelegd);
            }
        });
        return antwoord;
    }

    private BesluitVastgelegd vastgelegd(String aggregaat, List<EventMessage<?>> eigen) {
        long versie = eigen.stream()
                .filter(e -> e instanceof DomainEventMessage<?> d && d.getAggregateIdentifier().equals(aggregaat))
                .mapToLong(e -> ((DomainEventMessage<?>) e).getSequenceNumber())
                .max()
                .orElseGet(() -> huidigeVersie(aggregaat));
        long positie = eigen.isEmpty() ? 0 : jdbc.sql(
                        "SELECT max(globalindex) FROM domainevententry WHERE eventidentifier = ANY(:ids)")
                .param("ids", eigen.stream().map(EventMessage::getIdentifier).toArray(String[]::new))
                .query(Long.class).single();
        return new BesluitVastgelegd(aggregaat, versie, positie);
    }

    /** A decision that appended nothing leaves the object as it was; read under the aggregate's lock. */
    private long huidigeVersie(String aggregaat) {
        return jdbc.sql("SELECT COALESCE(max(sequencenumber), -1) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregaat).query(Long.class).single();
    }

    private void onthoud(String actor, String sleutel, BesluitVastgelegd antwoord) {
        jdbc.sql("""
                        UPDATE besluit_idempotentie SET versie = :versie, positie = :positie
                        WHERE actor = :actor AND sleutel = :sleutel""")
                .param("versie", antwoord.versie()).param("positie", antwoord.positie())
                .param("actor", actor).param("sleutel", sleutel)
                .update();
    }
}
