package nl.regioregister.query.programma;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.Nederland;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions about a programme, read from the programme's own stream in the shared event store, upcast and
 * deserialized as the processors see them: few decisions, read when a view needs them, so that a change of a target
 * date is in every view as soon as it is recorded, on every date from its ingangsdatum on. A decision revoked by
 * {@code POST /v1/besluiten/{positie}/herroep} (the revocation is the stream {@code herroeping:<positie>}) no longer
 * counts on any date once the revocation is recorded, as everywhere else in the register; as known before that moment
 * it still counts.
 */
@Component
public class Programmabesluiten {

    /** The stream of a programme's decisions: the command side's aggregate of that programme. */
    static String stroom(Programma programma) {
        return "programma:" + programma.name();
    }

    private final EventStorageEngine eventStore;
    private final JdbcClient jdbc;

    Programmabesluiten(EventStorageEngine eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Every decision about the programme recorded so far, in the order they were recorded, with its revocation. */
    public List<Programmabesluit> van(Programma programma) {
        Map<Long, Instant> herroepen = herroepingen(stroom(programma));
        return eventStore.readEvents(stroom(programma)).asStream()
                .map(bericht -> new Programmabesluit(bericht.getPayload(), Besluit.uit(bericht.getMetaData()),
                        bericht.getSequenceNumber(), herroepen.get(bericht.getSequenceNumber())))
                .toList();
    }

    /** When each revoked decision of the stream was revoked, by its sequence number. */
    private Map<Long, Instant> herroepingen(String stroom) {
        return jdbc.sql("""
                        SELECT besluit.sequencenumber, herroeping.timestamp
                        FROM domainevententry besluit
                        JOIN domainevententry herroeping
                          ON herroeping.aggregateidentifier = 'herroeping:' || besluit.globalindex
                        WHERE besluit.aggregateidentifier = :stroom""")
                .param("stroom", stroom)
                .query((rij, nummer) -> Map.entry(rij.getLong(1), Instant.parse(rij.getString(2))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a.isBefore(b) ? a : b));
    }

    /** The parameters in effect on the date, with every decision recorded until now. */
    public Optional<Programmaparameters> geldendOp(Programma programma, LocalDate datum) {
        return Optional.ofNullable(Programmaparameters.geldendOp(van(programma), datum));
    }

    /** The parameters as the register knew them at the moment: recorded by then, in effect on that moment's date. */
    public Optional<Programmaparameters> bekendOp(Programma programma, Instant moment) {
        List<Programmabesluit> bekend = van(programma).stream()
                .filter(b -> b.besluit().geregistreerdOp() == null || !b.besluit().geregistreerdOp().isAfter(moment))
                .map(b -> b.zoalsBekendOp(moment))
                .toList();
        return Optional.ofNullable(Programmaparameters.geldendOp(bekend, Nederland.datumVan(moment)));
    }
}
