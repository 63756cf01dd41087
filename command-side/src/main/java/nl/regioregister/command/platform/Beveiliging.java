package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every request is authenticated (HTTP Basic against the configured users); what a user may decide is checked per
 * decision by {@link nl.regioregister.command.besluit.Bevoegdheidscontrole}. Failures answer as problem+json.
 * <p>
 * An auto-configuration so that, when the query side runs in the same process, one of the two sides' equivalent
 * configurations applies and not both.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnMissingBean(SecurityFilterChain.class)
@EnableMethodSecurity
@EnableConfigurationProperties({Beveiliging.Gebruikers.class, Verzoeklimieten.Instellingen.class,
        Aanmelding.Instellingen.class})
public class Beveiliging {

    @ConfigurationProperties("regioregister")
    public record Gebruikers(List<Gebruiker> gebruikers) {
        public Gebruikers {
            gebruikers = gebruikers == null ? List.of() : List.copyOf(gebruikers);
        }
    }

    @Bean
    static BeanFactoryPostProcessor aanmeldingVereist(Environment omgeving) {
        return Aanmelding.vereistVooraf(omgeving);
    }

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService gebruikersregister(Gebruikers gebruikers) {
        InMemoryUserDetailsManager register = new InMemoryUserDetailsManager(gebruikers.gebruikers().stream()
                .map(g -> User.withUsername(g.gebruikersnaam())
                        .password(g.wachtwoord())
                        .authorities(g.autorisaties())
                        .build())
                .toList());
        // Only the lookup: the passwords stay as configured, not re-encoded to a deliberately slow hash that every
        // request would then pay for.
        return register::loadUserByUsername;
    }

    /**
     * The rules' paths are matched as Spring's path patterns, parsed once. Without this bean Spring Security 6 matches
     * every rule through Spring MVC's handler mapping, which matched the request against all handlers again for each
     * rule: a tenth of a status read's CPU (docs/benchmarks.md). The patterns mean the same (Spring MVC uses the same
     * parser); {@code AutorisatiematrixTest} asks every role every path.
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean padpatronen() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    SecurityFilterChain beveiligdeToegang(HttpSecurity http, ObjectMapper json,
                                          Verzoeklimieten.Instellingen limieten, Gebruikers gebruikers,
                                          Aanmelding.Instellingen aanmelding) throws Exception {
        boolean ontwikkelgebruikers = !gebruikers.gebruikers().isEmpty();
        Aanmelding.vereis(aanmelding, ontwikkelgebruikers);
        AuthenticationEntryPoint nietAangemeld = (request, response, e) -> {
            if (ontwikkelgebruikers) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"regioregister\"");
            }
            if (aanmelding.ingesteld()) {
                response.addHeader("WWW-Authenticate", e instanceof OAuth2AuthenticationException
                        ? "Bearer realm=\"regioregister\", error=\"invalid_token\"" : "Bearer realm=\"regioregister\"");
            }
            schrijf(json, response, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "Meld u aan om het regioregister te gebruiken.");
        };
        http
                .addFilterBefore(new Verzoeklimieten.Aanmeldslot(limieten, json, Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new Verzoeklimieten.Verzoeklimiet(limieten, json), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The published event contract (schemas, AsyncAPI) is public like the OpenAPI document; listed here
                // too because in the standalone run this configuration guards the query side's endpoints as well.
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/v1/openapi.json",
                                    "/v1/schemas", "/v1/schemas/**", "/v1/asyncapi", "/v1/asyncapi.json",
                                    "/v1/integriteit/publieke-sleutel").permitAll()
                        // metrics (and any endpoint exposed later) for the operators only
                        .requestMatchers("/actuator/**").hasRole("BEHEER");
                    Regiotoegang.regels(a);
                    a.anyRequest().authenticated();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietAangemeld)
                        .accessDeniedHandler((request, response, e) ->
                        schrijf(json, response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Uw rol geeft geen toegang tot deze bron.")));
        if (ontwikkelgebruikers) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(nietAangemeld));
        }
        if (aanmelding.ingesteld()) {
            http.oauth2ResourceServer(o -> o.bearerTokenResolver(Aanmelding.alleenAuthorizationHeader())
                    .authenticationEntryPoint(nietAangemeld)
                    .jwt(jwt -> jwt.decoder(Aanmelding.decoder(aanmelding))
                            .jwtAuthenticationConverter(Aanmelding.rechten(aanmelding))));
        }
        return http.build();
    }

    private static void schrijf(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response,
                                HttpStatus status, String titel, String detail) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setType(URI.create("urn:regioregister:probleem:" + (status == HttpStatus.UNAUTHORIZED
                ? "niet-aangemeld" : "geen-toegang")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
