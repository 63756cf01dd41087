package nl.regioregister.query.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioregister.events.correctie.BesluitHerroepen;
import nl.regioregister.query.platform.Besluit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A region's status as it was known at a moment (recording time) or as it was in effect on a date (effective date),
 * folded with the live projection's own code over the events up to that point.
 */
@Component
class Tijdreis {

    private final JdbcClient jdbc;
    private final Gebeurtenissen gebeurtenissen;
    private final RegioStatusBerekening berekening;

    Tijdreis(JdbcClient jdbc, Gebeurtenissen gebeurtenissen, RegioStatusBerekening berekening) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.berekening = berekening;
    }

    /** Only what had been recorded by then, in the order it was recorded. */
    Optional<RegioStatus> bekendOp(String regioId, Instant moment) {
        return vouw(jdbc.sql("""
                        SELECT positie FROM regio_gebeurtenis WHERE regio_id = :regio AND geregistreerd_op <= :moment
                        ORDER BY positie""")
                .param("regio", regioId).param("moment", Timestamp.from(moment))
                .query(Long.class).list());
    }

    /**
     * Everything recorded until now that had taken effect on the date, in order of taking effect: a decision recorded
     * late still counts from its effective date.
     */
    Optional<RegioStatus> geldendOp(String regioId, LocalDate datum) {
        return vouw(jdbc.sql("""
                        SELECT positie FROM regio_gebeurtenis WHERE regio_id = :regio AND ingangsdatum <= :datum
                        ORDER BY ingangsdatum, positie""")
                .param("regio", regioId).param("datum", datum)
                .query(Long.class).list());
    }

    /**
     * The status from every event of the region recorded up to and including the position, in recording order: what
     * the live projection holds, folded anew when a decision is revoked.
     */
    RegioStatus herberekend(String regioId, long totEnMet) {
        return vouw(jdbc.sql("""
                        SELECT positie FROM regio_gebeurtenis WHERE regio_id = :regio AND positie <= :tot
                        ORDER BY positie""")
                .param("regio", regioId).param("tot", totEnMet)
                .query(Long.class).list()).orElseGet(RegioStatus::new);
    }

    /** Folds the events, leaving out every decision revoked by a revocation among them. */
    private Optional<RegioStatus> vouw(List<Long> posities) {
        List<TrackedEventMessage<?>> stroom = gebeurtenissen.op(posities);
        if (stroom.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<Long> herroepen = stroom.stream()
                .filter(g -> g.getPayload() instanceof BesluitHerroepen)
                .map(g -> ((BesluitHerroepen) g.getPayload()).positie())
                .collect(java.util.stream.Collectors.toSet());
        RegioStatus status = new RegioStatus();
        for (TrackedEventMessage<?> gebeurtenis : stroom) {
            if (herroepen.contains(gebeurtenis.trackingToken().position().orElse(-1))) {
                continue;
            }
            berekening.pas(status, gebeurtenis.getPayload(), Besluit.uit(gebeurtenis.getMetaData()),
                    gebeurtenis.trackingToken().position().orElse(0));
        }
        return status.regioId == null ? Optional.empty() : Optional.of(status);
    }
}
