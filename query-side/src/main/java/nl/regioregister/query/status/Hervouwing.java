package nl.regioregister.query.status;

import java.util.List;
import nl.regioregister.query.platform.Besluit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Folds a region's status again from its applied events in the order of their own positions. Used when an event
 * arrives whose own position lies below one the region already shows (it committed late, behind a gap): the status
 * is then exactly what a fold in position order gives, as a rebuild and {@code ?bekendOp=} compute it, instead of
 * depending on the order in which concurrent transactions happened to commit.
 */
@Component
class Hervouwing {

    private final JdbcClient jdbc;
    private final Gebeurtenissen gebeurtenissen;
    private final RegioStatusBerekening berekening;

    Hervouwing(JdbcClient jdbc, Gebeurtenissen gebeurtenissen, RegioStatusBerekening berekening) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.berekening = berekening;
    }

    RegioStatus hervouw(int generatie, String regioId) {
        List<Long> posities = jdbc.sql("""
                        SELECT g.positie FROM regio_gebeurtenis g
                        JOIN regio_status_toegepast t ON t.generatie = :generatie AND t.positie = g.positie
                        WHERE g.regio_id = :regio ORDER BY g.positie""")
                .param("generatie", generatie).param("regio", regioId)
                .query(Long.class).list();
        RegioStatus status = new RegioStatus();
        for (TrackedEventMessage<?> gebeurtenis : gebeurtenissen.op(posities)) {
            berekening.pas(status, gebeurtenis.getPayload(), Besluit.uit(gebeurtenis.getMetaData()),
                    gebeurtenis.trackingToken().position().orElseThrow());
        }
        return status;
    }
}
