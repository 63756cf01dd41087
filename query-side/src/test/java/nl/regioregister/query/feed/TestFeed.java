package nl.regioregister.query.feed;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fills the feed as its projection does, for tests outside this package. */
public final class TestFeed {

    private final FeedRepository repository;
    private final FeedProjectie projectie;

    public TestFeed(JdbcClient jdbc) {
        repository = new FeedRepository(jdbc);
        projectie = new FeedProjectie(repository, new FeedSignaal(), Gebeurtenissen.JSON,
                new nl.regioregister.query.platform.Bundeling());
    }

    public void voegToe(EventMessage<?> bericht) {
        projectie.on(bericht.getPayload(), bericht);
    }

    public FeedRepository repository() {
        return repository;
    }
}
