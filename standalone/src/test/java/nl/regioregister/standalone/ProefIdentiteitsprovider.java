package nl.regioregister.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect provider for the tests, on loopback only: discovery, JWKS, an authorisation endpoint that signs
 * in whoever the test says is at the keyboard, a token endpoint that checks the client's secret and the PKCE
 * verifier against the challenge (S256 only), and an end-session endpoint. Tokens are signed with a fresh RSA key.
 */
final class ProefIdentiteitsprovider implements AutoCloseable {

    /** Who signs in next: their {@code sub} and the extra claims of the ID token and of the access token. */
    record Gebruiker(String sub, Map<String, Object> idTokenClaims, Map<String, Object> toegangstokenClaims) {
    }

    /** An authorisation request as the browser brought it, to be checked by the test. */
    record Autorisatieverzoek(Map<String, String> parameters) {
    }

    private record Uitgifte(Gebruiker gebruiker, Map<String, String> verzoek) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey sleutel;
    private final String clientId;
    private final String clientGeheim;
    private final String publiek;
    private final Map<String, Uitgifte> codes = new ConcurrentHashMap<>();
    final List<Autorisatieverzoek> autorisatieverzoeken = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> tokenverzoeken = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> afmeldingen = new CopyOnWriteArrayList<>();
    private volatile Gebruiker volgende;

    ProefIdentiteitsprovider(String clientId, String clientGeheim, String publiek) throws IOException, JOSEException {
        this.clientId = clientId;
        this.clientGeheim = clientGeheim;
        this.publiek = publiek;
        this.sleutel = new RSAKeyGenerator(2048).keyID("proef-idp").generate();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", this::ontdekking);
        server.createContext("/jwks", u -> stuur(u, 200, "application/json", sleutel.toPublicJWK().toJSONString()
                .transform(k -> "{\"keys\":[" + k + "]}")));
        server.createContext("/autoriseer", this::autoriseer);
        server.createContext("/token", this::token);
        server.createContext("/afmelden", this::afmelden);
        server.start();
    }

    String uitgever() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void meldAanAls(Gebruiker gebruiker) {
        this.volgende = gebruiker;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void ontdekking(HttpExchange uitwisseling) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", uitgever());
        metadata.put("authorization_endpoint", uitgever() + "/autoriseer");
        metadata.put("token_endpoint", uitgever() + "/token");
        metadata.put("jwks_uri", uitgever() + "/jwks");
        metadata.put("end_session_endpoint", uitgever() + "/afmelden");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("scopes_supported", List.of("openid"));
        stuur(uitwisseling, 200, "application/json", JSON.writeValueAsString(metadata));
    }

    private void autoriseer(HttpExchange uitwisseling) throws IOException {
        Map<String, String> verzoek = parameters(uitwisseling.getRequestURI().getRawQuery());
        autorisatieverzoeken.add(new Autorisatieverzoek(verzoek));
        Gebruiker gebruiker = volgende;
        if (gebruiker == null || !clientId.equals(verzoek.get("client_id"))
                || !"code".equals(verzoek.get("response_type"))) {
            stuur(uitwisseling, 400, "text/plain", "ongeldig autorisatieverzoek");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Uitgifte(gebruiker, verzoek));
        uitwisseling.getResponseHeaders().add("Location", verzoek.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(verzoek.get("state"), StandardCharsets.UTF_8));
        stuur(uitwisseling, 302, "text/plain", "");
    }

    private void token(HttpExchange uitwisseling) throws IOException {
        Map<String, String> verzoek = parameters(new String(uitwisseling.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        tokenverzoeken.add(verzoek);
        String client = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(clientGeheim, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        if (!client.equals(uitwisseling.getRequestHeaders().getFirst("Authorization"))) {
            stuur(uitwisseling, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Uitgifte uitgifte = codes.remove(verzoek.getOrDefault("code", ""));
        if (uitgifte == null || !"authorization_code".equals(verzoek.get("grant_type"))
                || !uitgifte.verzoek().get("redirect_uri").equals(verzoek.get("redirect_uri"))
                || !"S256".equals(uitgifte.verzoek().get("code_challenge_method"))
                || verzoek.get("code_verifier") == null
                || !s256(verzoek.get("code_verifier")).equals(uitgifte.verzoek().get("code_challenge"))) {
            stuur(uitwisseling, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Gebruiker gebruiker = uitgifte.gebruiker();
        try {
            JWTClaimsSet.Builder id = claims(gebruiker, clientId).claim("nonce", uitgifte.verzoek().get("nonce"));
            gebruiker.idTokenClaims().forEach(id::claim);
            JWTClaimsSet.Builder toegang = claims(gebruiker, publiek).claim("scope", "openid");
            gebruiker.toegangstokenClaims().forEach(toegang::claim);
            Map<String, Object> antwoord = Map.of("access_token", teken(toegang.build(), "JWT"),
                    "id_token", teken(id.build(), "JWT"), "token_type", "Bearer", "expires_in", 300,
                    "scope", "openid");
            stuur(uitwisseling, 200, "application/json", JSON.writeValueAsString(antwoord));
        } catch (JOSEException e) {
            stuur(uitwisseling, 500, "text/plain", e.getMessage());
        }
    }

    private void afmelden(HttpExchange uitwisseling) throws IOException {
        Map<String, String> verzoek = parameters(uitwisseling.getRequestURI().getRawQuery());
        afmeldingen.add(verzoek);
        uitwisseling.getResponseHeaders().add("Location", verzoek.get("post_logout_redirect_uri"));
        stuur(uitwisseling, 302, "text/plain", "");
    }

    private JWTClaimsSet.Builder claims(Gebruiker gebruiker, String voor) {
        Instant nu = Instant.now();
        return new JWTClaimsSet.Builder().issuer(uitgever()).audience(voor).subject(gebruiker.sub())
                .issueTime(Date.from(nu)).notBeforeTime(Date.from(nu.minusSeconds(5)))
                .expirationTime(Date.from(nu.plusSeconds(300))).jwtID(UUID.randomUUID().toString());
    }

    private String teken(JWTClaimsSet claims, String soort) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(sleutel.getKeyID())
                .type(new JOSEObjectType(soort)).build(), claims);
        jwt.sign(new RSASSASigner(sleutel));
        return jwt.serialize();
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String paar : query.split("&")) {
            int is = paar.indexOf('=');
            String naam = URLDecoder.decode(is < 0 ? paar : paar.substring(0, is), StandardCharsets.UTF_8);
            parameters.put(naam, is < 0 ? "" : URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static Map<String, String> parameters(URI adres) {
        return parameters(adres.getRawQuery());
    }

    private static void stuur(HttpExchange uitwisseling, int status, String soort, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        uitwisseling.getResponseHeaders().add("Content-Type", soort);
        uitwisseling.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            uitwisseling.getResponseBody().write(bytes);
        }
        uitwisseling.close();
    }
}
