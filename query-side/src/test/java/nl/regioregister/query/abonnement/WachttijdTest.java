package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WachttijdTest {

    private final Wachttijd wachttijd = new Wachttijd(Duration.ofSeconds(1), Duration.ofMinutes(10), new Random(7));

    @Test
    void de_wachttijd_verdubbelt_per_mislukking_met_spreiding_en_blijft_onder_het_maximum() {
        for (int i = 0; i < 50; i++) {
            assertThat(wachttijd.na(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(wachttijd.na(4)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(wachttijd.na(40)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
        }
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> wachttijd.na(6)).distinct().count())
                .as("spreiding").isGreaterThan(1);
    }

    @Test
    void retry_after_in_seconden_of_als_http_datum_en_nooit_langer_dan_het_maximum() {
        Instant nu = Instant.parse("2025-03-10T09:30:00Z");
        assertThat(wachttijd.retryAfter("120", nu)).contains(Duration.ofSeconds(120));
        assertThat(wachttijd.retryAfter("Mon, 10 Mar 2025 09:31:00 GMT", nu)).contains(Duration.ofSeconds(60));
        assertThat(wachttijd.retryAfter("86400", nu)).contains(Duration.ofMinutes(10));
        assertThat(wachttijd.retryAfter("Mon, 10 Mar 2025 09:00:00 GMT", nu)).contains(Duration.ZERO);
        assertThat(wachttijd.retryAfter("morgen", nu)).isEmpty();
        assertThat(wachttijd.retryAfter(null, nu)).isEmpty();
    }
}
