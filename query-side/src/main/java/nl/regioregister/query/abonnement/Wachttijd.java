package nl.regioregister.query.abonnement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try again after a failed delivery: exponential back-off with jitter (so that many subscribers that failed
 * together do not return together), or what the subscriber asked for with {@code 429} and {@code Retry-After},
 * never longer than the configured maximum.
 */
final class Wachttijd {

    private final Duration basis;
    private final Duration maximum;
    private final RandomGenerator toeval;

    Wachttijd(Duration basis, Duration maximum, RandomGenerator toeval) {
        this.basis = basis;
        this.maximum = maximum;
        this.toeval = toeval;
    }

    /** After the n-th failure in a row (n from 1): between half and all of basis * 2^(n-1), at most the maximum. */
    Duration na(int pogingen) {
        long plafond = maximum.toMillis();
        long exponentieel = basis.toMillis() << Math.min(Math.max(pogingen - 1, 0), 30);
        long grens = exponentieel <= 0 ? plafond : Math.min(plafond, exponentieel);
        long helft = grens / 2;
        return Duration.ofMillis(helft + (grens - helft == 0 ? 0 : toeval.nextLong(grens - helft + 1)));
    }

    /** What {@code Retry-After} asks for: seconds, or an HTTP date; absent or unreadable when it asks nothing. */
    Optional<Duration> retryAfter(String waarde, Instant nu) {
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        Duration gevraagd;
        try {
            gevraagd = Duration.ofSeconds(Long.parseLong(waarde.trim()));
        } catch (NumberFormatException e) {
            try {
                gevraagd = Duration.between(nu, ZonedDateTime.parse(waarde.trim(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException f) {
                return Optional.empty();
            }
        }
        if (gevraagd.isNegative()) {
            gevraagd = Duration.ZERO;
        }
        return Optional.of(gevraagd.compareTo(maximum) > 0 ? maximum : gevraagd);
    }
}
