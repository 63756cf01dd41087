package nl.regioregister.query.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bron             the CloudEvents {@code source} of every event: a URN of the NL GOV profile,
 *                         {@code urn:nld:oin:<OIN of the publishing organisation>:systeem:regioregister}
 * @param maxPagina        the most events one page of the pull feed holds
 * @param maxVolgers       the most live streams served at once; more are refused with 503
 * @param wachttijd        how long a live stream waits for new events before it looks in the feed itself
 * @param hartslag         how often an idle live stream sends a comment, so that a dead connection is noticed
 * @param stroomduur       after how long a live stream ends; the client resumes it with {@code Last-Event-ID}
 */
@ConfigurationProperties("regioregister.feed")
public record FeedInstellingen(String bron, Integer maxPagina, Integer maxVolgers, Duration wachttijd,
                               Duration hartslag, Duration stroomduur) {

    public FeedInstellingen {
        bron = bron == null || bron.isBlank() ? "urn:nld:oin:00000000000000000000:systeem:regioregister" : bron;
        maxPagina = maxPagina == null ? 1000 : maxPagina;
        maxVolgers = maxVolgers == null ? 100 : maxVolgers;
        wachttijd = wachttijd == null ? Duration.ofSeconds(1) : wachttijd;
        hartslag = hartslag == null ? Duration.ofSeconds(15) : hartslag;
        stroomduur = stroomduur == null ? Duration.ofMinutes(30) : stroomduur;
    }
}
