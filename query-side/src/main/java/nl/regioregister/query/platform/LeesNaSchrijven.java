package nl.regioregister.query.platform;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for every view. A decision answers with its event {@code positie}; a client that passes it as the
 * query parameter {@value #PARAMETER} gets the view only once the view's processor has committed that position,
 * waiting at most {@code regioregister.lees-na-schrijven.maximale-wachttijd} (5 s). When the view is still behind
 * then, the client gets the view as it is, still {@code 200}, with the header {@value #VEROUDERD}{@code : true}, and
 * may ask again. Every view that uses this names the position it reflects in the header {@value #POSITIE}.
 */
@Component
public class LeesNaSchrijven {

    public static final String PARAMETER = "minimalePositie";
    public static final String POSITIE = "Projectie-Positie";
    public static final String VEROUDERD = "Projectie-Verouderd";
    public static final String BESCHRIJVING = "Wacht (hooguit enkele seconden) tot de weergave deze gebeurtenispositie "
            + "verwerkt heeft, bijvoorbeeld de positie uit het antwoord op een besluit. Is zij dan nog niet zo ver, "
            + "dan volgt de weergave zoals zij is, met de header " + VEROUDERD + ": true.";

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final Verwerkingsstand verwerkingsstand;
    private final Duration maximaleWachttijd;

    public LeesNaSchrijven(Verwerkingsstand verwerkingsstand,
                           @Value("${regioregister.lees-na-schrijven.maximale-wachttijd:5s}") Duration maximaleWachttijd) {
        this.verwerkingsstand = verwerkingsstand;
        this.maximaleWachttijd = maximaleWachttijd;
    }

    /** Where a processor stands after waiting: its committed position and whether it reached the asked one. */
    public record Uitkomst(long positie, boolean bereikt) {
    }

    /** Waits, bounded, until the processor of the view has processed {@code minimalePositie} (when given). */
    public Uitkomst wacht(String processor, Long minimalePositie) {
        if (minimalePositie == null) {
            return new Uitkomst(verwerkingsstand.van(processor).positie(), true);
        }
        if (minimalePositie < 0) {
            throw new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending(PARAMETER, "minimum",
                    "een gebeurtenispositie is 0 of groter")));
        }
        long uiterlijk = System.nanoTime() + maximaleWachttijd.toNanos();
        Verwerkingsstand.Stand stand = verwerkingsstand.van(processor);
        while (!stand.heeftVerwerkt(minimalePositie) && System.nanoTime() < uiterlijk) {
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException onderbroken) {
                Thread.currentThread().interrupt();
                break;
            }
            stand = verwerkingsstand.van(processor);
        }
        return new Uitkomst(stand.positie(), stand.heeftVerwerkt(minimalePositie));
    }

    /** The view, read after waiting, with the headers telling how fresh it is. */
    public <T> ResponseEntity<T> antwoord(String processor, Long minimalePositie, Supplier<T> weergave) {
        Uitkomst uitkomst = wacht(processor, minimalePositie);
        return ok(uitkomst).body(weergave.get());
    }

    /** A {@code 200} with the headers telling how fresh a view read after {@link #wacht} is. */
    public static ResponseEntity.BodyBuilder ok(Uitkomst uitkomst) {
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.ok().header(POSITIE, Long.toString(uitkomst.positie()));
        if (!uitkomst.bereikt()) {
            antwoord.header(VEROUDERD, "true");
        }
        return antwoord;
    }
}
