package nl.regioregister.query.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads chosen events back from the shared event store, upcast and deserialized exactly as the processors see them.
 * Read-only: the query side never writes events.
 */
@Component
class Gebeurtenissen {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Configuration axon;

    Gebeurtenissen(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer, Configuration axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
    }

    /** The events at the given positions, in the order given. */
    List<TrackedEventMessage<?>> op(List<Long> posities) {
        if (posities.isEmpty()) {
            return List.of();
        }
        Map<Long, TrackedDomainEventData<byte[]>> perPositie = new HashMap<>();
        jdbc.sql("""
                        SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                               payloadtype, payloadrevision, payload, metadata
                        FROM domainevententry WHERE globalindex = ANY(:posities)""")
                .param("posities", posities.toArray(Long[]::new))
                .query(rs -> {
                    long positie = rs.getLong("globalindex");
                    perPositie.put(positie, new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(positie),
                            new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregateidentifier"),
                                    rs.getLong("sequencenumber"), rs.getString("eventidentifier"),
                                    rs.getString("timestamp"), rs.getString("payloadtype"),
                                    rs.getString("payloadrevision"), rs.getBytes("payload"),
                                    rs.getBytes("metadata"))));
                });
        Stream<TrackedDomainEventData<byte[]>> geordend = posities.stream().map(perPositie::get)
                .filter(java.util.Objects::nonNull);
        return EventUtils.upcastAndDeserializeTrackedEvents(geordend, serializer, axon.upcasterChain()).toList();
    }
}
