package nl.regioregister.command.platform;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Sign-in with a JWT access token from the configured authorisation server (OAuth 2.0 resource server, following
 * the NL GOV Assurance profile for OAuth 2.0: the token only in the {@code Authorization} header; {@code iss} must be
 * the configured issuer, {@code aud} must contain the configured audience, {@code exp} is required, {@code exp} and
 * {@code nbf} are checked with one minute of clock skew). The role and the organisation (a region's id, a department
 * or BZK) come from claims; the user is {@code sub}.
 * <p>
 * Without an issuer the service does not start, unless development users are configured (the {@code dev} profile).
 * <p>
 * The command side and the query side each hold an identical copy of this class (see {@link Probleemvorm}).
 */
public final class Aanmelding {

    public static final String UITGEVER_VARIABELE = "REGIOREGISTER_AANMELDING_UITGEVER";
    private static final Set<String> ROLLEN = Set.of("BZK", "DEPARTEMENT", "REGIO", "AUDITOR", "INTEGRATOR",
            "BEHEER");

    private Aanmelding() {
    }

    /**
     * {@code regioregister.aanmelding}: the issuer ({@code iss}), the audience this service accepts ({@code aud}),
     * where its keys are (JWK set URL; else a public key, for tests; else the issuer's metadata, read at the first
     * token) and the names of the claims with the role and the organisation.
     */
    @ConfigurationProperties("regioregister.aanmelding")
    public record Instellingen(String uitgever, List<String> publiek, String jwkSetUri, String publiekeSleutel,
                               String rolClaim, String organisatieClaim) {
        public Instellingen {
            publiek = publiek == null ? List.of() : List.copyOf(publiek);
            rolClaim = rolClaim == null || rolClaim.isBlank() ? "rol" : rolClaim;
            organisatieClaim = organisatieClaim == null || organisatieClaim.isBlank() ? "organisatie"
                    : organisatieClaim;
        }

        public boolean ingesteld() {
            return uitgever != null && !uitgever.isBlank();
        }
    }

    /** A required setting is missing or wrong; start-up stops with one line naming the variable. */
    public static class OntbrekendeInstelling extends IllegalStateException {
        private final String variabele;

        public OntbrekendeInstelling(String variabele, String uitleg) {
            super(variabele + ": " + uitleg);
            this.variabele = variabele;
        }

        public String variabele() {
            return variabele;
        }
    }

    /** Refuses to go on without a way to sign in. */
    public static void vereis(Instellingen instellingen, boolean ontwikkelgebruikers) {
        if (!instellingen.ingesteld() && !ontwikkelgebruikers) {
            throw new OntbrekendeInstelling(UITGEVER_VARIABELE, "niet ingesteld; zet de issuer-URL van de "
                    + "autorisatieserver (en REGIOREGISTER_AANMELDING_PUBLIEK), zie README \"Aanmelden\"");
        }
        if (instellingen.ingesteld() && instellingen.publiek().isEmpty()) {
            throw new OntbrekendeInstelling("REGIOREGISTER_AANMELDING_PUBLIEK", "niet ingesteld; zet de audience "
                    + "(aud) die deze dienst aanvaardt, zie README \"Aanmelden\"");
        }
    }

    /**
     * The same check, made before any bean is created (a connection to the database included), so that a service
     * without a way to sign in stops with this setting's name and not with whatever else fails first.
     */
    public static BeanFactoryPostProcessor vereistVooraf(Environment omgeving) {
        return fabriek -> {
            Binder binder = Binder.get(omgeving);
            Instellingen instellingen = binder.bind("regioregister.aanmelding", Instellingen.class)
                    .orElseGet(() -> new Instellingen(null, null, null, null, null, null));
            vereis(instellingen, binder.bind("regioregister.gebruikers[0].gebruikersnaam", String.class).isBound());
        };
    }

    public static JwtDecoder decoder(Instellingen instellingen) {
        String uitgever = instellingen.uitgever();
        OAuth2TokenValidator<Jwt> controles = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(uitgever),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(instellingen.publiek()::contains)));
        if (instellingen.jwkSetUri() != null && !instellingen.jwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(instellingen.jwkSetUri()).build();
            decoder.setJwtValidator(controles);
            return decoder;
        }
        if (instellingen.publiekeSleutel() != null && !instellingen.publiekeSleutel().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(rsaSleutel(instellingen.publiekeSleutel()))
                    .build();
            decoder.setJwtValidator(controles);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(uitgever);
            decoder.setJwtValidator(controles);
            return decoder;
        });
    }

    /** Only the Authorization header: never a token in the URL or a form. */
    public static DefaultBearerTokenResolver alleenAuthorizationHeader() {
        DefaultBearerTokenResolver lezer = new DefaultBearerTokenResolver();
        lezer.setAllowUriQueryParameter(false);
        lezer.setAllowFormEncodedBodyParameter(false);
        return lezer;
    }

    /**
     * The role ({@code ROLE_x}) and the organisation ({@code ORGANISATIE_x}) from the token's claims. A token without
     * a known role is refused (401), so that no signed-in user without a role reads what is open to every role.
     */
    public static Converter<Jwt, AbstractAuthenticationToken> rechten(Instellingen instellingen) {
        return jwt -> {
            Collection<GrantedAuthority> rechten = new ArrayList<>();
            String rol = jwt.getClaimAsString(instellingen.rolClaim());
            if (rol == null || !ROLLEN.contains(rol)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "het token heeft geen bekende rol in de claim " + instellingen.rolClaim(), null));
            }
            rechten.add(new SimpleGrantedAuthority("ROLE_" + rol));
            String organisatie = jwt.getClaimAsString(instellingen.organisatieClaim());
            if (organisatie != null && !organisatie.isBlank()) {
                rechten.add(new SimpleGrantedAuthority("ORGANISATIE_" + organisatie));
            }
            return new JwtAuthenticationToken(jwt, rechten, jwt.getSubject());
        };
    }

    private static RSAPublicKey rsaSleutel(String locatie) {
        try (InputStream in = new DefaultResourceLoader().getResource(locatie).getInputStream()) {
            String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new OntbrekendeInstelling("REGIOREGISTER_AANMELDING_PUBLIEKE_SLEUTEL",
                    "geen leesbare RSA-publieke sleutel (PEM) op " + locatie);
        }
    }
}
