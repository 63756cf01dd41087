package nl.regioregister.query.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Builds the integrators' feed from every event, whatever its type: new event types need no code here.
 * <p>
 * Positions are dense and never reorder because one processor with one segment assigns them, in the order it
 * receives the events, in the transaction that also stores its token. The event store's global index can have gaps
 * (an event of a concurrent transaction that commits later may get a lower index); the tracking token waits for and
 * fills those gaps, and the feed numbers events in the order they reach it, so an event committed later never lands
 * before a position a reader has passed. There is deliberately no reset handler: a replay finds every event already
 * stored and keeps its position.
 */
@Component
@ProcessingGroup(FeedProjectie.NAAM)
class FeedProjectie {

    static final String NAAM = "cloudevents-feed";

    private final FeedRepository feed;
    private final FeedSignaal signaal;
    private final ObjectMapper json;

    FeedProjectie(FeedRepository feed, FeedSignaal signaal, ObjectMapper json) {
        this.feed = feed;
        this.signaal = signaal;
        this.json = json;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht) {
        if (feed.voegToe(FeedRegel.uit(bericht, json))) {
            CurrentUnitOfWork.ifStarted(uow -> uow.afterCommit(u -> signaal.meld()));
        }
    }
}
