package nl.regioregister.query.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the dashboard in the browser. The API itself stays stateless (HTTP Basic, see {@link Toegang}); a
 * browser cannot give an {@code EventSource} an {@code Authorization} header, so the dashboard signs in once and keeps
 * the login in a session cookie ({@code HttpOnly}, {@code SameSite=Strict}).
 * <p>
 * This chain handles the dashboard's own pages and the <em>reading</em> ({@code GET}) requests to the public API that
 * carry a session, both only without an {@code Authorization} header. Every other request, every decision
 * ({@code POST}) included, goes to the API's own chain and needs its credentials: a session never decides anything, so a forged cross-site
 * request cannot take a decision in a signed-in user's name.
 * <p>
 * How a user signs in is an {@link Aanmeldwijze}: with the development users a login form; an OpenID Connect
 * authorisation-code login is another {@code Aanmeldwijze} bean ({@code http.oauth2Login(...)} with a mapping of the
 * identity provider's claims to the authorities {@code ROLE_x} and {@code ORGANISATIE_x}), replacing this default.
 */
@AutoConfiguration(after = Toegang.class, afterName = "nl.regioregister.command.platform.Beveiliging",
        before = SecurityAutoConfiguration.class)
public class Dashboardtoegang {

    /** The dashboard's pages, scripts and its sign-in. */
    public static final String PADEN = "/dashboard/**";
    public static final String AANMELDPAGINA = "/dashboard/aanmelden.html";

    /** How a browser user signs in to the dashboard; the session then carries the login. */
    @FunctionalInterface
    public interface Aanmeldwijze {
        void stelIn(HttpSecurity http) throws Exception;
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
                || padBinnenApp(request).equals("/dashboard/sessie");

        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> ingangen = new LinkedHashMap<>();
        // no WWW-Authenticate: the browser must not pop up its own login dialog, the page sends the user to the form
        ingangen.put(api, (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problemen.probleem(HttpStatus.UNAUTHORIZED,
                    "Niet aangemeld", "Meld u aan om het dashboard te gebruiken.", "niet-aangemeld"));
        });
        DelegatingAuthenticationEntryPoint ingang = new DelegatingAuthenticationEntryPoint(ingangen);
        ingang.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(AANMELDPAGINA));

        http.securityMatcher(new OrRequestMatcher(dashboard, lezenMetSessie))
                // only sign-in and sign-out are posted through this chain; the session cookie is SameSite=Strict
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(request -> padBinnenApp(request).equals(AANMELDPAGINA)
                                || padBinnenApp(request).equals("/dashboard/stijl.css")).permitAll()
                        // public like in the API's own chain, also when a session has expired
                        .requestMatchers("/v1/openapi.json", "/v1/schemas", "/v1/schemas/**", "/v1/asyncapi",
                                "/v1/asyncapi.json", "/v1/integriteit/publieke-sleutel").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ingang)
                        .accessDeniedHandler((request, response, e) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), Problemen.probleem(HttpStatus.FORBIDDEN,
                                    "Geen toegang", "Uw rol geeft geen toegang tot deze gegevens.", "geen-toegang"));
                        }))
                .logout(uit -> uit.logoutUrl("/dashboard/afmelden")
                        .logoutSuccessUrl(AANMELDPAGINA + "?afgemeld"));
        aanmeldwijze.stelIn(http);
        return http.build();
    }

    @Bean
    CookieSameSiteSupplier sessiecookieAlleenVanDezeSite() {
        return CookieSameSiteSupplier.ofStrict().whenHasName("JSESSIONID");
    }

    private static String padBinnenApp(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
