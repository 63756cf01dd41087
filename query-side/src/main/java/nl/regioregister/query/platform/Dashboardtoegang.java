package nl.regioregister.query.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the dashboard in the browser. The API itself stays stateless (tokens or, in the {@code dev} run, HTTP
 * Basic; see {@link Toegang}); a browser cannot give an {@code EventSource} an {@code Authorization} header, so the
 * dashboard signs in once and keeps the login in a session cookie ({@code HttpOnly}).
 * <p>
 * This chain handles the dashboard's own pages and the <em>reading</em> ({@code GET}) requests to the public API that
 * carry a session, both only without an {@code Authorization} header. Every other request, every decision
 * ({@code POST}) included, goes to the API's own chain and needs its credentials: a session never decides anything.
 * The dashboard's own posts (sign-in, sign-out) carry a CSRF token, and every page is served with a strict
 * Content-Security-Policy (scripts, styles and connections from this origin only, no inline code, no framing).
 * <p>
 * How a user signs in is an {@link Aanmeldwijze}: in the {@code dev} run a form against the development users; in
 * production the OpenID Connect authorisation-code flow of {@link OpenIdConnectAanmelding}, chosen when the
 * dashboard's client id is configured.
 */
@EnableConfigurationProperties({Aanmelding.Instellingen.class, OpenIdConnectAanmelding.Client.class})
@AutoConfiguration(after = Toegang.class, afterName = "nl.regioregister.command.platform.Beveiliging",
        before = SecurityAutoConfiguration.class)
public class Dashboardtoegang {

    /** The dashboard's pages, scripts and its sign-in. */
    public static final String PADEN = "/dashboard/**";
    public static final String AANMELDPAGINA = "/dashboard/aanmelden.html";
    /** The CSRF token for the sign-in form, before there is a login. */
    public static final String FORMULIERSLEUTEL = "/dashboard/formuliersleutel";

    /** How a browser user signs in to the dashboard; the session then carries the login. */
    @FunctionalInterface
    public interface Aanmeldwijze {
        void stelIn(HttpSecurity http) throws Exception;

        /** Where a page request without a login is sent. */
        default String ingang() {
            return AANMELDPAGINA;
        }

        /** Pages of this sign-in that are open without a login. */
        default List<String> openbarePaginas() {
            return List.of(AANMELDPAGINA);
        }

        /** Origins other than the dashboard's own that a form may lead to (the CSP's {@code form-action}). */
        default List<String> formulierdoelen() {
            return List.of();
        }

        default SameSite sessiecookie() {
            return SameSite.STRICT;
        }
    }

    /** Production: the identity provider's OpenID Connect sign-in, when the dashboard's client is configured. */
    @Bean
    @ConditionalOnProperty(prefix = "regioregister.aanmelding.dashboard.client", name = "id")
    Aanmeldwijze openIdConnectAanmelding(Aanmelding.Instellingen aanmelding, OpenIdConnectAanmelding.Client client) {
        return new OpenIdConnectAanmelding(aanmelding, client);
    }

    /** Development and small installations: a form checked against the configured users. */
    @Bean
    @ConditionalOnMissingBean
    Aanmeldwijze formulieraanmelding() {
        return http -> http
                .formLogin(form -> form
                        .loginPage(AANMELDPAGINA)
                        .loginProcessingUrl("/dashboard/aanmelden")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/dashboard/", true)
                        .failureUrl(AANMELDPAGINA + "?fout")
                        .permitAll());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain dashboardtoegang(HttpSecurity http, Aanmeldwijze aanmeldwijze, ObjectMapper json)
            throws Exception {
        // a request with its own credentials (HTTP Basic) is the API's, also on the dashboard's paths
        RequestMatcher dashboard = request -> request.getHeader("Authorization") == null
                && (padBinnenApp(request).startsWith("/dashboard/") || padBinnenApp(request).equals("/dashboard"));
        RequestMatcher metSessie = request -> request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
        RequestMatcher lezenMetSessie = request -> metSessie.matches(request)
                && ("GET".equals(request.getMethod()) && padBinnenApp(request).startsWith("/v1/")
                // the error page of such a read, so that its problem is answered here and not as a Basic challenge
                || request.getDispatcherType() == DispatcherType.ERROR);
        RequestMatcher api = request -> padBinnenApp(request).startsWith("/v1/")
                || padBinnenApp(request).equals("/dashboard/sessie")
                || padBinnenApp(request).equals(FORMULIERSLEUTEL);

        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> ingangen = new LinkedHashMap<>();
        // no WWW-Authenticate: the browser must not pop up its own login dialog, the page sends the user to the form
        ingangen.put(api, (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problemen.probleem(HttpStatus.UNAUTHORIZED,
                    "Niet aangemeld", "Meld u aan om het dashboard te gebruiken.", "niet-aangemeld"));
        });
        DelegatingAuthenticationEntryPoint ingang = new DelegatingAuthenticationEntryPoint(ingangen);
        ingang.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(aanmeldwijze.ingang()));
        Set<String> openbaar = new HashSet<>(aanmeldwijze.openbarePaginas());
        openbaar.addAll(List.of("/dashboard/stijl.css", "/dashboard/js/aanmelden.js", FORMULIERSLEUTEL));

        http.securityMatcher(new OrRequestMatcher(dashboard, lezenMetSessie))
                // sign-in and sign-out are the only posts through this chain; both need the session's token
                .csrf(Customizer.withDefaults())
                .headers(headers -> beveiligingsheaders(headers, aanmeldwijze))
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(request -> openbaar.contains(padBinnenApp(request))).permitAll()
                            // public like in the API's own chain, also when a session has expired
                            .requestMatchers("/v1/openapi.json", "/v1/schemas", "/v1/schemas/**", "/v1/asyncapi",
                                    "/v1/asyncapi.json", "/v1/integriteit/publieke-sleutel").permitAll();
                    // the same visibility of a region as with the API's own credentials
                    Regiotoegang.regels(a);
                    a.anyRequest().authenticated();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ingang)
                        .accessDeniedHandler((request, response, e) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), e instanceof CsrfException
                                    ? Problemen.probleem(HttpStatus.FORBIDDEN, "Formulier niet aanvaard",
                                    "Het formulier kwam niet van het dashboard of is verlopen; laad de pagina "
                                            + "opnieuw en probeer het nog eens.", "formuliersleutel-ongeldig")
                                    : Problemen.probleem(HttpStatus.FORBIDDEN, "Geen toegang",
                                    "Uw rol geeft geen toegang tot deze gegevens.", "geen-toegang"));
                        }))
                .logout(uit -> uit.logoutUrl("/dashboard/afmelden")
                        .logoutSuccessUrl(AANMELDPAGINA + "?afgemeld"));
        aanmeldwijze.stelIn(http);
        return http.build();
    }

    /**
     * Content-Security-Policy: everything from the dashboard's own origin, no inline script or style, no plug-ins,
     * no framing, forms only to this origin (and, signing out, to the identity provider). The other headers: no
     * framing in older browsers, no MIME sniffing, no referrer to other sites, no powerful browser features, a
     * browsing context and resources of its own.
     */
    static String inhoudsbeleid(Aanmeldwijze aanmeldwijze) {
        String formulieren = String.join(" ", Stream.concat(Stream.of("'self'"),
                aanmeldwijze.formulierdoelen().stream()).toList());
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                + "font-src 'self'; manifest-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
                + "form-action " + formulieren;
    }

    private static void beveiligingsheaders(HeadersConfigurer<HttpSecurity> headers, Aanmeldwijze aanmeldwijze) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(inhoudsbeleid(aanmeldwijze)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .crossOriginOpenerPolicy(c -> c.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(c -> c.policy(
                        CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }

    @Bean
    CookieSameSiteSupplier sessiecookieAlleenVanDezeSite(Aanmeldwijze aanmeldwijze) {
        return CookieSameSiteSupplier.of(aanmeldwijze.sessiecookie()).whenHasName("JSESSIONID");
    }

    private static String padBinnenApp(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
