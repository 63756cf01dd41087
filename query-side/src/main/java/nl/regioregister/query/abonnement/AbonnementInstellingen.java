package nl.regioregister.query.abonnement;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param toegestaneAdressen origins ({@code scheme://host} or {@code scheme://host:port}) that are exempt from the
 *                           https and address rules for callback URLs. Empty in every real deployment; the tests use
 *                           it to deliver to a subscriber on plain http on loopback.
 * @param timeOut            how long one delivery may take before it counts as failed
 * @param verbindingsTimeOut how long connecting to a callback URL may take
 * @param basisWachttijd     the wait after the first failure; it doubles per failure, with jitter
 * @param maxWachttijd       the longest wait between two attempts, also for a {@code Retry-After}
 * @param falendNa           after how long of only failures a subscription is marked failing and its deliveries park
 * @param gelijktijdig       how many subscriptions are delivered at the same time (each one in order)
 * @param wachttijd          how long an idle deliverer waits before it looks for work again
 */
@ConfigurationProperties("regioregister.abonnementen")
public record AbonnementInstellingen(List<String> toegestaneAdressen, Duration timeOut, Duration verbindingsTimeOut,
                                     Duration basisWachttijd, Duration maxWachttijd, Duration falendNa,
                                     Integer gelijktijdig, Duration wachttijd) {

    public AbonnementInstellingen {
        toegestaneAdressen = toegestaneAdressen == null ? List.of() : List.copyOf(toegestaneAdressen);
        timeOut = timeOut == null ? Duration.ofSeconds(10) : timeOut;
        verbindingsTimeOut = verbindingsTimeOut == null ? Duration.ofSeconds(5) : verbindingsTimeOut;
        basisWachttijd = basisWachttijd == null ? Duration.ofSeconds(1) : basisWachttijd;
        maxWachttijd = maxWachttijd == null ? Duration.ofHours(1) : maxWachttijd;
        falendNa = falendNa == null ? Duration.ofHours(24) : falendNa;
        gelijktijdig = gelijktijdig == null ? 4 : gelijktijdig;
        wachttijd = wachttijd == null ? Duration.ofSeconds(1) : wachttijd;
    }

    /** A claim outlives the longest delivery, so that it only expires when its deliverer died. */
    Duration claimduur() {
        return timeOut.plus(verbindingsTimeOut).multipliedBy(2).plusSeconds(5);
    }
}
