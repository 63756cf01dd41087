package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The standalone run on its embedded PostgreSQL, driven over HTTP as its users would. */
class StandaloneTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        int poort = ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister("http://localhost:" + poort);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static final String BENOEMING = """
            {"naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW",
             "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht stuurgroep",
                         "bron": "AB 5 maart 2025, agendapunt 3"}}""";

    @Test
    void de_elf_npvr_regios_staan_na_de_eerste_start_in_het_register() {
        JsonNode regios = register.totZichtbaar("auditor", "/v1/regios", r -> r.path("regios").size() == 11);
        assertThat(regios.path("regios").findValuesAsText("naam")).contains("Achterhoek", "Zeeuws-Vlaanderen",
                "Noard-Fryslân", "Kop van Noord-Holland");
        assertThat(regios.path("positie").asLong()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void het_rijk_benoemt_een_rijksvertegenwoordiger_en_het_overzicht_toont_hem_met_de_ingangsdatum() {
        register.totZichtbaar("bzk", "/v1/regios/twente", r -> r.has("regio"));
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                BENOEMING);
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getFirst("API-Version")).isEqualTo("1.0.0");
        long positie = antwoord.body().path("positie").asLong();

        JsonNode twente = register.totZichtbaar("bzk", "/v1/regios/twente",
                r -> r.path("positie").asLong() >= positie);
        assertThat(twente.at("/regio/rijksvertegenwoordiger/naam").asText()).isEqualTo("J. de Vries");
        assertThat(twente.at("/regio/rijksvertegenwoordiger/organisatie").asText()).isEqualTo("IENW");
        assertThat(twente.at("/regio/rijksvertegenwoordiger/sinds").asText()).isEqualTo("2025-03-05");
    }

    @Test
    void ongeldige_invoer_geeft_400_met_elke_fout_en_verandert_niets() {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger",
                "{\"functie\": \"DG\", \"besluit\": {}}");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.body().path("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("naam", "departement", "besluit.motivering", "besluit.bron");
    }

    @Test
    void een_onbekend_veld_in_een_besluit_wordt_geweigerd_in_plaats_van_genegeerd() {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger",
                BENOEMING.replace("\"functie\"", "\"functi\""));
        assertThat(antwoord.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.body().path("invalidParams").findValuesAsText("name")).containsExactly("functi");
    }

    @Test
    void een_regio_kan_geen_rijksvertegenwoordiger_benoemen() {
        Regioregister.Antwoord antwoord = register.post("achterhoek",
                "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger", BENOEMING);
        assertThat(antwoord.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.body().path("detail").asText()).contains("vraagt de rol BZK");
    }

    @Test
    void een_onbekende_regio_geeft_404_op_besluit_en_op_vraag() {
        assertThat(register.post("bzk", "/v1/regios/atlantis/benoem-rijksvertegenwoordiger", BENOEMING).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Regioregister.Antwoord vraag = register.get("bzk", "/v1/regios/atlantis");
        assertThat(vraag.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(vraag.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void zonder_aanmelding_antwoordt_het_register_401_als_problem_json() {
        Regioregister.Antwoord antwoord = register.get(null, "/v1/regios");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(antwoord.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.body().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void een_herhaald_besluit_met_dezelfde_idempotency_key_heeft_geen_tweede_effect() {
        register.totZichtbaar("bzk", "/v1/regios/noord-limburg", r -> r.has("regio"));
        String pad = "/v1/regios/noord-limburg/benoem-rijksvertegenwoordiger";
        Regioregister.Antwoord eerste = register.post("bzk", pad, BENOEMING, "Idempotency-Key", "benoeming-nl-1");
        Regioregister.Antwoord tweede = register.post("bzk", pad, BENOEMING, "Idempotency-Key", "benoeming-nl-1");
        assertThat(eerste.status()).isEqualTo(HttpStatus.OK);
        assertThat(tweede.status()).isEqualTo(HttpStatus.OK);
        assertThat(tweede.body()).isEqualTo(eerste.body());
        // registered (0), taken into NPVR (1), appointment (2): one appointment, not two
        assertThat(eerste.body().path("versie").asLong()).isEqualTo(2);

        Regioregister.Antwoord ander = register.post("bzk", pad, BENOEMING.replace("J. de Vries", "A. Jansen"),
                "Idempotency-Key", "benoeming-nl-1");
        assertThat(ander.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void een_besluit_op_een_verouderde_versie_wordt_met_409_geweigerd() {
        register.totZichtbaar("bzk", "/v1/regios/midden-limburg", r -> r.has("regio"));
        String pad = "/v1/regios/midden-limburg/benoem-rijksvertegenwoordiger";
        Regioregister.Antwoord eerste = register.post("bzk", pad, BENOEMING, "If-Match", "\"1\"");
        assertThat(eerste.status()).isEqualTo(HttpStatus.OK);
        Regioregister.Antwoord verouderd = register.post("bzk", pad, BENOEMING, "If-Match", "\"1\"");
        assertThat(verouderd.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(verouderd.body().path("type").asText()).isEqualTo("urn:regioregister:probleem:verouderde-versie");
    }

    @Test
    void een_herroepen_benoeming_telt_niet_meer_in_de_stand_en_de_historie_toont_beide() {
        register.totZichtbaar("bzk", "/v1/regios/zeeuws-vlaanderen/status", r -> r.has("status"));
        String pad = "/v1/regios/zeeuws-vlaanderen/benoem-rijksvertegenwoordiger";
        long goed = register.post("bzk", pad, BENOEMING).body().path("positie").asLong();
        long fout = register.post("bzk", pad, BENOEMING.replace("J. de Vries", "J. de Fries")
                .replace("2025-03-05", "2025-03-06")).body().path("positie").asLong();
        register.totZichtbaar("auditor", "/v1/regios/zeeuws-vlaanderen/status",
                r -> r.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText().equals("J. de Fries"));

        Regioregister.Antwoord herroeping = register.post("bzk", "/v1/besluiten/" + fout + "/herroep", """
                {"reden": "Tikfout in de naam; de benoeming van J. de Vries geldt",
                 "besluit": {"motivering": "Correctie", "bron": "Melding regio-coordinator"}}""");
        assertThat(herroeping.status()).isEqualTo(HttpStatus.OK);

        JsonNode nu = register.totZichtbaar("auditor", "/v1/regios/zeeuws-vlaanderen/status",
                r -> r.at("/status/herroepenBesluiten").size() == 1);
        assertThat(nu.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("J. de Vries");
        assertThat(nu.at("/status/benoemingshistorie").size()).isEqualTo(1);
        assertThat(nu.at("/status/herroepenBesluiten/0/positie").asLong()).isEqualTo(fout);
        assertThat(nu.at("/status/herroepenBesluiten/0/reden").asText()).startsWith("Tikfout");
        JsonNode bekendToen = register.get("auditor", "/v1/regios/zeeuws-vlaanderen/status?bekendOp="
                + java.time.Instant.now().plusSeconds(60)).body();
        assertThat(bekendToen.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("J. de Vries");

        JsonNode historie = register.totZichtbaar("auditor", "/v1/besluiten?regio=zeeuws-vlaanderen",
                r -> r.path("besluiten").findValuesAsText("type").contains("BesluitHerroepen"));
        assertThat(historie.path("besluiten").findValuesAsText("positie")).contains(Long.toString(fout),
                Long.toString(goed));

        assertThat(register.post("bzk", "/v1/besluiten/" + fout + "/herroep", """
                {"reden": "Nog eens", "besluit": {"motivering": "m", "bron": "b"}}""").status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(register.post("bzk", "/v1/besluiten/999999/herroep", """
                {"reden": "Fout", "besluit": {"motivering": "m", "bron": "b"}}""").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(register.post("achterhoek", "/v1/besluiten/" + goed + "/herroep", """
                {"reden": "Fout", "besluit": {"motivering": "m", "bron": "b"}}""").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void de_stand_van_een_regio_toont_bestuur_en_is_terug_te_zien_zoals_die_gold_op_een_datum() {
        register.totZichtbaar("bzk", "/v1/regios/zuidoost-fryslan/status", r -> r.has("status"));
        long positie = register.post("bzk", "/v1/regios/zuidoost-fryslan/benoem-rijksvertegenwoordiger",
                BENOEMING.replace("2025-03-05", "2025-04-01")).body().path("positie").asLong();
        long later = register.post("bzk", "/v1/regios/zuidoost-fryslan/benoem-rijksvertegenwoordiger",
                BENOEMING.replace("J. de Vries", "A. Jansen").replace("2025-03-05", "2025-09-01"))
                .body().path("positie").asLong();

        JsonNode nu = register.totZichtbaar("auditor", "/v1/regios/zuidoost-fryslan/status",
                r -> r.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText().equals("A. Jansen"));
        assertThat(nu.path("positie").asLong()).isGreaterThan(positie);
        assertThat(nu.at("/status/benoemingshistorie").size()).isEqualTo(2);

        JsonNode toen = register.get("auditor", "/v1/regios/zuidoost-fryslan/status?geldendOp=2025-05-01").body();
        assertThat(toen.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/naam").asText()).isEqualTo("J. de Vries");
        assertThat(toen.at("/status/aangekondigd/0/personen/0/naam").asText()).isEqualTo("A. Jansen");
        assertThat(toen.at("/status/aangekondigd/0/inhoud").has("naam")).as("de naam staat niet in het besluit")
                .isFalse();
        assertThat(toen.at("/status/aangekondigd/0/ingangsdatum").asText()).isEqualTo("2025-09-01");
        assertThat(toen.path("positie").asLong()).as("the announced appointment is reflected too").isEqualTo(later);

        JsonNode daarvoor = register.get("auditor", "/v1/regios/zuidoost-fryslan/status?geldendOp=2025-01-01").body();
        assertThat(daarvoor.at("/status/bestuur").has("RIJKSVERTEGENWOORDIGER")).isFalse();
        assertThat(daarvoor.path("signalen").findValuesAsText("soort")).contains("GEEN_RIJKSVERTEGENWOORDIGER");

        JsonNode nogNietBekend = register.get("auditor",
                "/v1/regios/zuidoost-fryslan/status?bekendOp=2020-01-01T00:00:00Z").body();
        assertThat(nogNietBekend.path("status").asInt()).isEqualTo(404);
    }

    @Test
    void een_dashboard_hoort_live_van_een_gewijzigde_stand_van_zijn_regio_en_van_het_overzicht() throws Exception {
        register.totZichtbaar("bzk", "/v1/regios/noard-fryslan/status", r -> r.has("status"));
        String basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        try (SseLezer regio = new SseLezer(basis + "/v1/regios/noard-fryslan/status/stroom", "bzk", null);
             SseLezer overzicht = new SseLezer(basis + "/v1/programmas/overzicht/stroom", "auditor", null)) {
            assertThat(regio.status()).isEqualTo(200);
            assertThat(overzicht.status()).isEqualTo(200);
            long positie = register.post("bzk", "/v1/regios/noard-fryslan/benoem-rijksvertegenwoordiger", BENOEMING)
                    .body().path("positie").asLong();

            SseLezer.Bericht melding = regio.volgende(1).get(0);
            assertThat(melding.id()).isEqualTo(Long.toString(positie));
            assertThat(melding.data()).contains("\"regioId\":\"noard-fryslan\"");
            assertThat(overzicht.volgende(1).get(0).data()).contains("noard-fryslan");
        }
    }

    @Test
    void een_herbouwde_regiostatus_is_gelijk_aan_de_levende_en_meldt_voortgang() {
        JsonNode voor = register.totZichtbaar("bzk", "/v1/programmas/npvr/overzicht", r -> true);
        String[] regios = {"achterhoek", "twente", "zuidoost-fryslan", "midden-limburg"};
        java.util.Map<String, JsonNode> levend = new java.util.HashMap<>();
        for (String regio : regios) {
            levend.put(regio, register.get("auditor", "/v1/regios/" + regio + "/status").body());
        }
        assertThat(register.post("auditor", "/v1/beheer/projecties/regio-status/herbouw", "").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Regioregister.Antwoord gestart = register.post("beheer", "/v1/beheer/projecties/regio-status/herbouw", "");
        assertThat(gestart.status()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode klaar = register.totZichtbaar("beheer", "/v1/beheer/projecties/regio-status/herbouw",
                v -> v.path("status").asText().equals("KLAAR"));
        assertThat(klaar.path("verwerkt").asLong()).isEqualTo(klaar.path("totaal").asLong()).isGreaterThan(11);
        assertThat(klaar.path("generatie").asInt()).isGreaterThan(gestart.body().path("generatie").asInt() - 1);
        for (String regio : regios) {
            assertThat(register.get("auditor", "/v1/regios/" + regio + "/status").body().path("status"))
                    .isEqualTo(levend.get(regio).path("status"));
        }
        assertThat(voor.path("programma").asText()).isEqualTo("NPVR");
    }

    @Test
    void de_openapi_beschrijving_staat_op_v1_openapi_json() {
        Regioregister.Antwoord api = register.get(null, "/v1/openapi.json");
        assertThat(api.status()).isEqualTo(HttpStatus.OK);
        // the major version is in the server URL (NL API Design Rules /core/uri-version), paths are relative to it
        assertThat(api.body().at("/servers/0/url").asText()).isEqualTo("/v1");
        assertThat(api.body().path("paths").has("/regios/{regioId}/benoem-rijksvertegenwoordiger")).isTrue();
        assertThat(api.body().path("paths").has("/regios")).isTrue();
    }

    @Test
    void health_en_prometheus_zijn_beschikbaar() {
        assertThat(register.get(null, "/actuator/health").body().path("status").asText()).isEqualTo("UP");
        Regioregister.Antwoord metrics = register.get("beheer", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.body().asText()).contains("jvm_memory_used_bytes");
    }
}
