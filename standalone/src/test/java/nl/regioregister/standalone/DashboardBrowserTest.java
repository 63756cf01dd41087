package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * The dashboard in a real browser: headless Chromium (the system's own, Debian's {@code chromium} with
 * {@code chromium-driver}) against the standalone run on its embedded PostgreSQL. The users sign in, read the overview,
 * open a region, travel in time with the date picker, and see a decision recorded through the API appear without
 * reloading. Screenshots land in {@code target/browsertests/}.
 * <p>
 * Every page is checked on the way with axe-core against WCAG 2.0, 2.1 and 2.2 level A and AA (no violation
 * allowed), and for violations of its Content-Security-Policy (none allowed: no inline script or style).
 * <p>
 * Without Chromium and its driver these tests do not run, and the build says so in its output and in the test report
 * (an aborted assumption with the reason and how to install them), never silently.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardBrowserTest.class);
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "browsertests");
    static final String NIET_UITGEVOERD = "De browsertests van het dashboard zijn NIET uitgevoerd: geen Chromium met "
            + "chromedriver gevonden (gezocht: chromium, chromium-browser, google-chrome en chromedriver op het PATH). "
            + "Installeer ze om ze te draaien, op Debian/Ubuntu: sudo apt-get install -y chromium chromium-driver";

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static String basis;
    private static WebDriver browser;
    private static boolean zonderBrowser;

    /** Each test is reported as skipped, with the reason and how to install the browser. */
    @BeforeEach
    void alleenMetBrowser() {
        Assumptions.assumeFalse(zonderBrowser, NIET_UITGEVOERD);
    }

    @BeforeAll
    static void start() throws IOException {
        Optional<ChromeDriver> chromium = chromium();
        if (chromium.isEmpty()) {
            zonderBrowser = true;
            return;
        }
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap,
                        "--regioregister.integriteit.sleutelbestand=" + datamap.resolve("ondertekensleutel.pem"));
        int poort = ((WebServerApplicationContext) app).getWebServer().getPort();
        basis = "http://localhost:" + poort;
        register = new Regioregister(basis);
        register.totZichtbaar("auditor", "/v1/regios", r -> r.path("regios").size() == 11);
        vulHetRegister();
        browser = chromium.get();
        Files.createDirectories(SCHERMAFDRUKKEN);
    }

    /**
     * The system's headless Chromium, Dutch, recording what a page's Content-Security-Policy blocks; empty (and said
     * so in the build's output) when Chromium or its driver is not installed.
     */
    static Optional<ChromeDriver> chromium() {
        Optional<Path> chromium = opPad("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = opPad("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            LOG.warn(NIET_UITGEVOERD);
            System.err.println("\n*** " + NIET_UITGEVOERD + " ***\n");
            return Optional.empty();
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(chromium.get().toFile());
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1100", "--lang=nl-NL");
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "nl", "LANG", "nl_NL.UTF-8")).build();
        ChromeDriver chrome = new ChromeDriver(dienst, opties);
        // before any script of the page: collect what its Content-Security-Policy blocked
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspSchendingen = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspSchendingen.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile
                        + ':' + e.lineNumber));"""));
        return Optional.of(chrome);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    /** The Achterhoek's path of 2025, a motie, an overdue toezegging, and an appointment in Twente announced for 2030. */
    private static void vulHetRegister() {
        AchterhoekScenario.speel(register);
        String bron = AchterhoekScenario.besluit("2025-01-20", "Kamerbrief 20 december 2024");
        neem("bzk", "/v1/moties", """
                {"kamerstuknummer": "29697-169", "titel": "Motie Flach over een aanspreekpunt voor elke regio",
                 "indieners": ["Flach"], "aangenomenOp": "2024-12-17", %s}""".formatted(bron));
        neem("bzk", "/v1/toezeggingen", """
                {"toezeggingId": "voortgangsbrief-npvr", "omschrijving": "Voortgangsbrief NPVR na de jaarwisseling",
                 "gedaanIn": "Commissiedebat 5 februari 2025", "uiterlijk": "2025-03-31", %s}""".formatted(bron));
        long positie = neem("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "A. Bakker", "functie": "DG Wonen", "departement": "VRO", %s}"""
                .formatted(AchterhoekScenario.besluit("2030-01-01", "Ministerraad")));
        register.totZichtbaar("bzk", "/v1/programmas/npvr/overzicht?minimalePositie=" + positie, o -> true);
    }

    @Test
    @Order(1)
    void aanmelden_met_een_verkeerd_wachtwoord_wordt_geweigerd_met_een_melding() {
        browser.get(basis + "/dashboard/");
        wacht("het aanmeldformulier", b -> b.getCurrentUrl().contains("aanmelden.html"));
        browser.findElement(By.id("gebruikersnaam")).sendKeys("bzk");
        browser.findElement(By.id("wachtwoord")).sendKeys("fout");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement fout = wacht("de foutmelding", b -> zichtbaar(b, By.id("fout")));
        assertThat(fout.getText()).contains("Gebruikersnaam of wachtwoord onjuist");
        assertThat(browser.getCurrentUrl()).contains("aanmelden.html?fout");
        controleer("aanmelden met een foutmelding");
    }

    @Test
    @Order(2)
    void bzk_ziet_alle_regios_het_geld_per_jaar_wat_te_laat_is_en_de_verlopen_toezegging() throws IOException {
        meldAan("bzk");
        wacht("elf regio's", b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
        assertThat(tekst("positie")).matches("Weergave tot en met gebeurtenispositie \\d+, zoals geldend op .*");
        assertThat(browser.findElement(By.cssSelector("#regios tr[data-regio=achterhoek]")).getText())
                .contains("Uitvoering", "Vastgesteld (versie 1)", "2026-2029: vastgesteld", "€ 350.000,00");
        assertThat(browser.findElement(By.cssSelector("#regios tr[data-regio=twente] .label.aangekondigd")).getText())
                .isEqualTo("Rijksvertegenwoordiger benoemd: gaat in op 1 januari 2030");
        assertThat(browser.findElements(By.cssSelector("#geld svg[role=img] rect"))).hasSize(3);

        List<Integer> dagenTeLaat = browser.findElements(By.cssSelector("#telaat li .label.laat")).stream()
                .map(l -> Integer.parseInt(l.getText().replaceAll("\\D", ""))).toList();
        assertThat(dagenTeLaat).as("ergste eerst").isNotEmpty()
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(tekst("kamer")).contains("voortgangsbrief-npvr", "uiterlijk 31 maart 2025", "29697-169");
        wacht("de live-verbinding", b -> "verbonden".equals(b.findElement(By.id("live")).getDomAttribute("data-staat")));
        controleer("overzicht");
        browser.manage().window().setSize(new Dimension(1600, 1500));
        schermafdruk("overzicht");
        browser.manage().window().setSize(new Dimension(1400, 1100));
    }

    @Test
    @Order(3)
    void een_regio_openen_toont_haar_bestuur_de_tijdlijn_van_elk_besluit_en_het_geld() throws IOException {
        meldAan("bzk");
        wacht("de regio's", b -> zichtbaar(b, By.linkText("Achterhoek"))).click();
        wacht("de Achterhoek", b -> "Achterhoek".equals(tekst("titel")));
        wacht("het bestuur", b -> rol(b, "PROGRAMMAMANAGER").contains("M. Jansen"));
        assertThat(rol(browser, "RIJKSVERTEGENWOORDIGER")).contains("Vacant");
        List<WebElement> tijdlijn = wacht("de tijdlijn",
                b -> b.findElements(By.cssSelector("#tijdlijn li")).size() >= 14 ? b.findElements(By.cssSelector("#tijdlijn li")) : null);
        String stelVast = tijdlijn.stream().map(WebElement::getText).filter(t -> t.startsWith("Plan vastgesteld"))
                .findFirst().orElseThrow();
        assertThat(stelVast).contains("Ingangsdatum", "15 juli 2025", "bzk (BZK, BZK)",
                "Achterhoek NPVR 2025", "Bestuurlijk overleg NPVR 10 juli 2025");
        assertThat(browser.findElements(By.cssSelector("#geld svg[role=img]"))).hasSize(1);
        assertThat(tekst("geld")).contains("Procesmiddelen Achterhoek");
        controleer("regio");
        schermafdruk("regio");
    }

    @Test
    @Order(4)
    void de_datumkiezer_toont_de_regio_zoals_die_op_die_datum_gold() throws IOException {
        meldAan("bzk");
        browser.get(basis + "/dashboard/regio.html?id=achterhoek");
        wacht("het bestuur", b -> rol(b, "PROGRAMMAMANAGER").contains("M. Jansen"));

        kiesDatum("2025-03-04");
        wacht("de stand van 4 maart 2025", b -> tekst("positie").endsWith("zoals geldend op 4 maart 2025"));
        assertThat(rol(browser, "PROGRAMMAMANAGER")).contains("Vacant");
        assertThat(tekst("tijdreis")).contains("U kijkt terug in de tijd", "4 maart 2025");
        assertThat(tekst("status")).contains("nog geen plan");
        assertThat(browser.getCurrentUrl()).endsWith("geldendOp=2025-03-04");
        controleer("tijdreis");
        schermafdruk("tijdreis");

        kiesDatum("2025-04-01");
        wacht("de stand van 1 april 2025", b -> rol(b, "PROGRAMMAMANAGER").contains("M. Jansen"));

        browser.findElement(By.id("vandaag")).click();
        wacht("vandaag", b -> tekst("tijdreis").isEmpty());
        assertThat(tekst("status")).contains("vastgesteld op 15 juli 2025");
    }

    @Test
    @Order(5)
    void een_besluit_verschijnt_live_op_de_regiopagina_en_het_overzicht_zonder_herladen() throws IOException {
        meldAan("bzk");
        browser.get(basis + "/dashboard/regio.html?id=achterhoek");
        wacht("de live-verbinding", b -> "verbonden".equals(b.findElement(By.id("live")).getDomAttribute("data-staat")));
        assertThat(rol(browser, "RIJKSVERTEGENWOORDIGER")).contains("Vacant");
        ((JavascriptExecutor) browser).executeScript("window.nogDezelfdePagina = true;");

        neem("bzk", "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger", """
                {"naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW", %s}"""
                .formatted(AchterhoekScenario.besluit("2025-03-05", "AB 5 maart 2025, agendapunt 3")));

        wacht("de benoeming, live", b -> rol(b, "RIJKSVERTEGENWOORDIGER").contains("J. de Vries"));
        wacht("de benoeming in de tijdlijn", b -> b.findElement(By.cssSelector("#tijdlijn li")).getText()
                .startsWith("Rijksvertegenwoordiger benoemd"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.nogDezelfdePagina")).isEqualTo(true);
        schermafdruk("regio-live");

        browser.get(basis + "/dashboard/");
        wacht("de live-verbinding", b -> "verbonden".equals(b.findElement(By.id("live")).getDomAttribute("data-staat")));
        ((JavascriptExecutor) browser).executeScript("window.nogDezelfdePagina = true;");
        String voor = tekst("positie");
        long positie = neem("bzk", "/v1/regios/achterhoek/procesmiddelen/ken-toe", """
                {"jaar": 2026, "bedrag": 300000.00, "geschatteCompensabeleBtw": 7500.00, %s}"""
                .formatted(AchterhoekScenario.besluit("2026-01-15", "Toelichting procesmiddelen NPVR")));
        wacht("de toekenning, live", b -> !tekst("positie").equals(voor)
                && tekst("positie").contains("gebeurtenispositie " + positie));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.nogDezelfdePagina")).isEqualTo(true);
    }

    @Test
    @Order(6)
    void de_auditor_filtert_de_besluitenhistorie_en_exporteert_dezelfde_selectie() throws IOException {
        Regioregister.Antwoord controlepunt = register.post("auditor", "/v1/integriteit/controlepunten", "");
        assertThat(controlepunt.status()).as(controlepunt.body().toString()).isEqualTo(HttpStatus.CREATED);
        meldAan("auditor");
        wacht("het auditmenu", b -> zichtbaar(b, By.linkText("Audit"))).click();
        wacht("de besluitenhistorie", b -> b.findElements(By.cssSelector("#historie tbody tr[data-positie]")).size() >= 20);
        wacht("het gecontroleerde controlepunt", b -> tekst("verificatie").equals("Handtekening geldig"));
        assertThat(tekst("controlepunt")).contains("Gebeurtenissen in de boom\n" + controlepunt.body().path("grootte").asLong(),
                controlepunt.body().path("wortel").asText());

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("regio"))).selectByValue("achterhoek");
        browser.findElement(By.id("type")).sendKeys("PlanVastgesteld");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wacht("één besluit", b -> b.findElements(By.cssSelector("#historie tbody tr[data-positie]")).size() == 1);
        assertThat(browser.findElement(By.id("meer")).isDisplayed()).as("geen volgende bladzijde").isFalse();
        assertThat(browser.findElement(By.cssSelector("#historie tbody tr")).getText())
                .contains("Plan vastgesteld", "achterhoek", "bzk (BZK, BZK)", "15 juli 2025");

        String csv = browser.findElement(By.id("export-csv")).getDomAttribute("href");
        assertThat(csv).contains("regio=achterhoek", "type=PlanVastgesteld", "formaat=csv");
        @SuppressWarnings("unchecked")
        Map<String, Object> export = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch(document.getElementById('export-csv').href)
                    .then(async a => klaar({status: a.status, tekst: await a.text()}));""");
        assertThat(export.get("status")).isEqualTo(200L);
        List<String> regels = ((String) export.get("tekst")).lines().toList();
        assertThat(regels).as("kopregel en één besluit").hasSize(2);
        assertThat(regels.get(1)).contains("PlanVastgesteld");
        assertThat(browser.findElement(By.id("export-jsonl")).getDomAttribute("href")).contains("formaat=jsonl");
        controleer("audit");
        schermafdruk("audit");
    }

    /** The visibility rule of the API (README, "Visibility and limits"), as each development user meets it. */
    @ParameterizedTest(name = "{0} ({1})")
    @Order(7)
    @CsvSource({
            "bzk, BZK, true, true, true",
            "lvvn, DEPARTEMENT, true, true, true",
            "achterhoek, REGIO, true, false, false",
            "twente, REGIO, true, false, true",
            "auditor, AUDITOR, true, true, true",
            "integrator, INTEGRATOR, false, false, false",
            "regiosysteem, INTEGRATOR, false, false, false",
            "beheer, BEHEER, true, true, true"})
    void elke_ontwikkelgebruiker_ziet_wat_zijn_rol_mag_zien(String gebruiker, String rol, boolean overzicht,
                                                            boolean audit, boolean twente) {
        meldAan(gebruiker);
        assertThat(tekst("gebruiker")).contains("Aangemeld als " + gebruiker);
        if (overzicht) {
            wacht("elf regio's", b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
        } else {
            wacht("de weigering van het programmaoverzicht", b -> tekst("regios").contains("Uw rol geeft geen toegang"));
            assertThat(browser.findElements(By.cssSelector("#regios tbody tr"))).isEmpty();
        }
        controleer("overzicht als " + gebruiker);
        assertThat(browser.findElements(By.linkText("Audit"))).as("auditmenu").hasSize(audit ? 1 : 0);
        assertThat(browser.findElements(By.linkText("Mijn regio"))).hasSize("REGIO".equals(rol) ? 1 : 0);

        browser.get(basis + "/dashboard/regio.html?id=twente");
        String tijdlijn = wacht("de tijdlijn", b -> tekst("tijdlijn").startsWith("Laden") ? null : tekst("tijdlijn"));
        if (twente) {
            wacht("de status van Twente", b -> "Twente".equals(tekst("titel")));
            assertThat(tekst("status")).contains("Plan");
            assertThat(tijdlijn).contains("Regio geregistreerd");
        } else {
            wacht("de weigering van de status", b -> tekst("status").contains("Uw rol geeft geen toegang"));
            assertThat(tekst("bestuur")).as("geen namen van bestuurders").isEmpty();
            assertThat(tijdlijn).contains("Uw rol geeft geen toegang");
        }
        controleer("regio Twente als " + gebruiker);

        if ("REGIO".equals(rol)) {
            browser.findElement(By.linkText("Mijn regio")).click();
            String eigen = "achterhoek".equals(gebruiker) ? "Achterhoek" : "Twente";
            wacht("de eigen regio", b -> eigen.equals(tekst("titel")));
            wacht("de eigen tijdlijn", b -> tekst("tijdlijn").contains("Regio geregistreerd"));
        }

        browser.get(basis + "/dashboard/audit.html");
        String auditpagina = wacht("de auditpagina", b -> b.findElements(By.cssSelector("#historie tbody tr, #inhoud .melding"))
                .isEmpty() ? null : tekst("inhoud"));
        if (audit) {
            assertThat(auditpagina).contains("Besluiten (nieuwste eerst)").doesNotContain("Uw rol geeft geen toegang");
        } else {
            assertThat(auditpagina).contains("Uw rol geeft geen toegang tot de audit");
        }
        controleer("audit als " + gebruiker);
    }

    @Test
    @Order(8)
    void met_de_sessie_van_het_dashboard_wordt_niets_besloten() {
        meldAan("bzk");
        String sessie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(register.get(null, "/v1/regios/zuid-limburg/status", "Cookie", sessie).status())
                .as("de sessie leest").isEqualTo(HttpStatus.OK);

        Regioregister.Antwoord poging = register.post(null, "/v1/regios/zuid-limburg/benoem-rijksvertegenwoordiger",
                """
                {"naam": "X", "functie": "DG", "departement": "IENW", %s}"""
                        .formatted(AchterhoekScenario.besluit("2025-03-05", "b")), "Cookie", sessie);

        assertThat(poging.status()).as("de sessie besluit niet").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register.get("bzk", "/v1/regios/zuid-limburg/status").body()
                .at("/status/bestuur/RIJKSVERTEGENWOORDIGER").isMissingNode()).isTrue();
    }

    @Test
    @Order(9)
    void afmelden_beeindigt_de_sessie() {
        meldAan("auditor");
        wacht("het geladen overzicht", b -> "verbonden".equals(b.findElement(By.id("live")).getDomAttribute("data-staat")));
        browser.findElement(By.cssSelector("#gebruiker button")).click();
        wacht("de afmelding", b -> b.getCurrentUrl().contains("aanmelden.html?afgemeld"));
        assertThat(tekst("afgemeld")).isEqualTo("U bent afgemeld.");
        controleer("afgemeld");
        browser.get(basis + "/dashboard/");
        wacht("het aanmeldformulier", b -> b.getCurrentUrl().contains("aanmelden.html"));
        Regioregister.Antwoord zonderSessie = register.get(null, "/v1/programmas/npvr/overzicht");
        assertThat(zonderSessie.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @Order(10)
    void het_dashboard_werkt_met_alleen_het_toetsenbord() {
        meldAan("bzk");
        wacht("elf regio's", b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(actief().getText()).as("eerst de link naar de inhoud").isEqualTo("Naar de inhoud");
        actief().sendKeys(Keys.ENTER);
        wacht("de focus op de inhoud", b -> "inhoud".equals(actief().getDomAttribute("id")));
        for (int i = 0; i < 80 && !"Achterhoek".equals(actief().getText()); i++) {
            actief().sendKeys(Keys.TAB);
        }
        assertThat(actief().getText()).as("de regio bereikt met Tab").isEqualTo("Achterhoek");
        actief().sendKeys(Keys.ENTER);
        wacht("de Achterhoek", b -> "Achterhoek".equals(tekst("titel")));

        wacht("de datumkiezer", b -> zichtbaar(b, By.id("geldendOp")));
        for (int i = 0; i < 40 && !"toon".equals(actief().getDomAttribute("id")); i++) {
            actief().sendKeys(Keys.TAB);
        }
        assertThat(actief().getDomAttribute("id")).as("de knop van de datumkiezer bereikt met Tab").isEqualTo("toon");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle !== 'none'"))
                .as("de focus is zichtbaar").isTrue();
        actief().sendKeys(Keys.SHIFT, Keys.TAB);
        assertThat(actief().getDomAttribute("id")).isEqualTo("geldendOp");
    }

    @Test
    @Order(11)
    void aanmelden_en_afmelden_zonder_formuliersleutel_worden_geweigerd_en_elke_pagina_heeft_een_strikt_inhoudsbeleid()
            throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        java.net.http.HttpResponse<String> aanmelding = http.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(basis + "/dashboard/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("gebruikersnaam=bzk&wachtwoord=bzk")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(aanmelding.statusCode()).as("aanmelden zonder formuliersleutel").isEqualTo(403);
        assertThat(aanmelding.body()).contains("Formulier niet aanvaard");

        meldAan("bzk");
        String sessie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpResponse<String> afmelding = http.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(basis + "/dashboard/afmelden")).header("Cookie", sessie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(afmelding.statusCode()).as("afmelden zonder formuliersleutel").isEqualTo(403);
        assertThat(register.get(null, "/dashboard/sessie", "Cookie", sessie).status()).as("nog aangemeld")
                .isEqualTo(HttpStatus.OK);
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Strict");

        for (String pagina : List.of("aanmelden.html", "", "index.html", "regio.html?id=twente", "audit.html",
                "js/gemeen.js", "stijl.css")) {
            Regioregister.Antwoord antwoord = register.get(null, "/dashboard/" + pagina, "Cookie", sessie);
            assertThat(antwoord.status()).as(pagina).isEqualTo(HttpStatus.OK);
            assertThat(antwoord.headers().getFirst("Content-Security-Policy")).as(pagina).isEqualTo(
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                            + "font-src 'self'; manifest-src 'self'; base-uri 'none'; object-src 'none'; "
                            + "frame-ancestors 'none'; form-action 'self'");
            assertThat(antwoord.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(antwoord.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(antwoord.headers().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    @Order(12)
    void de_controles_van_elke_pagina_vinden_een_veld_zonder_label_en_ingevoegde_inline_code() {
        meldAan("bzk");
        wacht("elf regio's", b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("const veld = document.createElement('input'); veld.id = 'zonder-label';"
                + " document.getElementById('inhoud').append(veld);");
        assertThatThrownBy(() -> controleer("met een veld zonder label"))
                .hasMessageContaining("WCAG-schendingen").hasMessageContaining("zonder-label");

        browser.navigate().refresh();
        wacht("elf regio's", b -> b.findElements(By.cssSelector("#regios tbody tr")).size() == 11);
        js.executeScript("const code = document.createElement('script'); code.textContent = 'window.ingevoegd = true;';"
                + " document.body.append(code); document.body.setAttribute('style', 'color: red');");
        assertThat(js.executeScript("return window.ingevoegd === true")).as("inline script uitgevoerd").isEqualTo(false);
        assertThatThrownBy(() -> controleer("met inline code"))
                .hasMessageContaining("door het inhoudsbeleid geblokkeerd").hasMessageContaining("script-src");
    }

    private static WebElement actief() {
        return browser.switchTo().activeElement();
    }

    /**
     * The page as it is now: no WCAG 2 A or AA violation that axe-core finds, and nothing blocked by the page's
     * Content-Security-Policy.
     */
    private static void controleer(String pagina) {
        controleer(browser, pagina);
    }

    static void controleer(WebDriver browser, String pagina) {
        Results uitkomst = new AxeBuilder().withTags(WCAG_A_EN_AA).analyze(browser);
        assertThat(uitkomst.getErrorMessage()).as("axe-core op " + pagina).isNull();
        assertThat(uitkomst.getPasses()).as("axe-core controleerde " + pagina).isNotEmpty();
        List<String> schendingen = uitkomst.getViolations().stream().map(DashboardBrowserTest::beschrijf).toList();
        assertThat(schendingen).as("WCAG-schendingen op " + pagina + " (" + browser.getCurrentUrl() + ")").isEmpty();
        if (!uitkomst.getIncomplete().isEmpty()) {
            // what axe-core could not decide by itself (e.g. contrast over a gradient) is for a person to review
            LOG.info("axe-core op {}: na te lopen door een mens: {}", pagina,
                    uitkomst.getIncomplete().stream().map(DashboardBrowserTest::beschrijf).toList());
        }
        Object csp = ((JavascriptExecutor) browser).executeScript("return window.cspSchendingen");
        assertThat((List<?>) csp).as("door het inhoudsbeleid geblokkeerd op " + pagina).isEmpty();
    }

    private static final List<String> WCAG_A_EN_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "wcag22a", "wcag22aa");

    private static String beschrijf(Rule regel) {
        return regel.getId() + " (" + regel.getImpact() + "): " + regel.getHelp() + " bij "
                + regel.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml() + " "
                + n.getAny().stream().map(c -> c.getMessage()).toList()).toList();
    }

    private static void meldAan(String gebruiker) {
        browser.manage().deleteAllCookies();
        browser.get(basis + "/dashboard/");
        wacht("het aanmeldformulier", b -> b.getCurrentUrl().contains("aanmelden.html"));
        browser.findElement(By.id("gebruikersnaam")).sendKeys(gebruiker);
        browser.findElement(By.id("wachtwoord")).sendKeys(gebruiker);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wacht("de aanmelding van " + gebruiker, b -> tekst("gebruiker").contains("Aangemeld als " + gebruiker));
    }

    private static void kiesDatum(String datum) {
        WebElement invoer = browser.findElement(By.id("geldendOp"));
        // a date input takes keys in the browser's locale; the value is what the picker sets, whatever the locale
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                invoer, datum);
        browser.findElement(By.id("toon")).click();
    }

    private static String rol(WebDriver b, String rol) {
        List<WebElement> rij = b.findElements(By.cssSelector("#bestuur tr[data-rol=" + rol + "]"));
        return rij.isEmpty() ? "" : rij.get(0).getText();
    }

    private static String tekst(String id) {
        List<WebElement> gevonden = browser.findElements(By.id(id));
        return gevonden.isEmpty() ? "" : gevonden.get(0).getText().trim();
    }

    private static WebElement zichtbaar(WebDriver b, By by) {
        List<WebElement> gevonden = b.findElements(by);
        return !gevonden.isEmpty() && gevonden.get(0).isDisplayed() ? gevonden.get(0) : null;
    }

    private static <T> T wacht(String wat, Function<WebDriver, T> voorwaarde) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(RuntimeException.class)
                    .until(b -> {
                        T uitkomst = voorwaarde.apply(b);
                        return uitkomst instanceof Boolean waar && !waar ? null : uitkomst;
                    });
        } catch (TimeoutException nietGezien) {
            try {
                schermafdruk("mislukt-" + wat.replaceAll("\\W+", "-"));
            } catch (IOException ignored) {
                // the assertion below says what went wrong
            }
            throw new AssertionError("Niet gezien binnen 30 s: " + wat + "\nPagina " + browser.getCurrentUrl()
                    + ":\n" + browser.findElement(By.tagName("body")).getText(), nietGezien);
        }
    }

    private static void schermafdruk(String naam) throws IOException {
        File bestand = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(bestand.toPath(), SCHERMAFDRUKKEN.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static long neem(String gebruiker, String pad, String body) {
        Regioregister.Antwoord antwoord = register.post(gebruiker, pad, body);
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    private static Optional<Path> opPad(String... namen) {
        String pad = System.getenv().getOrDefault("PATH", "");
        return Stream.of(namen)
                .flatMap(naam -> Stream.of(pad.split(File.pathSeparator)).map(map -> Path.of(map, naam)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
