package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard's production sign-in, end to end over HTTP: the register runs without development users, its
 * dashboard is a confidential client of an OpenID provider on loopback ({@link ProefIdentiteitsprovider}), and a
 * user signs in with the authorisation-code flow and PKCE, reads what their role may read, and signs out at the
 * provider too. Role and region come from the token claims as for the API. Once more in headless Chromium, where
 * the provider is another site (127.0.0.1 against localhost): the session cookie must survive the return from it,
 * and the page's Content-Security-Policy must let the sign-out continue there.
 */
class DashboardOidcAanmeldingTest {

    private static final String CLIENT = "regioregister-dashboard";
    private static final String GEHEIM = "proef-geheim-van-het-dashboard";
    private static final String PUBLIEK = "regioregister";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path map;

    private static ProefIdentiteitsprovider idp;
    private static ConfigurableApplicationContext app;
    private static String basis;

    @BeforeAll
    static void start() throws Exception {
        idp = new ProefIdentiteitsprovider(CLIENT, GEHEIM, PUBLIEK);
        app = StandaloneApplication.builder().run("--server.port=0",
                "--spring.profiles.active=productie",
                "--regioregister.ingebouwde-database.datamap=" + map.resolve("db"),
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.abonnementen.kluissleutel=proef",
                "--regioregister.abonnementen.kluiszout=00112233445566778899",
                "--regioregister.integriteit.sleutelbestand=" + map.resolve("ondertekensleutel.pem"),
                "--regioregister.integriteit.ontwikkelsleutel-aanmaken=true",
                "--regioregister.aanmelding.uitgever=" + idp.uitgever(),
                "--regioregister.aanmelding.publiek=" + PUBLIEK,
                "--regioregister.aanmelding.dashboard.client.id=" + CLIENT,
                "--regioregister.aanmelding.dashboard.client.geheim=" + GEHEIM);
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (idp != null) {
            idp.close();
        }
    }

    /** One browser: its own cookies, redirects followed by hand so that every step can be checked. */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final List<HttpResponse<String>> stappen = new ArrayList<>();

        HttpResponse<String> get(String adres) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(adres.startsWith("/") ? basis + adres : adres))
                    .header("Accept", "text/html,application/json").build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String pad, String formulier) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(basis + pad))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Follows the redirects from {@code adres} as a browser would; returns the last answer. */
        HttpResponse<String> volg(HttpResponse<String> antwoord) throws Exception {
            stappen.add(antwoord);
            for (int i = 0; i < 10 && antwoord.statusCode() / 100 == 3; i++) {
                URI verder = antwoord.uri().resolve(antwoord.headers().firstValue("Location").orElseThrow());
                antwoord = get(verder.toString());
                stappen.add(antwoord);
            }
            return antwoord;
        }

        JsonNode json(String pad) throws Exception {
            HttpResponse<String> antwoord = get(pad);
            assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isEqualTo(200);
            return JSON.readTree(antwoord.body());
        }
    }

    private static Browser meldAan(ProefIdentiteitsprovider.Gebruiker gebruiker) throws Exception {
        idp.meldAanAls(gebruiker);
        Browser browser = new Browser();
        HttpResponse<String> einde = browser.volg(browser.get("/dashboard/"));
        assertThat(einde.uri().toString()).as("aangekomen op").isEqualTo(basis + "/dashboard/");
        return browser;
    }

    private static ProefIdentiteitsprovider.Gebruiker gebruiker(String sub, Map<String, Object> idToken,
                                                              Map<String, Object> toegangstoken) {
        return new ProefIdentiteitsprovider.Gebruiker(sub, idToken, toegangstoken);
    }

    @Test
    void aanmelden_gaat_via_de_identiteitsprovider_met_pkce_en_geeft_rol_en_regio_uit_het_id_token() throws Exception {
        int voor = idp.autorisatieverzoeken.size();
        Browser twente = meldAan(gebruiker("m.jansen@twente.nl", Map.of("rol", "REGIO", "organisatie", "twente"),
                Map.of()));

        List<String> route = twente.stappen.stream().map(s -> s.uri().getPath()).toList();
        assertThat(route).containsSubsequence("/dashboard/", "/dashboard/oauth2/autorisatie/regioregister",
                "/autoriseer", "/dashboard/oauth2/terugkeer/regioregister", "/dashboard/");
        Map<String, String> verzoek = idp.autorisatieverzoeken.get(voor).parameters();
        assertThat(verzoek).containsEntry("client_id", CLIENT).containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", basis + "/dashboard/oauth2/terugkeer/regioregister")
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(verzoek.get("scope")).contains("openid");
        // the provider exchanged the code only for the verifier that matches the challenge
        assertThat(idp.tokenverzoeken.get(idp.tokenverzoeken.size() - 1)).containsKey("code_verifier");
        assertThat(twente.stappen.stream().flatMap(s -> s.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("JSESSIONID=")))
                .as("de sessie overleeft de terugkeer van de identiteitsprovider").isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));

        JsonNode sessie = twente.json("/dashboard/sessie");
        assertThat(sessie.path("gebruikersnaam").asText()).isEqualTo("m.jansen@twente.nl");
        assertThat(sessie.path("rol").asText()).isEqualTo("REGIO");
        assertThat(sessie.path("organisatie").asText()).isEqualTo("twente");
        assertThat(twente.get("/v1/regios/twente/status").statusCode()).as("de eigen regio").isEqualTo(200);
        assertThat(twente.get("/v1/regios/achterhoek/status").statusCode()).as("een andere regio").isEqualTo(403);
        assertThat(twente.get("/v1/besluiten?regio=achterhoek").statusCode()).isEqualTo(403);
    }

    @Test
    void zonder_rol_in_het_id_token_komen_rol_en_organisatie_uit_het_gecontroleerde_toegangstoken() throws Exception {
        Browser auditor = meldAan(gebruiker("a.de.wit@adr.nl", Map.of(),
                Map.of("rol", "AUDITOR", "organisatie", "ADR")));

        JsonNode sessie = auditor.json("/dashboard/sessie");
        assertThat(sessie.path("rol").asText()).isEqualTo("AUDITOR");
        assertThat(sessie.path("organisatie").asText()).isEqualTo("ADR");
        assertThat(auditor.get("/v1/regios/achterhoek/status").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/v1/besluiten").statusCode()).isEqualTo(200);
    }

    @Test
    void wie_geen_bekende_rol_heeft_wordt_niet_aangemeld() throws Exception {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("rol", "DIRECTEUR"))) {
            idp.meldAanAls(gebruiker("iemand@example.nl", claims, claims));
            Browser browser = new Browser();
            HttpResponse<String> einde = browser.volg(browser.get("/dashboard/"));

            assertThat(einde.uri().getPath() + "?" + einde.uri().getQuery()).isEqualTo("/dashboard/afgemeld.html?fout");
            assertThat(einde.statusCode()).isEqualTo(200);
            assertThat(einde.body()).contains("Aanmelden is niet gelukt");
            assertThat(browser.get("/dashboard/sessie").statusCode()).isEqualTo(401);
            assertThat(browser.get("/v1/regios").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void afmelden_vraagt_de_formuliersleutel_en_meldt_ook_af_bij_de_identiteitsprovider() throws Exception {
        Browser bzk = meldAan(gebruiker("p.de.boer@minbzk.nl", Map.of("rol", "BZK", "organisatie", "BZK"), Map.of()));
        JsonNode sleutel = bzk.json("/dashboard/sessie").path("formuliersleutel");

        HttpResponse<String> zonderSleutel = bzk.post("/dashboard/afmelden", "");
        assertThat(zonderSleutel.statusCode()).isEqualTo(403);
        assertThat(zonderSleutel.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(zonderSleutel.body()).path("title").asText()).isEqualTo("Formulier niet aanvaard");
        HttpResponse<String> verkeerdeSleutel = bzk.post("/dashboard/afmelden",
                sleutel.path("veld").asText() + "=verzonnen");
        assertThat(verkeerdeSleutel.statusCode()).isEqualTo(403);
        assertThat(bzk.get("/dashboard/sessie").statusCode()).as("nog aangemeld").isEqualTo(200);

        int voor = idp.afmeldingen.size();
        HttpResponse<String> afgemeld = bzk.volg(bzk.post("/dashboard/afmelden", sleutel.path("veld").asText() + "="
                + URLEncoder.encode(sleutel.path("waarde").asText(), StandardCharsets.UTF_8)));

        assertThat(afgemeld.uri().toString()).isEqualTo(basis + "/dashboard/afgemeld.html");
        assertThat(afgemeld.body()).contains("U bent afgemeld");
        assertThat(idp.afmeldingen).hasSize(voor + 1);
        assertThat(idp.afmeldingen.get(voor)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", basis + "/dashboard/afgemeld.html");
        assertThat(bzk.get("/dashboard/sessie").statusCode()).isEqualTo(401);
        HttpResponse<String> pagina = bzk.get("/dashboard/");
        assertThat(pagina.statusCode()).isEqualTo(302);
        assertThat(pagina.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/dashboard/oauth2/autorisatie/regioregister"));
    }

    @Test
    void de_paginas_hebben_een_strikt_inhoudsbeleid_en_de_andere_beveiligingsheaders() throws Exception {
        HttpResponse<String> pagina = new Browser().get("/dashboard/afgemeld.html");

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; "
                + "script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; "
                + "manifest-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + idp.uitgever());
        assertThat(pagina.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(pagina.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pagina.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(pagina.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(pagina.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
        assertThat(pagina.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("camera=()", "geolocation=()"));
        assertThat(pagina.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("no-store"));
        assertThat(pagina.body()).doesNotContain("<script>", "style=");
    }

    @Test
    void in_de_browser_heen_en_terug_via_de_identiteitsprovider_een_andere_site() throws Exception {
        Optional<ChromeDriver> chromium = DashboardBrowserTest.chromium();
        Assumptions.assumeTrue(chromium.isPresent(), DashboardBrowserTest.NIET_UITGEVOERD);
        ChromeDriver browser = chromium.get();
        try {
            idp.meldAanAls(gebruiker("j.smit@achterhoek.nl", Map.of("rol", "REGIO", "organisatie", "achterhoek"),
                    Map.of()));
            WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(basis + "/dashboard/");
            wacht.until(b -> b.findElement(By.id("gebruiker")).getText()
                    .contains("Aangemeld als j.smit@achterhoek.nl (regio, achterhoek)"));
            wacht.until(b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
            assertThat(browser.findElements(By.linkText("Mijn regio"))).hasSize(1);
            assertThat(browser.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
            DashboardBrowserTest.controleer(browser, "overzicht na OpenID Connect");

            int voor = idp.afmeldingen.size();
            browser.findElement(By.cssSelector("#gebruiker button")).click();
            wacht.until(b -> b.getCurrentUrl().equals(basis + "/dashboard/afgemeld.html"));
            assertThat(browser.findElement(By.id("afgemeld")).getText()).isEqualTo("U bent afgemeld.");
            assertThat(idp.afmeldingen).as("ook afgemeld bij de identiteitsprovider").hasSize(voor + 1);
            DashboardBrowserTest.controleer(browser, "afgemeld na OpenID Connect");
        } finally {
            browser.quit();
        }
    }

    @Test
    void met_een_client_voor_het_dashboard_maar_zonder_uitgever_start_het_register_niet() {
        assertThatThrownBy(() -> StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + map.resolve("db-zonder-uitgever"),
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.integriteit.sleutelbestand=" + map.resolve("ondertekensleutel-2.pem"),
                "--regioregister.aanmelding.dashboard.client.id=" + CLIENT))
                .hasStackTraceContaining("REGIOREGISTER_AANMELDING_UITGEVER: niet ingesteld, maar het dashboard");
    }
}
