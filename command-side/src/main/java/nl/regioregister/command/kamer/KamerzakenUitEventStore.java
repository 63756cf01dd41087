package nl.regioregister.command.kamer;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A motie or toezegging is known when its aggregate has events. */
@Component
class KamerzakenUitEventStore implements BekendeKamerzaken {

    private final EventStore eventStore;

    KamerzakenUitEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean toezeggingBestaat(String toezeggingId) {
        return eventStore.lastSequenceNumberFor(Toezegging.aggregaatId(toezeggingId)).isPresent();
    }

    @Override
    public boolean motieBestaat(String kamerstuknummer) {
        return eventStore.lastSequenceNumberFor(Motie.aggregaatId(kamerstuknummer)).isPresent();
    }
}
