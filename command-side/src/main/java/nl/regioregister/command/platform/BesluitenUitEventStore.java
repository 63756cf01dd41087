package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import nl.regioregister.command.besluit.Besluitenregister;
import nl.regioregister.events.BesluitMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a recorded decision by its global index from the event table: object, type, region and recording role. */
@Component
class BesluitenUitEventStore implements Besluitenregister {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BesluitenUitEventStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<VastgelegdBesluit> op(long positie) {
        return jdbc.sql("""
                        SELECT aggregateidentifier, payloadtype, payload, metadata FROM domainevententry
                        WHERE globalindex = :positie""")
                .param("positie", positie)
                .query((rs, n) -> {
                    JsonNode inhoud = lees(rs.getBytes("payload"));
                    JsonNode metadata = lees(rs.getBytes("metadata"));
                    String type = rs.getString("payloadtype");
                    JsonNode regio = inhoud.path("regioId");
                    JsonNode rol = metadata.path(BesluitMetadata.ROL);
                    return new VastgelegdBesluit(positie, rs.getString("aggregateidentifier"),
                            type.substring(type.lastIndexOf('.') + 1), regio.isTextual() ? regio.asText() : null,
                            rol.isTextual() ? rol.asText() : null);
                })
                .optional();
    }

    private JsonNode lees(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException onleesbaar) {
            return json.nullNode();
        }
    }
}
