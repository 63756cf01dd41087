package nl.regioregister.command.platform;

import nl.regioregister.command.besluit.BekendeRegios;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A region is known when its aggregate has events; region ids are the Regio aggregate's identifiers. */
@Component
class RegiosUitEventStore implements BekendeRegios {

    private final EventStore eventStore;

    RegiosUitEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean bestaat(String regioId) {
        return regioId != null && eventStore.lastSequenceNumberFor(regioId).isPresent();
    }
}
