package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sign-in with JWT access tokens the test signs with its own key: iss, aud, exp and nbf are checked, the token is
 * read only from the Authorization header, role and organisation come from claims; without an issuer (and without
 * development users) the register does not start and names the variable to set.
 */
class JwtAanmeldingTest {

    private static final String UITGEVER = "https://inloggen.example.nl/realms/regioregister";
    private static final String PUBLIEK = "regioregister";

    @TempDir
    static Path map;

    private static RSAKey sleutel;
    private static ConfigurableApplicationContext app;
    private static String basis;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        sleutel = new RSAKeyGenerator(2048).keyID("proef").generate();
        Path pem = map.resolve("publiek.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                sleutel.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + map.resolve("db"),
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.aanmelding.uitgever=" + UITGEVER,
                "--regioregister.aanmelding.publiek=" + PUBLIEK,
                "--regioregister.aanmelding.publieke-sleutel=file:" + pem);
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        new Regioregister(basis).totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> aanpassing) throws Exception {
        Instant nu = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(UITGEVER).audience(PUBLIEK).subject("m.jansen@twente.nl")
                .issueTime(Date.from(nu)).notBeforeTime(Date.from(nu.minusSeconds(5)))
                .expirationTime(Date.from(nu.plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .claim("rol", "REGIO").claim("organisatie", "twente");
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(sleutel.getKeyID())
                .type(JOSEObjectType.JWT).build(), aanpassing.apply(claims).build());
        jwt.sign(new RSASSASigner(sleutel));
        return jwt.serialize();
    }

    private static HttpResponse<String> get(String pad, String token) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad));
        if (token != null) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void een_geldig_token_meldt_aan_met_rol_en_regio_uit_de_claims() throws Exception {
        String twente = token(c -> c);

        assertThat(get("/v1/regios/twente/status", twente).statusCode()).isEqualTo(200);
        assertThat(get("/v1/regios/achterhoek/status", twente).statusCode()).as("een andere regio").isEqualTo(403);
        assertThat(get("/v1/regios/achterhoek/status", token(c -> c.claim("rol", "BZK").claim("organisatie", "BZK")))
                .statusCode()).isEqualTo(200);
        assertThat(get("/v1/regios/twente/status", token(c -> c.claim("rol", "INTEGRATOR"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void een_token_van_een_andere_uitgever_voor_een_ander_publiek_verlopen_nog_niet_geldig_of_zonder_rol_wordt_geweigerd()
            throws Exception {
        Instant nu = Instant.now();
        for (String token : new String[] {
                token(c -> c.issuer("https://elders.example.nl")),
                token(c -> c.audience("een-andere-dienst")),
                token(c -> c.audience((String) null)),
                token(c -> c.expirationTime(Date.from(nu.minusSeconds(120)))),
                token(c -> c.expirationTime(null)),
                token(c -> c.notBeforeTime(Date.from(nu.plusSeconds(600)))),
                token(c -> c.claim("rol", "DIRECTEUR")),
                token(c -> c.claim("rol", null)),
                token(c -> c) + "x"}) {
            HttpResponse<String> antwoord = get("/v1/regios/twente/status", token);
            assertThat(antwoord.statusCode()).as(token).isEqualTo(401);
            assertThat(antwoord.headers().allValues("WWW-Authenticate")).anySatisfy(
                    w -> assertThat(w).startsWith("Bearer").contains("invalid_token"));
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void een_token_in_de_url_telt_niet() throws Exception {
        String token = token(c -> c);

        assertThat(get("/v1/regios/twente/status?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                null).statusCode()).isEqualTo(401);
    }

    @Test
    void zonder_uitgever_en_zonder_ontwikkelgebruikers_start_het_register_niet() {
        assertThatThrownBy(() -> StandaloneApplication.builder().run("--server.port=0",
                "--spring.profiles.active=productie",
                "--regioregister.ingebouwde-database.datamap=" + map.resolve("db-zonder-uitgever"),
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.abonnementen.kluissleutel=proef", "--regioregister.abonnementen.kluiszout=00112233445566778899",
                "--regioregister.integriteit.sleutelbestand=" + map.resolve("ondertekensleutel.pem"),
                "--regioregister.integriteit.ontwikkelsleutel-aanmaken=true"))
                .hasStackTraceContaining("REGIOREGISTER_AANMELDING_UITGEVER: niet ingesteld");
    }
}
