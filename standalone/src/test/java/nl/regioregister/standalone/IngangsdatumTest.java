package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * Effective dates govern the present, on the standalone run with its real PostgreSQL and a clock the test moves: a
 * decision counts from its ingangsdatum in every live view, exactly as {@code ?geldendOp=} and {@code ?bekendOp=} show
 * it on the same day.
 */
class IngangsdatumTest {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final VerstelbareKlok KLOK = new VerstelbareKlok(Instant.parse("2026-11-25T10:00:00Z"));

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("verstelbareKlok", KLOK))
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        int poort = ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister("http://localhost:" + poort);
        register.totZichtbaar("auditor", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String besluit(String ingangsdatum) {
        return "\"besluit\": {\"ingangsdatum\": \"" + ingangsdatum + "\", \"motivering\": \"m\", \"bron\": \"b\"}";
    }

    private static long neem(String gebruiker, String pad, String body) {
        Regioregister.Antwoord antwoord = register.post(gebruiker, pad, body);
        // a decision answers 200, registering a region 201 with its Location
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body())
                .isEqualTo(pad.equals("/v1/regios") ? HttpStatus.CREATED : HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    private static JsonNode lees(String pad, long minimalePositie) {
        Regioregister.Antwoord antwoord = register.get("auditor",
                pad + (pad.contains("?") ? "&" : "?") + "minimalePositie=" + minimalePositie);
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getFirst("Projectie-Verouderd")).as(pad).isNull();
        return antwoord.body();
    }

    private static LocalDate vandaag() {
        return LocalDate.ofInstant(KLOK.instant(), NEDERLAND);
    }

    @Test
    void een_benoeming_voor_volgend_jaar_is_aangekondigd_en_wordt_op_haar_ingangsdatum_huidig_zonder_nieuw_besluit() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        long positie = neem("bzk", "/v1/regios/noord-limburg/benoem-rijksvertegenwoordiger", """
                {"naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW", %s}"""
                .formatted(besluit("2027-01-01")));

        JsonNode nu = lees("/v1/regios/noord-limburg/status", positie);
        assertThat(nu.at("/status/bestuur").has("RIJKSVERTEGENWOORDIGER")).isFalse();
        assertThat(nu.at("/status/aangekondigd/0/besluit").asText()).isEqualTo("RijksvertegenwoordigerBenoemd");
        assertThat(nu.at("/status/aangekondigd/0/ingangsdatum").asText()).isEqualTo("2027-01-01");
        assertThat(nu.path("signalen").findValuesAsText("soort")).contains("GEEN_RIJKSVERTEGENWOORDIGER");
        assertThat(nu.path("positie").asLong()).isEqualTo(positie);
        assertThat(lees("/v1/regios/noord-limburg", positie).at("/regio/rijksvertegenwoordiger/naam").asText(""))
                .isEmpty();

        // half past midnight on New Year's Day in the Netherlands is still 31 December in UTC
        KLOK.zet(Instant.parse("2026-12-31T23:30:00Z"));
        JsonNode nieuwjaar = lees("/v1/regios/noord-limburg/status", positie);
        assertThat(nieuwjaar.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("J. de Vries");
        assertThat(nieuwjaar.at("/status/aangekondigd")).isEmpty();
        assertThat(nieuwjaar.path("signalen").findValuesAsText("soort")).doesNotContain("GEEN_RIJKSVERTEGENWOORDIGER");
        assertThat(lees("/v1/regios/noord-limburg", positie).at("/regio/rijksvertegenwoordiger/naam").asText())
                .isEqualTo("J. de Vries");
        assertThat(nieuwjaar.path("status"))
                .isEqualTo(lees("/v1/regios/noord-limburg/status?geldendOp=2027-01-01", positie).path("status"));
    }

    @Test
    void een_regio_die_volgend_jaar_wordt_geregistreerd_staat_pas_op_die_datum_in_de_lijst_en_heeft_dan_een_stand() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        long positie = neem("bzk", "/v1/regios", """
                {"regioId": "rivierenland", "naam": "Rivierenland", "soort": "SAMENWERKINGSVERBAND_VAN_GEMEENTEN",
                 "provincies": ["Gelderland"], "gemeenten": ["Tiel"], %s}""".formatted(besluit("2027-01-01")));

        assertThat(lees("/v1/regios", positie).path("regios").findValuesAsText("id")).doesNotContain("rivierenland");
        assertThat(register.get("auditor", "/v1/regios/rivierenland/status?minimalePositie=" + positie).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lees("/v1/regios/rivierenland/status?geldendOp=2027-01-01", positie).at("/status/naam").asText())
                .isEqualTo("Rivierenland");

        KLOK.zet(Instant.parse("2027-01-01T08:00:00Z"));
        assertThat(lees("/v1/regios", positie).path("regios").findValuesAsText("id")).contains("rivierenland");
        assertThat(lees("/v1/regios/rivierenland/status", positie).at("/status/naam").asText())
                .isEqualTo("Rivierenland");
    }

    @Test
    void de_levende_stand_is_voor_elke_regio_gelijk_aan_geldendOp_en_bekendOp_van_vandaag_ook_na_een_herbouw() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        List<String> regios = new ArrayList<>();
        lees("/v1/regios", 0).path("regios").forEach(r -> regios.add(r.path("id").asText()));
        // the other tests of this class decide for these regions on their own
        List<String> willekeurig = new ArrayList<>(regios);
        willekeurig.removeAll(List.of("noord-limburg", "twente", "achterhoek", "zuid-limburg"));
        Random toeval = new Random(20261125L);
        long hoogste = 0;
        for (int i = 0; i < 88; i++) {
            String regio = willekeurig.get(toeval.nextInt(willekeurig.size()));
            String ingang = LocalDate.of(2025, 1, 1).plusDays(toeval.nextInt(1095)).toString();
            String pad = "/v1/regios/" + regio;
            Regioregister.Antwoord antwoord = switch (toeval.nextInt(4)) {
                case 0, 1 -> register.post("bzk", pad + "/benoem-rijksvertegenwoordiger", """
                        {"naam": "RV %d", "functie": "DG", "departement": "IENW", %s}""".formatted(i, besluit(ingang)));
                case 2 -> register.post("bzk", pad + "/benoem-regioadviseur", """
                        {"naam": "RA %d", "functie": "DG", "departement": "VRO", %s}""".formatted(i, besluit(ingang)));
                default -> register.post("bzk", pad + "/beeindig-benoeming",
                        "{\"rol\": \"RIJKSVERTEGENWOORDIGER\", %s}".formatted(besluit(ingang)));
            };
            // ending a vacant role is refused (409); every other decision is recorded
            assertThat(antwoord.status().value()).as(antwoord.body().toString()).isIn(200, 409);
            hoogste = Math.max(hoogste, antwoord.body().path("positie").asLong());
        }

        for (int dagen : List.of(0, 37, 400, 800)) {
            KLOK.zet(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(dagen * 86_400L));
            vergelijkElkeRegio(regios, hoogste);
        }

        Regioregister.Antwoord herbouw = register.post("beheer", "/v1/beheer/projecties/regio-status/herbouw", "");
        assertThat(herbouw.status()).isEqualTo(HttpStatus.ACCEPTED);
        register.totZichtbaar("beheer", "/v1/beheer/projecties/regio-status/herbouw",
                v -> v.path("status").asText().equals("KLAAR"));
        KLOK.zet(Instant.parse("2027-03-01T10:00:00Z"));
        vergelijkElkeRegio(regios, hoogste);
    }

    @Test
    void een_herroepen_besluit_telt_op_geen_enkele_datum_meer_live_in_de_tijdreis_en_na_een_herbouw() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        String pad = "/v1/regios/zuid-limburg";
        String benoem = pad + "/benoem-rijksvertegenwoordiger";
        neem("bzk", benoem, """
                {"naam": "A. Eerst", "functie": "DG", "departement": "IENW", %s}""".formatted(besluit("2025-03-01")));
        long later = neem("bzk", benoem, """
                {"naam": "B. Later", "functie": "DG", "departement": "IENW", %s}""".formatted(besluit("2027-06-01")));
        long fout = neem("bzk", benoem, """
                {"naam": "C. Fout", "functie": "DG", "departement": "IENW", %s}""".formatted(besluit("2025-09-01")));
        assertThat(lees(pad + "/status", fout).at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText())
                .isEqualTo("C. Fout");
        Instant voorDeHerroeping = Instant.parse("2026-11-25T10:01:00Z");

        // the revoked appointment was folded already: the region is folded again without it
        KLOK.zet(Instant.parse("2026-11-25T10:05:00Z"));
        long herroeping = neem("bzk", "/v1/besluiten/" + fout + "/herroep", """
                {"reden": "Verkeerde persoon", "besluit": {"motivering": "Correctie", "bron": "Melding"}}""");
        JsonNode nu = lees(pad + "/status", herroeping);
        assertThat(nu.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("A. Eerst");
        assertThat(nu.at("/status/benoemingshistorie").findValuesAsText("naam")).containsExactly("A. Eerst");
        assertThat(nu.at("/status/herroepenBesluiten/0/positie").asLong()).isEqualTo(fout);
        assertThat(nu.at("/status/aangekondigd").findValuesAsText("positie")).containsExactly(Long.toString(later));
        assertThat(nu.path("status")).isEqualTo(lees(pad + "/status?geldendOp=" + vandaag(), herroeping)
                .path("status"));
        assertThat(nu.path("signalen")).isEqualTo(lees(pad + "/status?geldendOp=" + vandaag(), herroeping)
                .path("signalen"));
        assertThat(lees(pad + "/status?geldendOp=2025-10-01", herroeping)
                .at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("A. Eerst");
        assertThat(lees(pad + "/status?bekendOp=" + voorDeHerroeping, herroeping)
                .at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("C. Fout");

        // an announced appointment that is revoked never becomes current, also not when its date passes
        long tweede = neem("bzk", "/v1/besluiten/" + later + "/herroep", """
                {"reden": "Ingetrokken", "besluit": {"motivering": "Correctie", "bron": "Melding"}}""");
        assertThat(lees(pad + "/status", tweede).at("/status/aangekondigd")).isEmpty();
        KLOK.zet(Instant.parse("2027-07-01T10:00:00Z"));
        JsonNode daarna = lees(pad + "/status", tweede);
        assertThat(daarna.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("A. Eerst");
        assertThat(daarna.path("status")).isEqualTo(lees(pad + "/status?geldendOp=2027-07-01", tweede)
                .path("status"));

        Regioregister.Antwoord herbouw = register.post("beheer", "/v1/beheer/projecties/regio-status/herbouw", "");
        assertThat(herbouw.status()).isEqualTo(HttpStatus.ACCEPTED);
        register.totZichtbaar("beheer", "/v1/beheer/projecties/regio-status/herbouw",
                v -> v.path("status").asText().equals("KLAAR"));
        JsonNode herbouwd = lees(pad + "/status", tweede);
        assertThat(herbouwd.path("status")).isEqualTo(daarna.path("status"));
        assertThat(herbouwd.path("signalen")).isEqualTo(daarna.path("signalen"));

        // the rebuilt status, read on an earlier day than it was folded to, is folded again without the revoked ones
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(lees(pad + "/status", tweede).path("status"))
                .isEqualTo(lees(pad + "/status?geldendOp=2026-11-25", tweede).path("status"));
    }

    private static void vergelijkElkeRegio(List<String> regios, long hoogste) {
        String vandaag = vandaag().toString();
        JsonNode lijst = lees("/v1/regios", hoogste);
        JsonNode overzicht = lees("/v1/programmas/npvr/overzicht", hoogste);
        for (String regio : regios) {
            JsonNode levend = lees("/v1/regios/" + regio + "/status", hoogste);
            JsonNode geldend = lees("/v1/regios/" + regio + "/status?geldendOp=" + vandaag, hoogste);
            // ten minutes on: after every decision the tests of this class recorded, the revocations at 10:05 included
            JsonNode bekend = lees("/v1/regios/" + regio + "/status?bekendOp=" + KLOK.instant().plusSeconds(600),
                    hoogste);
            assertThat(levend.path("status")).as(regio + " op " + vandaag).isEqualTo(geldend.path("status"));
            assertThat(levend.path("signalen")).as(regio).isEqualTo(geldend.path("signalen"));
            assertThat(levend.path("positie")).as(regio).isEqualTo(geldend.path("positie"));
            assertThat(bekend.path("status")).as(regio).isEqualTo(geldend.path("status"));
            assertThat(bekend.path("signalen")).as(regio).isEqualTo(geldend.path("signalen"));

            JsonNode houder = levend.at("/status/bestuur/RIJKSVERTEGENWOORDIGER");
            String verwacht = houder.isMissingNode() || houder.path("vacant").asBoolean() ? ""
                    : houder.path("naam").asText();
            JsonNode inLijst = zoek(lijst.path("regios"), "id", regio);
            assertThat(inLijst.at("/rijksvertegenwoordiger/naam").asText("")).as(regio).isEqualTo(verwacht);
            JsonNode inOverzicht = zoek(overzicht.path("regios"), "regioId", regio);
            assertThat(inOverzicht.path("signalen")).as(regio).isEqualTo(levend.path("signalen"));
        }
    }

    private static JsonNode zoek(JsonNode lijst, String sleutel, String waarde) {
        for (JsonNode element : lijst) {
            if (element.path(sleutel).asText().equals(waarde)) {
                return element;
            }
        }
        throw new AssertionError(waarde + " ontbreekt in " + lijst);
    }

    private static String plan(String titel, String sha, String ingangsdatum) {
        return """
                {"hoofdstukken": {"INTRODUCTIE": "%s", "PROBLEEMANALYSE": "p",
                                  "HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF": "h", "ORGANISATIE": "o"},
                 "visiejaar": 2050,
                 "doorvertaling": {"VEILIGE_EN_LEEFBARE_REGIO": "v", "DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU": "d",
                                   "GEZONDE_EN_KANSRIJKE_TOEKOMST": "g"},
                 "document": {"verwijzing": "%s", "sha256": "%s"}, %s}""".formatted(titel, titel, sha,
                besluit(ingangsdatum));
    }

    @Test
    void na_vaststelling_van_versie_2_en_intrekking_van_versie_3_toont_de_stand_versie_2_met_haar_eigen_inhoud() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        String pad = "/v1/regios/twente/plan";
        String sha2 = "2".repeat(64);
        String sha3 = "3".repeat(64);
        neem("twente", pad + "/dien-in", plan("Plan Twente 1", "1".repeat(64), "2025-07-01"));
        neem("twente", pad + "/geef-akkoord-regio", "{\"versie\": 1, %s}".formatted(besluit("2025-07-02")));
        neem("bzk", pad + "/geef-akkoord-rijk", "{\"versie\": 1, %s}".formatted(besluit("2025-07-03")));
        neem("bzk", pad + "/stel-vast", "{\"versie\": 1, %s}".formatted(besluit("2025-07-04")));
        neem("twente", pad + "/dien-in", plan("Plan Twente 2", sha2, "2025-08-01"));
        neem("twente", pad + "/geef-akkoord-regio", "{\"versie\": 2, %s}".formatted(besluit("2025-08-02")));
        neem("bzk", pad + "/geef-akkoord-rijk", "{\"versie\": 2, %s}".formatted(besluit("2025-08-03")));
        neem("bzk", pad + "/stel-vast", "{\"versie\": 2, %s}".formatted(besluit("2025-08-04")));
        neem("twente", pad + "/dien-in", plan("Plan Twente 3", sha3, "2025-10-01"));
        neem("twente", pad + "/geef-akkoord-regio", "{\"versie\": 3, %s}".formatted(besluit("2025-10-02")));
        long positie = neem("twente", pad + "/trek-in", "{\"versie\": 3, %s}".formatted(besluit("2025-10-03")));

        JsonNode plan = lees("/v1/regios/twente/status", positie).at("/status/plan");

        assertThat(plan.path("staat").asText()).isEqualTo("VASTGESTELD");
        assertThat(plan.path("versie").asInt()).isEqualTo(2);
        assertThat(plan.at("/inhoud/document/verwijzing").asText()).isEqualTo("Plan Twente 2");
        assertThat(plan.at("/inhoud/document/sha256").asText()).isEqualTo(sha2);
        assertThat(plan.path("akkoordRegioOpVersie").asInt()).isEqualTo(2);
        assertThat(plan.path("akkoordRijkOpVersie").asInt()).isEqualTo(2);
        assertThat(plan.at("/inBehandeling/versie").asInt()).isEqualTo(3);
        assertThat(plan.at("/inBehandeling/staat").asText()).isEqualTo("INGETROKKEN");
        assertThat(plan.at("/inBehandeling/inhoud/document/sha256").asText()).isEqualTo(sha3);
        assertThat(plan.at("/inBehandeling/akkoordRegioOpVersie").asInt()).isEqualTo(3);
        assertThat(plan.at("/inBehandeling").has("akkoordRijkOpVersie")).isFalse();
    }

    @Test
    void een_besteding_met_een_ingangsdatum_voor_de_uitbetaling_wordt_vastgelegd_en_geeft_ertussen_een_signaal() {
        KLOK.zet(Instant.parse("2026-11-25T10:00:00Z"));
        String pad = "/v1/regios/achterhoek";
        neem("achterhoek", pad + "/wijs-regiokassier-aan", """
                {"soort": "GEMEENTE", "naam": "Gemeente Doetinchem", "beheervorm": "DOORGEVEN_AAN_SAMENWERKINGSVERBAND",
                 "samenwerkingsverband": "Regio Achterhoek", %s}""".formatted(besluit("2025-01-29")));
        neem("bzk", pad + "/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.00, "geschatteCompensabeleBtw": 8677.69, %s}"""
                .formatted(besluit("2025-03-15")));
        neem("bzk", pad + "/procesmiddelen/2025/betaal-uit", "{%s}".formatted(besluit("2025-06-01")));
        long positie = neem("achterhoek", pad + "/procesmiddelen/2025/registreer-besteding", """
                {"categorie": "PERSONEEL", "bedrag": 100000.00, "omschrijving": "programmamanager", %s}"""
                .formatted(besluit("2025-02-01")));

        JsonNode ertussen = lees(pad + "/status?geldendOp=2025-04-01", positie);
        JsonNode nu = lees(pad + "/status", positie);

        assertThat(ertussen.at("/status/procesmiddelen/2025/beschikbaar").decimalValue())
                .isEqualByComparingTo("-100000.00");
        assertThat(ertussen.path("signalen").findValuesAsText("soort")).contains("MEER_BESTEED_DAN_BESCHIKBAAR");
        assertThat(nu.at("/status/procesmiddelen/2025/beschikbaar").decimalValue()).isEqualByComparingTo("241322.31");
        assertThat(nu.path("signalen").findValuesAsText("soort")).doesNotContain("MEER_BESTEED_DAN_BESCHIKBAAR");
    }
}
