package nl.regioregister.command.platform;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers per user which Idempotency-Key recorded which decision. The key is claimed inside the transaction that
 * appends the decision's events, so a retry either finds the first answer or, racing the first attempt, fails on the
 * key and then finds it: a decision is never recorded twice. The decision's answer is stored with the key in that
 * same transaction ({@link Vastlegging}), so the first answer is never lost nor another decision's.
 */
@Component
class Idempotentie {

    static final String SLEUTEL = "idempotentieSleutel";
    static final String VERZOEK_HASH = "verzoekHash";

    record Eerder(String verzoekHash, String aggregaatId, Long versie, Long positie) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotentie(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Not a bean itself, so that the framework does not register it a second time. */
    MessageHandlerInterceptor<CommandMessage<?>> sleutelclaim() {
        return this::claimVoorBesluit;
    }

    private Object claimVoorBesluit(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object sleutel = command.getMetaData().get(SLEUTEL);
        if (sleutel != null) {
            claim(String.valueOf(command.getMetaData().get(nl.regioregister.events.BesluitMetadata.ACTOR)),
                    sleutel.toString(), String.valueOf(command.getMetaData().get(VERZOEK_HASH)),
                    String.valueOf(command.getMetaData().get("aggregaatId")));
        }
        return chain.proceed();
    }

    private void claim(String actor, String sleutel, String hash, String aggregaatId) {
        jdbc.sql("""
                        INSERT INTO besluit_idempotentie (actor, sleutel, verzoek_hash, aggregaat_id, vastgelegd_op)
                        VALUES (:actor, :sleutel, :hash, :aggregaat, :op)""")
                .param("actor", actor).param("sleutel", sleutel).param("hash", hash)
                .param("aggregaat", aggregaatId).param("op", Timestamp.from(clock.instant()))
                .update();
    }

    Optional<Eerder> eerder(String actor, String sleutel) {
        return jdbc.sql("""
                        SELECT verzoek_hash, aggregaat_id, versie, positie FROM besluit_idempotentie
                        WHERE actor = :actor AND sleutel = :sleutel""")
                .param("actor", actor).param("sleutel", sleutel)
                .query((rs, n) -> new Eerder(rs.getString(1), rs.getString(2),
                        (Long) rs.getObject(3), (Long) rs.getObject(4)))
                .optional();
    }
}
