package nl.regioregister.query.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import java.util.List;
import nl.regioregister.query.platform.Bundeling;
import nl.regioregister.query.platform.EigenPositie;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Builds the integrators' feed from every event, whatever its type: new event types need no code here.
 * <p>
 * Positions are dense and never reorder because one processor with one segment assigns them, in the order it
 * receives the events, in the transaction that also stores its token. The event store's global index can have gaps
 * (an event of a concurrent transaction that commits later may get a lower index); the tracking token waits for and
 * fills those gaps, and the feed numbers events in the order they reach it, so an event committed later never lands
 * before a position a reader has passed. There is deliberately no reset handler: a replay finds every event already
 * stored and keeps its position. The rows of a batch are written in one batch of statements, in the order received,
 * just before the transaction commits ({@link Bundeling}).
 */
@Component
@ProcessingGroup(FeedProjectie.NAAM)
@Bundeling.Gebundeld
class FeedProjectie {

    static final String NAAM = "cloudevents-feed";

    private final FeedRepository feed;
    private final FeedSignaal signaal;
    private final ObjectMapper json;
    private final Bundeling bundeling;

    FeedProjectie(FeedRepository feed, FeedSignaal signaal, ObjectMapper json, Bundeling bundeling) {
        this.feed = feed;
        this.signaal = signaal;
        this.json = json;
        this.bundeling = bundeling;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht) {
        // the feed numbers events itself; the event's own position only orders the batch's writes
        long positie = bericht.getMetaData().containsKey(EigenPositie.SLEUTEL) ? EigenPositie.van(bericht) : 0;
        Bundeling.Rijen<FeedRegel> rijen = bundeling.buffer(NAAM, positie, () -> new Bundeling.Rijen<>(this::schrijf));
        rijen.neem(FeedRegel.uit(bericht, json), positie);
        bundeling.klaar(NAAM, positie, rijen);
    }

    private void schrijf(List<FeedRegel> regels, long hoogste) {
        if (feed.voegToe(regels) > 0) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signaal.meld();
                    }
                });
            } else {
                signaal.meld();
            }
        }
    }
}
