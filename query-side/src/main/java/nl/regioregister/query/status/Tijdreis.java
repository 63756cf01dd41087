package nl.regioregister.query.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioregister.query.platform.Nederland;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A region's status as it was in effect on a date (every decision recorded so far) or as the register knew it at a
 * moment (only the decisions recorded by then, in effect on that moment's date), folded from the event store with the
 * live projection's own code and order: {@link RegioStatusBerekening#opDatum}.
 */
@Component
class Tijdreis {

    private final JdbcClient jdbc;
    private final GeldendeStand stand;
    private final RegioStatusBerekening berekening;

    Tijdreis(JdbcClient jdbc, GeldendeStand stand, RegioStatusBerekening berekening) {
        this.jdbc = jdbc;
        this.stand = stand;
        this.berekening = berekening;
    }

    /** What had been recorded by the moment, as it was in effect on that moment's date in the Netherlands. */
    Optional<RegioStatus> bekendOp(String regioId, Instant moment) {
        return vouw(jdbc.sql("""
                        SELECT positie FROM regio_gebeurtenis WHERE regio_id = :regio AND geregistreerd_op <= :moment
                        ORDER BY ingangsdatum, positie""")
                .param("regio", regioId).param("moment", Timestamp.from(moment))
                .query(Long.class).list(), Nederland.datumVan(moment));
    }

    /**
     * Everything recorded until now that had taken effect on the date, in order of taking effect: a decision recorded
     * late still counts from its effective date; one taking effect later is announced.
     */
    Optional<RegioStatus> geldendOp(String regioId, LocalDate datum) {
        return vouw(jdbc.sql("""
                        SELECT positie FROM regio_gebeurtenis WHERE regio_id = :regio
                        ORDER BY ingangsdatum, positie""")
                .param("regio", regioId)
                .query(Long.class).list(), datum);
    }

    private Optional<RegioStatus> vouw(List<Long> posities, LocalDate datum) {
        RegioStatus status = berekening.opDatum(stand.laad(posities), datum);
        return status.regioId == null ? Optional.empty() : Optional.of(status);
    }
}
