package nl.regioregister.query.programma;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * Per stream the decisions as last read and deserialised. A stream's events never change and are numbered from
     * 0 without gaps, so the same last sequence number means the same decisions: every view asks the store for that
     * number and for the revocations in one query, and reads and deserialises the stream again only when it grew.
     */
    private final Map<String, Gelezen> gelezen = new ConcurrentHashMap<>();

    /** A stream's decisions without their revocations, up to and including sequence number {@code laatste}. */
    private record Gelezen(long laatste, List<Programmabesluit> besluiten) {
    }

    Programmabesluiten(EventStorageEngine eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Every decision about the programme recorded so far, in the order they were recorded, with its revocation. */
    public List<Programmabesluit> van(Programma programma) {
        String stroom = stroom(programma);
        Stand stand = stand(stroom);
        Gelezen bekend = gelezen.get(stroom);
        if (bekend == null || bekend.laatste() < stand.laatste()) {
            List<Programmabesluit> besluiten = eventStore.readEvents(stroom).asStream()
                    .map(bericht -> new Programmabesluit(bericht.getPayload(), Besluit.uit(bericht.getMetaData()),
                            bericht.getSequenceNumber(), null))
                    .toList();
            bekend = new Gelezen(besluiten.isEmpty() ? -1 : besluiten.get(besluiten.size() - 1).volgnummer(),
                    besluiten);
            gelezen.merge(stroom, bekend, (oud, nieuw) -> nieuw.laatste() >= oud.laatste() ? nieuw : oud);
        }
        // a decision appended after the query counts from the next view on, as if read a moment earlier
        return bekend.besluiten().stream()
                .filter(b -> b.volgnummer() <= stand.laatste())
                .map(b -> new Programmabesluit(b.gebeurtenis(), b.besluit(), b.volgnummer(),
                        stand.herroepen().get(b.volgnummer())))
                .toList();
    }

    /** The stream's last sequence number (-1 when empty), and when each revoked decision of it was revoked. */
    private record Stand(long laatste, Map<Long, Instant> herroepen) {
    }

    private Stand stand(String stroom) {
        long[] laatste = {-1};
        Map<Long, Instant> herroepen = new HashMap<>();
        jdbc.sql("""
                        SELECT besluit.sequencenumber, herroeping.timestamp
                        FROM domainevententry besluit
                        LEFT JOIN domainevententry herroeping
                          ON herroeping.aggregateidentifier = 'herroeping:' || besluit.globalindex
                        WHERE besluit.aggregateidentifier = :stroom""")
                .param("stroom", stroom)
                .query(rij -> {
                    long volgnummer = rij.getLong(1);
                    laatste[0] = Math.max(laatste[0], volgnummer);
                    String herroepenOp = rij.getString(2);
                    if (herroepenOp != null) {
                        herroepen.merge(volgnummer, Instant.parse(herroepenOp), (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        return new Stand(laatste[0], herroepen);
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
