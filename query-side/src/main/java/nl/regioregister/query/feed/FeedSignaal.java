package nl.regioregister.query.feed;

import org.springframework.stereotype.Component;

/**
 * Wakes the live streams and the webhook deliveries as soon as the feed committed new events, so that they need not
 * poll often. Waiting is always bounded, so that events committed by another instance are found by polling.
 */
@Component
public class FeedSignaal {

    private long teller;

    public synchronized void meld() {
        teller++;
        notifyAll();
    }

    /** Waits until new events are announced, at most the given time. */
    public synchronized void wacht(long millis) throws InterruptedException {
        long begin = teller;
        long tot = System.currentTimeMillis() + millis;
        long rest = millis;
        while (teller == begin && rest > 0) {
            wait(rest);
            rest = tot - System.currentTimeMillis();
        }
    }
}
