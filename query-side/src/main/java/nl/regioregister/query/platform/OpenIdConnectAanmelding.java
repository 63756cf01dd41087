package nl.regioregister.query.platform;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.util.function.SingletonSupplier;

/**
 * The dashboard's sign-in in production: the OpenID Connect authorisation-code flow with PKCE at the same
 * authorisation server whose access tokens the API accepts ({@link Aanmelding}). The dashboard is the client
 * {@code regioregister.aanmelding.dashboard.client.id}; with a secret it authenticates at the token endpoint
 * ({@code client_secret_basic}), without one it is a public client. PKCE (S256) is used either way, as the NL GOV
 * Assurance profile for OAuth 2.0 requires of every client.
 * <p>
 * The role and the organisation come from the same claims, mapped by the same code, as for the API: from the ID token
 * when it carries the role claim, otherwise from the access token, checked as the API checks it (issuer, audience,
 * expiry). A user without a known role is not signed in. The user's name is {@code sub}, the actor the API records.
 * <p>
 * The provider's metadata ({@code /.well-known/openid-configuration} of the issuer) is read at the first sign-in, not
 * at start-up, so the service starts while the identity provider is unreachable.
 */
public final class OpenIdConnectAanmelding implements Dashboardtoegang.Aanmeldwijze {

    public static final String REGISTRATIE = "regioregister";
    static final String AUTORISATIEPAD = "/dashboard/oauth2/autorisatie";
    static final String TERUGKEERPAD = "/dashboard/oauth2/terugkeer";
    static final String AFGEMELD = "/dashboard/afgemeld.html";

    /**
     * {@code regioregister.aanmelding.dashboard.client}: the dashboard's client at the authorisation server
     * ({@code REGIOREGISTER_AANMELDING_DASHBOARD_CLIENT_ID}, {@code ..._GEHEIM}) and the scopes it asks for.
     */
    @ConfigurationProperties("regioregister.aanmelding.dashboard.client")
    public record Client(String id, String geheim, List<String> scopes) {
        public Client {
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid") : List.copyOf(scopes);
        }

        public boolean ingesteld() {
            return id != null && !id.isBlank();
        }
    }

    private final Aanmelding.Instellingen instellingen;
    private final ClientRegistrationRepository registraties;
    private final Supplier<JwtDecoder> toegangstokens;

    public OpenIdConnectAanmelding(Aanmelding.Instellingen instellingen, Client client) {
        if (!instellingen.ingesteld()) {
            throw new Aanmelding.OntbrekendeInstelling(Aanmelding.UITGEVER_VARIABELE, "niet ingesteld, maar het "
                    + "dashboard meldt aan bij een identiteitsprovider (REGIOREGISTER_AANMELDING_DASHBOARD_CLIENT_ID); "
                    + "zet de issuer-URL, zie README \"Aanmelden\"");
        }
        this.instellingen = instellingen;
        SingletonSupplier<ClientRegistration> registratie = SingletonSupplier.of(() -> registratie(instellingen, client));
        this.registraties = id -> REGISTRATIE.equals(id) ? registratie.obtain() : null;
        this.toegangstokens = SingletonSupplier.of(() -> Aanmelding.decoder(instellingen));
    }

    private static ClientRegistration registratie(Aanmelding.Instellingen instellingen, Client client) {
        ClientRegistration.Builder registratie = ClientRegistrations.fromIssuerLocation(instellingen.uitgever())
                .registrationId(REGISTRATIE)
                .clientId(client.id())
                .scope(client.scopes())
                .redirectUri("{baseUrl}" + TERUGKEERPAD + "/{registrationId}")
                .userNameAttributeName(IdTokenClaimNames.SUB);
        if (client.geheim() == null || client.geheim().isBlank()) {
            registratie.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            registratie.clientSecret(client.geheim())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        }
        return registratie.build();
    }

    @Override
    public void stelIn(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver verzoeken =
                new DefaultOAuth2AuthorizationRequestResolver(registraties, AUTORISATIEPAD);
        verzoeken.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler afmelden = new OidcClientInitiatedLogoutSuccessHandler(registraties);
        afmelden.setPostLogoutRedirectUri("{baseUrl}" + AFGEMELD);
        afmelden.setDefaultTargetUrl(AFGEMELD);
        http.oauth2Login(login -> login
                        .clientRegistrationRepository(registraties)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .loginPage(ingang())
                        .authorizationEndpoint(a -> a.baseUri(AUTORISATIEPAD).authorizationRequestResolver(verzoeken))
                        .redirectionEndpoint(r -> r.baseUri(TERUGKEERPAD + "/*"))
                        .userInfoEndpoint(u -> u.oidcUserService(gebruikers()))
                        .defaultSuccessUrl("/dashboard/", true)
                        .failureUrl(AFGEMELD + "?fout"))
                .logout(uit -> uit.logoutSuccessHandler(afmelden));
    }

    @Override
    public String ingang() {
        return AUTORISATIEPAD + "/" + REGISTRATIE;
    }

    @Override
    public List<String> openbarePaginas() {
        return List.of(AFGEMELD);
    }

    /** The sign-out continues at the identity provider (RP-initiated logout). */
    @Override
    public List<String> formulierdoelen() {
        URI uitgever = URI.create(instellingen.uitgever());
        return List.of(uitgever.getScheme() + "://" + uitgever.getAuthority());
    }

    /**
     * {@code Lax}: the browser returns from the identity provider, another site, with a top-level navigation; a
     * {@code Strict} cookie would not come along and the sign-in could not be completed. Posts are protected by the
     * CSRF token, cross-site reads by the same-origin policy.
     */
    @Override
    public SameSite sessiecookie() {
        return SameSite.LAX;
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> gebruikers() {
        OidcUserService standaard = new OidcUserService();
        return verzoek -> {
            OidcUser gebruiker = standaard.loadUser(verzoek);
            return new DefaultOidcUser(rechten(verzoek, gebruiker.getIdToken()), gebruiker.getIdToken(),
                    gebruiker.getUserInfo(), IdTokenClaimNames.SUB);
        };
    }

    /** Role and organisation exactly as the API reads them, from the ID token or else the access token. */
    private Collection<GrantedAuthority> rechten(OidcUserRequest verzoek, OidcIdToken idToken) {
        Jwt claims;
        if (idToken.hasClaim(instellingen.rolClaim())) {
            claims = new Jwt(idToken.getTokenValue(), idToken.getIssuedAt(), idToken.getExpiresAt(),
                    Map.of("alg", "RS256"), idToken.getClaims());
        } else {
            try {
                claims = toegangstokens.get().decode(verzoek.getAccessToken().getTokenValue());
            } catch (JwtException ongeldig) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "het ID-token heeft geen claim " + instellingen.rolClaim()
                                + " en het toegangstoken is niet geldig voor het regioregister", null), ongeldig);
            }
        }
        return Aanmelding.rechten(instellingen).convert(claims).getAuthorities();
    }
}
