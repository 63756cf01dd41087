package nl.regioregister.query.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Every read is authenticated (HTTP Basic against the configured users); which views a role may read is declared on
 * the endpoints. When the command side runs in the same process its equivalent configuration may apply instead.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnMissingBean(SecurityFilterChain.class)
@EnableMethodSecurity
@EnableConfigurationProperties({Toegang.Lezers.class, Verzoeklimieten.Instellingen.class,
        Aanmelding.Instellingen.class})
public class Toegang {

    /** A user as configured under {@code regioregister.gebruikers}; the organisation only matters when deciding. */
    public record Lezer(String gebruikersnaam, String wachtwoord, String rol, String organisatie) {
    }

    @ConfigurationProperties("regioregister")
    public record Lezers(List<Lezer> gebruikers) {
        public Lezers {
            gebruikers = gebruikers == null ? List.of() : List.copyOf(gebruikers);
        }
    }

    @Bean
    static BeanFactoryPostProcessor aanmeldingVereist(Environment omgeving) {
        return Aanmelding.vereistVooraf(omgeving);
    }

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService lezersregister(Lezers lezers) {
        InMemoryUserDetailsManager register = new InMemoryUserDetailsManager(lezers.gebruikers().stream()
                .map(l -> User.withUsername(l.gebruikersnaam()).password(l.wachtwoord())
                        .authorities("ROLE_" + l.rol(), "ORGANISATIE_" + l.organisatie()).build())
                .toList());
        // Only the lookup: passwords are not re-encoded to a slow hash that every feed poll would pay for.
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
    SecurityFilterChain leestoegang(HttpSecurity http, ObjectMapper json, Verzoeklimieten.Instellingen limieten,
                                    Lezers lezers, Aanmelding.Instellingen aanmelding) throws Exception {
        boolean ontwikkelgebruikers = !lezers.gebruikers().isEmpty();
        Aanmelding.vereis(aanmelding, ontwikkelgebruikers);
        AuthenticationEntryPoint nietAangemeld = (request, response, e) -> {
            if (ontwikkelgebruikers) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"regioregister\"");
            }
            if (aanmelding.ingesteld()) {
                response.addHeader("WWW-Authenticate", e instanceof OAuth2AuthenticationException
                        ? "Bearer realm=\"regioregister\", error=\"invalid_token\"" : "Bearer realm=\"regioregister\"");
            }
            weiger(json, response, HttpStatus.UNAUTHORIZED, "niet-aangemeld");
        };
        http
                .addFilterBefore(new Verzoeklimieten.Aanmeldslot(limieten, json, Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new Verzoeklimieten.Verzoeklimiet(limieten, json), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                        weiger(json, response, HttpStatus.FORBIDDEN, "geen-toegang")));
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

    private static void weiger(ObjectMapper json, HttpServletResponse response, HttpStatus status, String soort)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problemen.probleem(status,
                status == HttpStatus.UNAUTHORIZED ? "Niet aangemeld" : "Geen toegang",
                status == HttpStatus.UNAUTHORIZED ? "Meld u aan om het regioregister te lezen."
                        : "Uw rol geeft geen toegang tot deze gegevens.", soort));
    }
}
