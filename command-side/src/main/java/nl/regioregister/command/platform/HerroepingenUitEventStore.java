package nl.regioregister.command.platform;

import nl.regioregister.command.besluit.Herroepingen;
import nl.regioregister.events.correctie.BesluitHerroepen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the revocations of one object's decisions of one type in the event table. Asked only when a rule would
 * otherwise refuse (a second fulfilment, a second completion), so a scan of the revocations is rare.
 */
@Component
class HerroepingenUitEventStore implements Herroepingen {

    private final JdbcClient jdbc;

    HerroepingenUitEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long aantal(String objectId, String type) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype = :herroeping
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'objectId' = :object
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'type' = :type""")
                .param("herroeping", BesluitHerroepen.class.getName()).param("object", objectId)
                .param("type", type).query(Long.class).single();
    }
}
