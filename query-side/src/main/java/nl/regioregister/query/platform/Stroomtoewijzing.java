package nl.regioregister.query.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Caps the live streams (Server-Sent Events) one user holds open at once, over every stream of the query side
 * ({@code regioregister.limieten.stromen-per-gebruiker}); one more is refused with 429 and {@code Retry-After}.
 */
@Component
@EnableConfigurationProperties(Verzoeklimieten.Instellingen.class)
public class Stroomtoewijzing {

    /** The user holds the maximum number of streams already. */
    public static class TeVeelStromen extends RuntimeException {
        TeVeelStromen(int max) {
            super("U hebt al " + max + " live stromen open; sluit er een voordat u een nieuwe opent.");
        }
    }

    private final int max;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    public Stroomtoewijzing(Verzoeklimieten.Instellingen instellingen) {
        this.max = instellingen.stromenPerGebruiker();
    }

    /**
     * Takes one stream for the user.
     *
     * @return what gives it back; running it more than once gives back once
     * @throws TeVeelStromen when the user holds the maximum already
     */
    public Runnable neem(String gebruiker) {
        boolean[] genomen = {false};
        open.compute(gebruiker, (g, aantal) -> {
            int nu = aantal == null ? 0 : aantal;
            if (nu >= max) {
                return aantal;
            }
            genomen[0] = true;
            return nu + 1;
        });
        if (!genomen[0]) {
            throw new TeVeelStromen(max);
        }
        AtomicBoolean teruggegeven = new AtomicBoolean();
        return () -> {
            if (teruggegeven.compareAndSet(false, true)) {
                open.computeIfPresent(gebruiker, (g, aantal) -> aantal <= 1 ? null : aantal - 1);
            }
        };
    }

    /** Takes one stream for the signed-in user of this request. */
    public Runnable neemVoorAangemelde() {
        Authentication aangemeld = SecurityContextHolder.getContext().getAuthentication();
        return neem(aangemeld == null ? "" : aangemeld.getName());
    }

    int open(String gebruiker) {
        return open.getOrDefault(gebruiker, 0);
    }
}
