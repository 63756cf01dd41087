package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits every client meets, answered with 429 problem+json and {@code Retry-After}:
 * <ul>
 * <li>{@link Aanmeldslot}: after {@code maxMislukt} failed sign-ins in a row a user name is blocked, at first for
 * {@code blokkade}, doubling with each further block up to {@code maxBlokkade}; while blocked even the right password
 * is refused, so guessing does not pay. A successful sign-in clears the count.</li>
 * <li>{@link Verzoeklimiet}: a token bucket per client (Bucket4j), the signed-in user or else the client address,
 * refilled at {@code verzoekenPerMinuut}.</li>
 * </ul>
 * State is per instance, in memory, bounded and forgotten after an hour of silence: a limit protects this instance.
 * <p>
 * The command side and the query side each hold an identical copy of this class (see {@link Probleemvorm}).
 */
public final class Verzoeklimieten {

    private Verzoeklimieten() {
    }

    /** {@code regioregister.limieten}: the limits, each with a default that suits one register instance. */
    @ConfigurationProperties("regioregister.limieten")
    public record Instellingen(Integer verzoekenPerMinuut, Integer maxMislukteAanmeldingen, Duration blokkade,
                               Duration maxBlokkade, Integer stromenPerGebruiker) {
        public Instellingen {
            verzoekenPerMinuut = verzoekenPerMinuut == null ? 1200 : verzoekenPerMinuut;
            maxMislukteAanmeldingen = maxMislukteAanmeldingen == null ? 5 : maxMislukteAanmeldingen;
            blokkade = blokkade == null ? Duration.ofMinutes(1) : blokkade;
            maxBlokkade = maxBlokkade == null ? Duration.ofMinutes(15) : maxBlokkade;
            stromenPerGebruiker = stromenPerGebruiker == null ? 5 : stromenPerGebruiker;
        }
    }

    /** Failed sign-ins of one user name; blocked until {@code tot}. */
    private record Pogingen(int mislukt, int blokkades, Instant tot) {
    }

    /** Refuses sign-ins of a blocked user name before the password is checked; counts the failures. */
    public static final class Aanmeldslot extends OncePerRequestFilter {

        private final Instellingen instellingen;
        private final ObjectMapper json;
        private final Clock klok;
        private final Cache<String, Pogingen> pogingen = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(Duration.ofHours(1)).build();

        public Aanmeldslot(Instellingen instellingen, ObjectMapper json, Clock klok) {
            this.instellingen = instellingen;
            this.json = json;
            this.klok = klok;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> naam = basisGebruikersnaam(request);
            if (naam.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            Instant nu = klok.instant();
            Pogingen eerder = pogingen.getIfPresent(naam.get());
            if (eerder != null && eerder.tot() != null && nu.isBefore(eerder.tot())) {
                weiger(json, response, Duration.between(nu, eerder.tot()), "Te veel mislukte aanmeldingen",
                        "Deze gebruiker is tijdelijk geblokkeerd na herhaald mislukte aanmeldingen; probeer het later "
                                + "opnieuw.", "aanmelden-geblokkeerd");
                return;
            }
            chain.doFilter(request, response);
            Authentication aangemeld = SecurityContextHolder.getContext().getAuthentication();
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                pogingen.asMap().compute(naam.get(), (n, p) -> mislukt(p, nu));
            } else if (aangemeld != null && aangemeld.isAuthenticated() && naam.get().equals(aangemeld.getName())) {
                pogingen.invalidate(naam.get());
            }
        }

        private Pogingen mislukt(Pogingen eerder, Instant nu) {
            int mislukt = (eerder == null ? 0 : eerder.mislukt()) + 1;
            int blokkades = eerder == null ? 0 : eerder.blokkades();
            if (mislukt < instellingen.maxMislukteAanmeldingen()) {
                return new Pogingen(mislukt, blokkades, null);
            }
            Duration duur = instellingen.blokkade().multipliedBy(1L << Math.min(blokkades, 20));
            if (duur.compareTo(instellingen.maxBlokkade()) > 0) {
                duur = instellingen.maxBlokkade();
            }
            return new Pogingen(0, blokkades + 1, nu.plus(duur));
        }

        private static Optional<String> basisGebruikersnaam(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String gedecodeerd = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int scheiding = gedecodeerd.indexOf(':');
                return scheiding < 0 ? Optional.empty() : Optional.of(gedecodeerd.substring(0, scheiding));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** A token bucket per client: the signed-in user, or else the client address. */
    public static final class Verzoeklimiet extends OncePerRequestFilter {

        private final Instellingen instellingen;
        private final ObjectMapper json;
        private final Cache<String, Bucket> emmers = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(Duration.ofHours(1)).build();

        public Verzoeklimiet(Instellingen instellingen, ObjectMapper json) {
            this.instellingen = instellingen;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication aangemeld = SecurityContextHolder.getContext().getAuthentication();
            String client = aangemeld != null && aangemeld.isAuthenticated()
                    && !"anonymousUser".equals(aangemeld.getName())
                    ? "gebruiker:" + aangemeld.getName() : "adres:" + request.getRemoteAddr();
            ConsumptionProbe probe = emmers.get(client, c -> emmer()).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
                chain.doFilter(request, response);
                return;
            }
            weiger(json, response, Duration.ofNanos(probe.getNanosToWaitForRefill()), "Te veel verzoeken",
                    "U doet meer verzoeken dan " + instellingen.verzoekenPerMinuut() + " per minuut; probeer het na "
                            + "de wachttijd in Retry-After opnieuw.", "te-veel-verzoeken");
        }

        private Bucket emmer() {
            int perMinuut = instellingen.verzoekenPerMinuut();
            return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinuut)
                    .refillGreedy(perMinuut, Duration.ofMinutes(1)).build()).build();
        }
    }

    /** Answers 429 with the wait in whole seconds, rounded up, at least one. */
    static void weiger(ObjectMapper json, HttpServletResponse response, Duration wachttijd, String titel,
                       String detail, String soort) throws IOException {
        long seconden = Math.max(1, (wachttijd.toMillis() + 999) / 1000);
        ProblemDetail probleem = Probleemvorm.probleem(HttpStatus.TOO_MANY_REQUESTS, titel, detail, soort);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconden));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), probleem);
    }
}
