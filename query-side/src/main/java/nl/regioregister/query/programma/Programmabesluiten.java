package nl.regioregister.query.programma;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.Nederland;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * The decisions about a programme, read from the programme's own stream in the shared event store, upcast and
 * deserialized as the processors see them: few decisions, read when a view needs them, so that a change of a target
 * date is in every view as soon as it is recorded, on every date from its ingangsdatum on.
 */
@Component
public class Programmabesluiten {

    /** The stream of a programme's decisions: the command side's aggregate of that programme. */
    static String stroom(Programma programma) {
        return "programma:" + programma.name();
    }

    private final EventStorageEngine eventStore;

    Programmabesluiten(EventStorageEngine eventStore) {
        this.eventStore = eventStore;
    }

    /** Every decision about the programme recorded so far, in the order they were recorded. */
    public List<Programmabesluit> van(Programma programma) {
        return eventStore.readEvents(stroom(programma)).asStream()
                .map(bericht -> new Programmabesluit(bericht.getPayload(), Besluit.uit(bericht.getMetaData()),
                        bericht.getSequenceNumber()))
                .toList();
    }

    /** The parameters in effect on the date, with every decision recorded until now. */
    public Optional<Programmaparameters> geldendOp(Programma programma, LocalDate datum) {
        return Optional.ofNullable(Programmaparameters.geldendOp(van(programma), datum));
    }

    /** The parameters as the register knew them at the moment: recorded by then, in effect on that moment's date. */
    public Optional<Programmaparameters> bekendOp(Programma programma, Instant moment) {
        List<Programmabesluit> bekend = van(programma).stream()
                .filter(b -> b.besluit().geregistreerdOp() == null || !b.besluit().geregistreerdOp().isAfter(moment))
                .toList();
        return Optional.ofNullable(Programmaparameters.geldendOp(bekend, Nederland.datumVan(moment)));
    }
}
