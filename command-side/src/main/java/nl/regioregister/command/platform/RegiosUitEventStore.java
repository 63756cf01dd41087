package nl.regioregister.command.platform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.regioregister.command.besluit.BekendeRegios;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A region is known when its aggregate has events; region ids are the Regio aggregate's identifiers. Stored events are
 * never deleted, so a region once found stays known and is asked of the event store only once per instance; an
 * unknown one is asked every time (it may be registered meanwhile).
 */
@Component
class RegiosUitEventStore implements BekendeRegios {

    private final EventStore eventStore;
    private final Set<String> bekend = ConcurrentHashMap.newKeySet();

    RegiosUitEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean bestaat(String regioId) {
        if (regioId == null) {
            return false;
        }
        if (bekend.contains(regioId)) {
            return true;
        }
        boolean bestaat = eventStore.lastSequenceNumberFor(regioId).isPresent();
        if (bestaat) {
            bekend.add(regioId);
        }
        return bestaat;
    }
}
