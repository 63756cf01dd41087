package nl.regioregister.query.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioregister.query.platform.Overbelast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams. Each follower reads the feed table itself from its own position, a page at a time, on its own
 * thread: nothing is pushed into a follower, so a slow or stuck consumer holds at most one page and blocks only its
 * own thread; the feed's processor and every other follower go on. A consumer whose connection stalls is dropped when
 * the server's write timeout expires, and resumes with {@code Last-Event-ID}. The number of followers is capped.
 */
@Component
public class FeedVolgers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FeedVolgers.class);
    /** A follower's buffer: the most events it reads from the feed before sending them. */
    static final int PAGINA = 100;

    /** Where a follower's events go: the SSE connection, or a test's consumer. */
    interface Uitgang {
        void stuur(long positie, String cloudEvent) throws IOException;

        void hartslag() throws IOException;

        void sluit();
    }

    private final FeedRepository feed;
    private final CloudEvents cloudEvents;
    private final FeedSignaal signaal;
    private final FeedInstellingen instellingen;
    private final ThreadPoolExecutor draden;
    private final Set<Volger> volgers = ConcurrentHashMap.newKeySet();
    private volatile boolean loopt;

    public FeedVolgers(FeedRepository feed, CloudEvents cloudEvents, FeedSignaal signaal,
                       FeedInstellingen instellingen) {
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.signaal = signaal;
        this.instellingen = instellingen;
        AtomicInteger nummer = new AtomicInteger();
        this.draden = new ThreadPoolExecutor(0, instellingen.maxVolgers(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), taak -> {
                    Thread draad = new Thread(taak, "feed-volger-" + nummer.incrementAndGet());
                    draad.setDaemon(true);
                    return draad;
                });
    }

    /** Starts a live stream after the given position; {@code vrijgeven} runs once it ends, however it ends. */
    SseEmitter volg(long na, FeedFilter filter, Runnable vrijgeven) {
        SseEmitter emitter = new SseEmitter(instellingen.stroomduur().toMillis());
        try {
            // sent with the response's headers at once: a browser's EventSource is open, not "connecting"
            emitter.send(SseEmitter.event().comment("verbonden"));
        } catch (IOException afgebroken) {
            vrijgeven.run();
            throw new IllegalStateException("De live stroom is niet te openen", afgebroken);
        }
        Volger volger = new Volger(na, filter, new SseUitgang(emitter), cloudEvents.basis());
        emitter.onCompletion(() -> {
            volger.stop();
            vrijgeven.run();
        });
        emitter.onTimeout(() -> {
            volger.stop();
            vrijgeven.run();
        });
        emitter.onError(fout -> {
            volger.stop();
            vrijgeven.run();
        });
        try {
            start(volger);
        } catch (RuntimeException e) {
            vrijgeven.run();
            throw e;
        }
        return emitter;
    }

    void start(Volger volger) {
        if (!loopt) {
            throw new Overbelast("De live stroom start of stopt; probeer het zo opnieuw.");
        }
        try {
            draden.execute(volger);
        } catch (RejectedExecutionException e) {
            throw new Overbelast("Er volgen al " + instellingen.maxVolgers() + " stromen; probeer het later"
                    + " opnieuw of lees de feed met GET /v1/events.");
        }
    }

    int aantal() {
        return volgers.size();
    }

    final class Volger implements Runnable {

        private final FeedFilter filter;
        private final Uitgang uitgang;
        private final String basisUrl;
        private volatile long positie;
        private volatile boolean gestopt;
        private volatile Thread draad;

        Volger(long na, FeedFilter filter, Uitgang uitgang, String basisUrl) {
            this.positie = na;
            this.filter = filter;
            this.uitgang = uitgang;
            this.basisUrl = basisUrl;
        }

        @Override
        public void run() {
            draad = Thread.currentThread();
            volgers.add(this);
            long laatsteZending = System.nanoTime();
            try {
                while (loopt && !gestopt) {
                    FeedRepository.Pagina pagina = feed.pagina(positie, filter, PAGINA);
                    for (FeedRegel regel : pagina.regels()) {
                        uitgang.stuur(regel.positie(),
                                new String(cloudEvents.enkel(regel, basisUrl), StandardCharsets.UTF_8));
                        laatsteZending = System.nanoTime();
                    }
                    positie = pagina.volgende();
                    if (pagina.regels().isEmpty()) {
                        if (System.nanoTime() - laatsteZending >= instellingen.hartslag().toNanos()) {
                            uitgang.hartslag();
                            laatsteZending = System.nanoTime();
                        }
                        signaal.wacht(Math.min(instellingen.wachttijd().toMillis(), instellingen.hartslag().toMillis()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Live stroom afgebroken na positie {}: {}", positie, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Live stroom na positie {} gestopt door een fout", positie, e);
            } finally {
                volgers.remove(this);
                uitgang.sluit();
            }
        }

        long positie() {
            return positie;
        }

        void stop() {
            gestopt = true;
            Thread actief = draad;
            if (actief != null && actief != Thread.currentThread()) {
                actief.interrupt();
            }
        }
    }

    private static final class SseUitgang implements Uitgang {

        private final SseEmitter emitter;

        SseUitgang(SseEmitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void stuur(long positie, String cloudEvent) throws IOException {
            emitter.send(SseEmitter.event().id(Long.toString(positie)).data(cloudEvent, MediaType.APPLICATION_JSON));
        }

        @Override
        public void hartslag() throws IOException {
            emitter.send(SseEmitter.event().comment("hartslag"));
        }

        @Override
        public void sluit() {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                LOG.trace("Stroom was al gesloten", e);
            }
        }
    }

    @Override
    public void start() {
        loopt = true;
    }

    /** Ends every live stream before the web server's graceful shutdown waits for open requests. */
    @Override
    public void stop() {
        loopt = false;
        volgers.forEach(Volger::stop);
        draden.shutdown();
    }

    @Override
    public boolean isRunning() {
        return loopt;
    }
}
