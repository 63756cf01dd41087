package nl.regioregister.query.integriteit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * One thread keeps the tree up to date and signs a checkpoint periodically when it has grown; it stops before the
 * database does.
 */
@Component
class Integriteitsplanner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Integriteitsplanner.class);

    private static final long EERSTE_CONTROLEPUNT_NA_MS = 10_000;

    private final Boomschrijver schrijver;
    private final Controlepunten controlepunten;
    private final Ondertekenaar ondertekenaar;
    private final IntegriteitInstellingen instellingen;
    private volatile ScheduledExecutorService planner;
    /** While the database is unreachable the failure is logged once, and its end once. */
    private boolean onbereikbaar;

    Integriteitsplanner(Boomschrijver schrijver, Controlepunten controlepunten, Ondertekenaar ondertekenaar,
            IntegriteitInstellingen instellingen) {
        this.schrijver = schrijver;
        this.controlepunten = controlepunten;
        this.ondertekenaar = ondertekenaar;
        this.instellingen = instellingen;
    }

    @Override
    public void start() {
        planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread draad = new Thread(r, "integriteit");
            draad.setDaemon(true);
            return draad;
        });
        long schrijven = instellingen.schrijfinterval().toMillis();
        planner.scheduleWithFixedDelay(this::werkBoomBij, 0, schrijven, TimeUnit.MILLISECONDS);
        if (ondertekenaar.publiekeSleutel().isPresent()) {
            long tekenen = instellingen.controlepuntinterval().toMillis();
            // The first soon after start (once the tree has caught up), then one per interval when the tree has grown.
            planner.scheduleWithFixedDelay(this::tekenControlepunt, Math.min(tekenen, EERSTE_CONTROLEPUNT_NA_MS),
                    tekenen, TimeUnit.MILLISECONDS);
        }
    }

    private void werkBoomBij() {
        try {
            schrijver.werkBij();
            if (onbereikbaar) {
                onbereikbaar = false;
                LOG.info("De Merkle-boom wordt weer bijgewerkt");
            }
        } catch (DataAccessException | org.springframework.transaction.TransactionException storing) {
            if (!onbereikbaar) {
                onbereikbaar = true;
                LOG.warn("De Merkle-boom wordt niet bijgewerkt zolang de database niet antwoordt: {}",
                        storing.getMessage());
            }
        } catch (RuntimeException fout) {
            LOG.error("De Merkle-boom is niet bijgewerkt", fout);
        }
    }

    private void tekenControlepunt() {
        try {
            controlepunten.tekenAlsGegroeid();
        } catch (Integriteitsschending schending) {
            LOG.error("GEEN CONTROLEPUNT GETEKEND: de boom past niet meer bij de opgeslagen gebeurtenissen: {}",
                    schending.getMessage());
        } catch (DataAccessException | org.springframework.transaction.TransactionException onbereikbaar) {
            LOG.warn("Geen controlepunt getekend: {}", onbereikbaar.getMessage());
        } catch (RuntimeException fout) {
            LOG.error("Geen controlepunt getekend", fout);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService lopend = planner;
        planner = null;
        if (lopend != null) {
            lopend.shutdown();
            try {
                lopend.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return planner != null;
    }
}
