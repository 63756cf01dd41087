package nl.regioregister.command.platform;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read or decide about which region, decided from the path before anything of the request is read, so that
 * authorisation comes before validation (a malformed request of someone without access gets 403, not 400).
 * <p>
 * <b>Reading</b> a region's status and its live stream (they name the region's officials and contacts): BZK, a
 * department (part of the Rijk, it reads what BZK reads), auditor and beheer every region; a region only its own; integrators not: they read the event feed. The decision history
 * applies the same rule in its controller, where it narrows a region's search to its own region. The programme
 * overview (phases, signals and money per region, no names) is for the same roles, a region included: the programme
 * is shared; its live stream tells a region only about its own region. The list of regions with their appointed
 * rijksvertegenwoordiger (a public appointment) is for every signed-in role.
 * <p>
 * <b>Deciding</b>: only BZK and a region decide, a region only about itself where the path names a region; a
 * department records only inspanningsverplichtingen (its own: checked per decision). Which decision each may take
 * is checked per decision afterwards (command side, {@code Bevoegdheidscontrole}).
 * <p>
 * The command side and the query side each hold an identical copy of this class (see {@link Probleemvorm}): in the
 * standalone run either side's security configuration guards both sides' paths.
 */
public final class Regiotoegang {

    /** The command side's decision paths; the query side's own posts (subscriptions, beheer) are not among them. */
    static final String[] BESLUITPADEN = {"/v1/regios/**", "/v1/strategische-agendas/**", "/v1/lopende-trajecten/**",
            "/v1/moties/**", "/v1/toezeggingen/**", "/v1/kamerbrieven/**", "/v1/programmas/**"};

    private static final Set<String> LEZERS_VAN_ELKE_REGIO = Set.of("ROLE_BZK", "ROLE_DEPARTEMENT",
            "ROLE_AUDITOR", "ROLE_BEHEER");

    private Regiotoegang() {
    }

    public static void regels(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        regels.requestMatchers(HttpMethod.GET, "/v1/regios/{regioId}/status", "/v1/regios/{regioId}/status/**")
                .access(Regiotoegang::magLezen)
                .requestMatchers(HttpMethod.GET, "/v1/programmas/**").access(Regiotoegang::magLezen)
                .requestMatchers(HttpMethod.POST, "/v1/regios/{regioId}/inspanningsverplichtingen/**")
                .access(Regiotoegang::magInspanningsverplichtingVastleggen)
                .requestMatchers(HttpMethod.POST, "/v1/regios/{regioId}/**", "/v1/strategische-agendas/{regioId}/**")
                .access(Regiotoegang::magBesluiten)
                .requestMatchers(HttpMethod.POST, BESLUITPADEN).access(Regiotoegang::magBesluiten)
                // the query side's own resources: their controllers declare the same roles, checked only after the
                // request's parameters and body are read; here they are checked before
                .requestMatchers("/v1/abonnementen", "/v1/abonnementen/**").hasRole("INTEGRATOR")
                .requestMatchers("/v1/beheer/**").hasRole("BEHEER")
                .requestMatchers("/v1/integriteit/**").hasAnyRole("AUDITOR", "BEHEER")
                .requestMatchers("/v1/events", "/v1/events/**")
                .hasAnyRole("INTEGRATOR", "AUDITOR", "BZK", "DEPARTEMENT", "BEHEER")
                .requestMatchers(HttpMethod.GET, "/v1/besluiten", "/v1/besluiten/**")
                .hasAnyRole("AUDITOR", "BZK", "DEPARTEMENT", "BEHEER", "REGIO")
                .requestMatchers(HttpMethod.GET, "/v1/woo/**")
                .hasAnyRole("INTEGRATOR", "AUDITOR", "BZK", "DEPARTEMENT", "BEHEER");
    }

    private static AuthorizationDecision magLezen(Supplier<Authentication> aanmelding,
                                                  RequestAuthorizationContext verzoek) {
        Set<String> rechten = rechten(aanmelding.get());
        if (rechten.stream().anyMatch(LEZERS_VAN_ELKE_REGIO::contains)) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(rechten.contains("ROLE_REGIO") && eigenRegio(rechten, verzoek));
    }

    private static AuthorizationDecision magBesluiten(Supplier<Authentication> aanmelding,
                                                      RequestAuthorizationContext verzoek) {
        Set<String> rechten = rechten(aanmelding.get());
        if (rechten.contains("ROLE_BZK")) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(rechten.contains("ROLE_REGIO") && eigenRegio(rechten, verzoek));
    }

    /** BZK for the Rijk, or a department: its own commitments, which the decision's check confirms. */
    private static AuthorizationDecision magInspanningsverplichtingVastleggen(Supplier<Authentication> aanmelding,
                                                                              RequestAuthorizationContext verzoek) {
        Set<String> rechten = rechten(aanmelding.get());
        return new AuthorizationDecision(rechten.contains("ROLE_DEPARTEMENT") || rechten.contains("ROLE_BZK")
                || rechten.contains("ROLE_REGIO") && eigenRegio(rechten, verzoek));
    }

    /** True when the path names no region (the decision's own check decides then) or the user's own region. */
    private static boolean eigenRegio(Set<String> rechten, RequestAuthorizationContext verzoek) {
        String regioId = verzoek.getVariables().get("regioId");
        return regioId == null || rechten.contains("ORGANISATIE_" + regioId);
    }

    private static Set<String> rechten(Authentication wie) {
        if (wie == null || !wie.isAuthenticated()) {
            return Set.of();
        }
        return wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
