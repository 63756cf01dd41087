package nl.regioregister.query.platform;

import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far a processor has committed, read from its tokens as stored (never claimed) in the token table.
 * <p>
 * A view's rows are committed in the transaction of its processor's token, so a stored token that covers a position
 * proves the view shows that event, also for events the view does not handle and whichever instance owns the segment.
 */
@Component
public class Verwerkingsstand {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    public Verwerkingsstand(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The committed tokens of every segment of the processor; a segment that never committed has none. */
    public Stand van(String processor) {
        return new Stand(jdbc.sql("SELECT token, tokentype FROM tokenentry WHERE processorname = :naam ORDER BY segment")
                .param("naam", processor)
                .query((rs, rij) -> {
                    byte[] token = rs.getBytes("token");
                    return token == null ? null : (TrackingToken) serializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, rs.getString("tokentype"), null));
                })
                .list());
    }

    /** The tokens of a processor's segments, {@code null} for a segment that has not committed yet. */
    public record Stand(List<TrackingToken> segmenten) {

        /** The position every segment has reached; 0 before the processor committed anything. */
        public long positie() {
            if (segmenten.isEmpty() || segmenten.stream().anyMatch(Objects::isNull)) {
                return 0;
            }
            return segmenten.stream().mapToLong(t -> t.position().orElse(0)).min().orElse(0);
        }

        /** Whether every segment has processed the event at the given position. */
        public boolean heeftVerwerkt(long positie) {
            return !segmenten.isEmpty() && segmenten.stream().allMatch(token -> verwerkt(token, positie));
        }

        /**
         * A gap-aware token's position is the highest index it saw; an event committed late (a gap below that index)
         * is processed only once the gap is gone.
         */
        static boolean verwerkt(TrackingToken token, long positie) {
            if (token == null || token.position().orElse(-1) < positie) {
                return false;
            }
            return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                    .map(gapAware -> !gapAware.getGaps().contains(positie))
                    .orElse(true);
        }
    }
}
