package nl.regioregister.command.programma;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.regio.Programma;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a programme's decisions from its own stream in the event store and folds them for the date asked. */
@Component
class ProgrammasUitEventStore implements Programmas {

    private final EventStore eventStore;

    ProgrammasUitEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Programmastand> geldendOp(Programma programma, LocalDate datum) {
        String id = Rijksprogramma.id(programma);
        if (eventStore.lastSequenceNumberFor(id).isEmpty()) {
            return Optional.empty();
        }
        List<Programmastand.Besluit> besluiten = eventStore.readEvents(id).asStream()
                .map(ProgrammasUitEventStore::besluit).toList();
        return Optional.ofNullable(Programmastand.geldendOp(besluiten, datum));
    }

    static Programmastand.Besluit besluit(DomainEventMessage<?> bericht) {
        Object ingang = bericht.getMetaData().get(BesluitMetadata.INGANGSDATUM);
        LocalDate ingangsdatum = ingang == null
                ? LocalDate.ofInstant(bericht.getTimestamp(), java.time.ZoneOffset.UTC)
                : LocalDate.parse(ingang.toString());
        return new Programmastand.Besluit(bericht.getPayload(), ingangsdatum, bericht.getSequenceNumber());
    }
}
