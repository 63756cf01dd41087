package nl.regioregister.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import nl.regioregister.query.contract.BasisUrl;
import nl.regioregister.query.contract.ContractInstellingen;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.platform.Overbelast;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Live followers on a real feed: a stuck consumer blocks nobody but itself. */
class FeedVolgersTest {

    private static FeedDatabase database;
    private FeedProjectie projectie;
    private FeedVolgers volgers;

    @BeforeAll
    static void start() {
        database = new FeedDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @BeforeEach
    void begin() {
        database.jdbc().sql("DELETE FROM feed_gebeurtenis").update();
        FeedRepository feed = new FeedRepository(database.jdbc());
        FeedSignaal signaal = new FeedSignaal();
        projectie = new FeedProjectie(feed, signaal, Gebeurtenissen.JSON,
                new nl.regioregister.query.platform.Bundeling());
        FeedInstellingen instellingen = new FeedInstellingen(null, null, 2, Duration.ofMillis(50),
                Duration.ofSeconds(15), Duration.ofMinutes(1));
        CloudEvents cloudEvents = new CloudEvents(instellingen,
                new Schemacatalogus(Gebeurtenissen.JSON,
                        new BasisUrl(new ContractInstellingen(null), new MockEnvironment())));
        volgers = new FeedVolgers(feed, cloudEvents, signaal, instellingen);
        volgers.start();
    }

    @AfterEach
    void einde() {
        volgers.stop();
    }

    /** Records what it received; optionally blocks on its first event until released, like a stalled TCP write. */
    static final class Consument implements FeedVolgers.Uitgang {
        final List<Long> ontvangen = new CopyOnWriteArrayList<>();
        final CountDownLatch vrijgave;
        volatile boolean gesloten;

        Consument(boolean vastgelopen) {
            vrijgave = new CountDownLatch(vastgelopen ? 1 : 0);
        }

        @Override
        public void stuur(long positie, String cloudEvent) {
            try {
                vrijgave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("onderbroken");
            }
            ontvangen.add(positie);
        }

        @Override
        public void hartslag() {
        }

        @Override
        public void sluit() {
            gesloten = true;
        }
    }

    @Test
    void een_vastgelopen_consument_houdt_de_feed_en_andere_volgers_niet_op() {
        Consument traag = new Consument(true);
        Consument vlot = new Consument(false);
        volgers.start(volgers.new Volger(0, FeedFilter.ALLES, traag, "https://regioregister.example"));
        volgers.start(volgers.new Volger(0, FeedFilter.ALLES, vlot, "https://regioregister.example"));

        for (int i = 0; i < 250; i++) {
            projectie.on(null, Gebeurtenissen.benoemd("achterhoek", "Benoemde " + i, "2025-03-05"));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> vlot.ontvangen.size() == 250);
        assertThat(vlot.ontvangen).isSorted().doesNotHaveDuplicates();
        assertThat(traag.ontvangen).isEmpty();

        traag.vrijgave.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> traag.ontvangen.size() == 250);
        assertThat(traag.ontvangen).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void meer_volgers_dan_toegestaan_worden_geweigerd_en_een_gestopte_volger_geeft_zijn_plek_vrij() {
        FeedVolgers.Volger eerste = volgers.new Volger(0, FeedFilter.ALLES, new Consument(false),
                "https://regioregister.example");
        volgers.start(eerste);
        volgers.start(volgers.new Volger(0, FeedFilter.ALLES, new Consument(false), "https://regioregister.example"));
        await().atMost(Duration.ofSeconds(10)).until(() -> volgers.aantal() == 2);

        assertThatThrownBy(() -> volgers.start(volgers.new Volger(0, FeedFilter.ALLES, new Consument(false),
                "https://regioregister.example")))
                .isInstanceOf(Overbelast.class);

        eerste.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> volgers.aantal() == 1);
        Consument nieuw = new Consument(false);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            volgers.start(volgers.new Volger(0, FeedFilter.ALLES, nieuw, "https://regioregister.example"));
            return true;
        });
        projectie.on(null, Gebeurtenissen.geregistreerd("twente", "Twente"));
        await().atMost(Duration.ofSeconds(10)).until(() -> nieuw.ontvangen.size() == 1);
    }
}
