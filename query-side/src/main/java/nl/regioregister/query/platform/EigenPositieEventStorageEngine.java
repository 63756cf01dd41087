package nl.regioregister.query.platform;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, except that every event read for a processor carries its own global index in its
 * metadata ({@link EigenPositie#SLEUTEL}).
 * <p>
 * The index is taken from the row the engine has already fetched (the {@code globalindex} column of the tracking
 * query), so it costs no query. It travels in the metadata rather than in the token because Axon replaces a message's
 * token on its way to the handlers (replays wrap it, batches advance it) and stores the token as it is, while the
 * metadata reaches the handler, a replay and a dead-letter queue unchanged. The stored metadata is a JSON object
 * written by the Jackson serializer; the key is added as its last member, so that it wins over any stored value of
 * the same name. Reading an aggregate's events for the command side is untouched.
 */
public class EigenPositieEventStorageEngine extends JdbcEventStorageEngine {

    private static final byte[] LEEG = "{}".getBytes(StandardCharsets.UTF_8);

    public EigenPositieEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedDomainEventData<?> gelezen =
                (TrackedDomainEventData<?>) super.getTrackedEventData(resultSet, previousToken);
        long positie = resultSet.getLong(schema().globalIndexColumn());
        byte[] metadata = gelezen.getMetaData().getData() instanceof byte[] bytes ? bytes : LEEG;
        GenericDomainEventEntry<Object> metPositie = new GenericDomainEventEntry<>(
                gelezen.getType(), gelezen.getAggregateIdentifier(), gelezen.getSequenceNumber(),
                gelezen.getEventIdentifier(), gelezen.getTimestamp(),
                gelezen.getPayload().getType().getName(), gelezen.getPayload().getType().getRevision(),
                gelezen.getPayload().getData(), aangevuld(metadata, positie));
        return new TrackedDomainEventData<>(gelezen.trackingToken(), metPositie);
    }

    /** The JSON object with {@code "SLEUTEL":positie} as its last member. */
    static byte[] aangevuld(byte[] metadata, long positie) {
        int sluit = metadata.length - 1;
        while (sluit >= 0 && Character.isWhitespace(metadata[sluit])) {
            sluit--;
        }
        int open = 0;
        while (open < metadata.length && Character.isWhitespace(metadata[open])) {
            open++;
        }
        if (sluit <= open || metadata[open] != '{' || metadata[sluit] != '}') {
            throw new IllegalStateException("De metadata van een gebeurtenis is geen JSON-object");
        }
        int laatste = sluit - 1;
        while (laatste > open && Character.isWhitespace(metadata[laatste])) {
            laatste--;
        }
        boolean leeg = laatste == open;
        byte[] lid = ((leeg ? "" : ",") + "\"" + EigenPositie.SLEUTEL + "\":" + positie + "}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] resultaat = Arrays.copyOf(metadata, sluit + lid.length);
        System.arraycopy(lid, 0, resultaat, sluit, lid.length);
        return resultaat;
    }
}
