package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What a Woo platform ingests of the Achterhoek's decisions of 2025: DiWoo metadata per decision (informatiecategorie,
 * publisher, verantwoordelijke, title, dates, the body that took it), openbaarheid, document location from the
 * source, and the content without the names of appointed people; never who recorded a decision.
 */
class WooPublicatieTest {

    private static final String WOO = "/v1/woo/besluiten";
    private static final Pattern VOLGENDE = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static List<JsonNode> achterhoek;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        String basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        register = new Regioregister(basis);
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
        long laatste = AchterhoekScenario.speel(register);
        JsonNode pagina = register.totZichtbaar("integrator", WOO + "?regio=achterhoek&limit=200",
                p -> p.path("besluiten").path(0).path("positie").asLong() == laatste);
        achterhoek = new ArrayList<>();
        pagina.path("besluiten").forEach(achterhoek::add);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode besluit(String type) {
        return achterhoek.stream().filter(b -> b.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("geen " + type + " in " + achterhoek));
    }

    @Test
    void elk_besluit_van_de_achterhoek_heeft_de_diwoo_metadata_van_een_besluit_van_algemene_strekking() {
        assertThat(achterhoek).hasSizeGreaterThanOrEqualTo(20);
        assertThat(achterhoek).allSatisfy(besluit -> {
            JsonNode diwoo = besluit.path("diwoo");
            assertThat(diwoo.at("/classificatiecollectie/informatiecategorieen/0/id").asText())
                    .isEqualTo("https://identifier.overheid.nl/tooi/def/thes/kern/c_aab6bfc7");
            assertThat(diwoo.at("/classificatiecollectie/informatiecategorieen/0/label").asText())
                    .isEqualTo("overige besluiten van algemene strekking");
            assertThat(diwoo.at("/publisher/id").asText())
                    .isEqualTo("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034");
            assertThat(diwoo.at("/documenthandelingen/0/soortHandeling/label").asText()).isEqualTo("vaststelling");
            assertThat(diwoo.at("/language/id").asText())
                    .isEqualTo("http://publications.europa.eu/resource/authority/language/NLD");
            assertThat(diwoo.at("/titelcollectie/officieleTitel").asText()).endsWith(", regio achterhoek");
            assertThat(diwoo.path("omschrijvingen").path(0).asText()).isNotBlank();
            assertThat(diwoo.path("identifiers").path(0).asText()).isEqualTo(besluit.path("gebeurtenisId").asText());
            assertThat(besluit.at("/documentlocatie/bron").asText()).isNotBlank();
            assertThat(besluit.path("regioId").asText()).isEqualTo("achterhoek");
        });
    }

    @Test
    void de_departementsvoorkeur_van_het_ab_is_openbaar_met_het_ab_als_besluitnemer_en_de_vergadering_als_bron() {
        JsonNode voorkeur = besluit("DepartementsvoorkeurUitgesproken");
        JsonNode diwoo = voorkeur.path("diwoo");
        assertThat(diwoo.at("/titelcollectie/officieleTitel").asText())
                .isEqualTo("Departementsvoorkeur uitgesproken, regio achterhoek");
        assertThat(diwoo.at("/verantwoordelijke/label").asText()).isEqualTo("regio achterhoek");
        assertThat(diwoo.path("creatiedatum").asText()).isEqualTo("2025-03-05");
        assertThat(diwoo.path("omschrijvingen").path(0).asText()).isEqualTo("Achterhoek NPVR 2025");
        assertThat(diwoo.at("/documenthandelingen/0/wasAssociatedWith/label").asText())
                .isEqualTo("AB Regio Achterhoek");
        assertThat(diwoo.at("/documenthandelingen/0/soortHandeling/id").asText())
                .isEqualTo("https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76");
        assertThat(voorkeur.path("besluitorgaan").asText()).isEqualTo("ALGEMEEN_BESTUUR");
        assertThat(voorkeur.path("ingangsdatum").asText()).isEqualTo("2025-03-05");
        assertThat(voorkeur.at("/documentlocatie/bron").asText()).isEqualTo("AB 5 maart 2025, agendapunt 3");
        assertThat(voorkeur.at("/documentlocatie/weblocatie").isNull()).isTrue();
        assertThat(voorkeur.at("/openbaarheid/status").asText()).isEqualTo("openbaar");
        assertThat(voorkeur.at("/inhoud/voorkeur").asText()).isEqualTo("IENW");
        assertThat(voorkeur.at("/inhoud/alternatief").asText()).isEqualTo("VRO");
    }

    @Test
    void de_toekenning_door_de_minister_heeft_bzk_als_verantwoordelijke_en_de_minister_als_besluitnemer() {
        JsonNode toekenning = besluit("ProcesmiddelenToegekend");
        assertThat(toekenning.at("/diwoo/verantwoordelijke/id").asText())
                .isEqualTo("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034");
        assertThat(toekenning.at("/diwoo/documenthandelingen/0/wasAssociatedWith/label").asText())
                .isEqualTo("minister van BZK");
        assertThat(toekenning.at("/diwoo/creatiedatum").asText()).isEqualTo("2025-01-22");
        assertThat(toekenning.at("/documentlocatie/bron").asText())
                .isEqualTo("Toelichting procesmiddelen NPVR, 22 januari 2025");
        assertThat(toekenning.at("/inhoud/bedrag").decimalValue()).isEqualByComparingTo("350000.00");
    }

    @Test
    void de_namen_van_benoemde_personen_blijven_uit_de_inhoud_en_maken_het_besluit_deels_openbaar() {
        JsonNode programmamanager = besluit("ProgrammamanagerAangesteld");
        // the event names the person by a reference into the erasable register; the reference is left out too
        assertThat(programmamanager.at("/inhoud/persoonId").isNull()).isTrue();
        assertThat(programmamanager.at("/inhoud").has("naam")).isFalse();
        assertThat(programmamanager.at("/openbaarheid/status").asText()).isEqualTo("deels openbaar");
        assertThat(programmamanager.at("/openbaarheid/weigeringsgronden/0").asText())
                .isEqualTo("Woo art. 5.1 lid 2 sub e");
        assertThat(programmamanager.at("/openbaarheid/weggelaten").toString()).isEqualTo("[\"persoonId\"]");

        JsonNode voorkeursdepartement = besluit("VoorkeursdepartementAangewezen");
        assertThat(voorkeursdepartement.at("/inhoud/ambtelijkTrekkerPersoonId").isNull()).isTrue();
        assertThat(voorkeursdepartement.at("/inhoud/departement").asText()).isEqualTo("IENW");

        String alles = achterhoek.toString();
        assertThat(alles).doesNotContain("M. Jansen", "K. de Wit");
    }

    @Test
    void wie_een_besluit_vastlegde_staat_nergens_in_de_export() {
        assertThat(achterhoek).allSatisfy(besluit -> {
            assertThat(besluit.findValues("actor")).isEmpty();
            assertThat(besluit.has("rol")).isFalse();
        });
    }

    @Test
    void de_export_laat_zich_pagina_voor_pagina_lezen_zonder_dubbel_of_gemis() {
        List<Long> gelezen = new ArrayList<>();
        Regioregister.Antwoord pagina = register.get("auditor", WOO + "?regio=achterhoek&limit=7");
        while (true) {
            assertThat(pagina.status()).isEqualTo(HttpStatus.OK);
            pagina.body().path("besluiten").forEach(b -> gelezen.add(b.path("positie").asLong()));
            String link = pagina.headers().getFirst(HttpHeaders.LINK);
            if (link == null) {
                assertThat(pagina.body().path("volgende").isNull()).isTrue();
                break;
            }
            Matcher volgende = VOLGENDE.matcher(link);
            assertThat(volgende.find()).isTrue();
            assertThat(pagina.body().path("volgende").asText()).isEqualTo(volgende.group(1));
            pagina = register.volg("auditor", volgende.group(1));
        }
        assertThat(gelezen).containsExactlyElementsOf(achterhoek.stream().map(b -> b.path("positie").asLong())
                .toList());
        Set<Long> uniek = new HashSet<>(gelezen);
        assertThat(uniek).hasSameSizeAs(gelezen);
    }

    @Test
    void een_herroepen_besluit_noemt_de_herroeping_die_zelf_ook_gepubliceerd_wordt() {
        long benoeming = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "A. Jansen", "departement": "IENW",
                 "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht", "bron": "AB 5 maart 2025"}}""")
                .body().path("positie").asLong();
        Regioregister.Antwoord herroeping = register.post("bzk", "/v1/besluiten/" + benoeming + "/herroep", """
                {"reden": "Verkeerde regio", "besluit": {"motivering": "Correctie", "bron": "Melding regio"}}""");
        assertThat(herroeping.status()).isEqualTo(HttpStatus.OK);
        long herroepen = herroeping.body().path("positie").asLong();

        JsonNode twente = register.totZichtbaar("integrator", WOO + "?regio=twente",
                p -> p.path("besluiten").findValuesAsText("type").contains("BesluitHerroepen"));
        JsonNode benoemd = null;
        for (JsonNode besluit : twente.path("besluiten")) {
            if (besluit.path("positie").asLong() == benoeming) {
                benoemd = besluit;
            }
        }
        assertThat(benoemd).as("de herroepen benoeming staat in de export").isNotNull();
        assertThat(benoemd.path("herroepenDoor").asLong()).isEqualTo(herroepen);
        assertThat(twente.path("besluiten").path(0).path("positie").asLong()).isEqualTo(herroepen);
        assertThat(twente.path("besluiten").path(0).path("herroepenDoor").isNull()).isTrue();
        assertThat(besluit("DepartementsvoorkeurUitgesproken").path("herroepenDoor").isNull()).isTrue();
    }

    @Test
    void ongeldige_parameters_geven_een_probleem_met_elke_fout_en_een_regio_leest_de_export_niet() {
        Regioregister.Antwoord ongeldig = register.get("integrator", WOO + "?na=nul&limit=0&regio=Achter%20hoek");
        assertThat(ongeldig.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ongeldig.headers().getContentType()).hasToString("application/problem+json");
        assertThat(ongeldig.body().path("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("na", "limit", "regio");

        assertThat(register.get("achterhoek", WOO).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get(null, WOO).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register.get("bzk", WOO + "?limit=1").status()).isEqualTo(HttpStatus.OK);
    }
}
