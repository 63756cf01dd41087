package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The audit history over HTTP on the embedded PostgreSQL: the 11 NPVR registrations with their NPVR participation and
 * three appointments, read by
 * auditors, BZK and regions, filtered, paged and exported.
 */
class BesluitenhistorieTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A motivation with everything CSV must quote: a comma, double quotes and a line break. */
    private static final String LASTIGE_MOTIVERING = "Voordracht \"stuurgroep\", zie bijlage\nen het verslag";

    private static long eersteAchterhoek;
    private static long twente;
    private static long tweedeAchterhoek;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.lees-na-schrijven.maximale-wachttijd=3s");
        register = new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        register.totZichtbaar("auditor", "/v1/besluiten?type=RegioGeregistreerd",
                r -> r.path("besluiten").size() == 11);
        eersteAchterhoek = benoem("achterhoek", "J. de Vries", "2025-03-05", LASTIGE_MOTIVERING);
        twente = benoem("twente", "A. Jansen", "2025-04-01", "Grootste raakvlak");
        tweedeAchterhoek = benoemDoorOrgaan("achterhoek", "M. Peters", "2025-06-01");
        register.totZichtbaar("auditor", "/v1/besluiten?type=RijksvertegenwoordigerBenoemd",
                r -> r.path("besluiten").size() == 3);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long benoem(String regio, String naam, String ingangsdatum, String motivering) {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger",
                JSON.createObjectNode().put("naam", naam).put("functie", "DG").put("departement", "IENW")
                        .set("besluit", JSON.createObjectNode().put("ingangsdatum", ingangsdatum)
                                .put("motivering", motivering).put("bron", "AB " + ingangsdatum + ", agendapunt 3"))
                        .toString());
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    /** Decided by the minister, recorded by a BZK user, signed on the minister's behalf by the DG. */
    private static long benoemDoorOrgaan(String regio, String naam, String ingangsdatum) {
        var besluit = JSON.createObjectNode().put("ingangsdatum", ingangsdatum).put("motivering", "Opvolging")
                .put("bron", "Besluit minister van BZK " + ingangsdatum).put("namens", "de minister van BZK");
        besluit.putObject("genomenDoor").put("soort", "DIRECTEUR_GENERAAL").put("naam", "DG Volkshuisvesting");
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger",
                JSON.createObjectNode().put("naam", naam).put("functie", "DG").put("departement", "IENW")
                        .set("besluit", besluit).toString());
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    @Test
    void de_historie_toont_welk_orgaan_besloot_en_namens_wie_naast_wie_het_vastlegde() {
        JsonNode besluit = register.get("auditor", "/v1/besluiten/" + tweedeAchterhoek).body();
        assertThat(besluit.path("actor").asText()).isEqualTo("bzk");
        assertThat(besluit.path("besluitorgaan").asText()).isEqualTo("DIRECTEUR_GENERAAL");
        assertThat(besluit.path("besluitorgaanNaam").asText()).isEqualTo("DG Volkshuisvesting");
        assertThat(besluit.path("namens").asText()).isEqualTo("de minister van BZK");

        JsonNode zonder = register.get("auditor", "/v1/besluiten/" + twente).body();
        assertThat(zonder.path("besluitorgaan").isNull() || zonder.path("besluitorgaan").isMissingNode()).isTrue();

        JsonNode registratie = lijst(register.get("auditor", "/v1/besluiten?type=RegioGeregistreerd&limit=1").body()
                .path("besluiten")).get(0);
        assertThat(registratie.path("besluitorgaan").asText()).isEqualTo("MINISTERRAAD");
    }

    @Test
    void een_onbekend_besluitorgaan_is_ongeldige_invoer() {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger", """
                {"naam": "X", "functie": "DG", "departement": "IENW", "besluit": {"motivering": "m", "bron": "b",
                 "genomenDoor": {"soort": "KONING"}}}""");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void de_historie_toont_elk_besluit_nieuwste_eerst_met_wie_namens_wie_wanneer_waarom_en_bron() {
        Regioregister.Antwoord antwoord = register.get("auditor", "/v1/besluiten?regio=achterhoek");

        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getFirst("Projectie-Positie")).isNotNull();
        List<JsonNode> besluiten = lijst(antwoord.body().path("besluiten"));
        assertThat(besluiten).extracting(b -> b.path("positie").asLong())
                .containsExactly(tweedeAchterhoek, eersteAchterhoek, besluiten.get(2).path("positie").asLong(),
                        besluiten.get(3).path("positie").asLong())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode benoeming = besluiten.get(1);
        assertThat(benoeming.path("type").asText()).isEqualTo("RijksvertegenwoordigerBenoemd");
        assertThat(benoeming.path("revisie").asText()).isEqualTo("2");
        assertThat(benoeming.path("regioId").asText()).isEqualTo("achterhoek");
        assertThat(benoeming.path("objectId").asText()).isEqualTo("achterhoek");
        assertThat(benoeming.path("actor").asText()).isEqualTo("bzk");
        assertThat(benoeming.path("rol").asText()).isEqualTo("BZK");
        assertThat(benoeming.path("organisatie").asText()).isEqualTo("BZK");
        assertThat(benoeming.path("ingangsdatum").asText()).isEqualTo("2025-03-05");
        assertThat(benoeming.path("geregistreerdOp").asText()).endsWith("Z");
        assertThat(benoeming.path("motivering").asText()).isEqualTo(LASTIGE_MOTIVERING);
        assertThat(benoeming.path("bron").asText()).isEqualTo("AB 2025-03-05, agendapunt 3");
        assertThat(benoeming.at("/inhoud").has("naam")).as("de naam staat in het register van persoonsgegevens")
                .isFalse();
        assertThat(benoeming.at("/personen/0/persoonId").asText()).isEqualTo(benoeming.at("/inhoud/persoonId").asText());
        assertThat(benoeming.at("/personen/0/naam").asText()).isEqualTo("J. de Vries");
        assertThat(besluiten.get(2).path("type").asText()).isEqualTo("OpgenomenInProgramma");
        JsonNode registratie = besluiten.get(3);
        assertThat(registratie.path("type").asText()).isEqualTo("RegioGeregistreerd");
        assertThat(registratie.path("actor").asText()).isEqualTo("regioregister");
        assertThat(registratie.path("bron").asText()).contains("Elke Regio Telt");
    }

    @Test
    void een_besluit_is_op_zijn_positie_te_lezen_en_een_onbekende_positie_geeft_404() {
        JsonNode besluit = register.get("bzk", "/v1/besluiten/" + twente).body();
        assertThat(besluit.path("positie").asLong()).isEqualTo(twente);
        assertThat(besluit.at("/personen/0/naam").asText()).isEqualTo("A. Jansen");

        Regioregister.Antwoord onbekend = register.get("bzk", "/v1/besluiten/999999");
        assertThat(onbekend.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onbekend.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(register.get("bzk", "/v1/besluiten/twaalf").status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void de_filters_op_regio_soort_actor_organisatie_en_beide_datums_beperken_de_besluiten() {
        int alle = alle("/v1/besluiten?limit=200").size();
        // all but the 11 OpgenomenInProgramma and the NPVR's three programme decisions of the start-up
        assertThat(alle("/v1/besluiten?type=RijksvertegenwoordigerBenoemd&type=RegioGeregistreerd"))
                .hasSize(alle - 11 - 3);
        assertThat(alle("/v1/besluiten?type=RijksvertegenwoordigerBenoemd,RegioGeregistreerd"))
                .hasSize(alle - 11 - 3);
        assertThat(alle("/v1/besluiten?type=RegioGeregistreerd")).hasSize(11);
        assertThat(alle("/v1/besluiten?type=BestaatNiet")).isEmpty();
        assertThat(alle("/v1/besluiten?regio=twente&type=RijksvertegenwoordigerBenoemd"))
                .extracting(b -> b.path("positie").asLong()).containsExactly(twente);
        assertThat(alle("/v1/besluiten?actor=regioregister")).hasSize(22 + 3)
                .allSatisfy(b -> assertThat(b.path("type").asText()).isIn("RegioGeregistreerd", "OpgenomenInProgramma",
                        "ProgrammaGestart", "ProgrammaOpgegaan", "ProgrammaparametersGewijzigd"));
        assertThat(alle("/v1/besluiten?organisatie=BZK")).hasSize(alle);
        assertThat(alle("/v1/besluiten?organisatie=ADR")).isEmpty();

        assertThat(alle("/v1/besluiten?ingangsVanaf=2025-03-05&ingangsTot=2025-06-01"))
                .extracting(b -> b.path("positie").asLong()).containsExactly(twente, eersteAchterhoek);
        // the regions, the NPVR's start and Regio's aan de Grens (20 December 2024), not the procesmiddelen
        assertThat(alle("/v1/besluiten?ingangsTot=2025-01-01")).hasSize(22 + 2);

        String vastgelegdTwente = register.get("auditor", "/v1/besluiten/" + twente).body()
                .path("geregistreerdOp").asText();
        assertThat(alle("/v1/besluiten?regio=achterhoek&geregistreerdVanaf=" + vastgelegdTwente))
                .extracting(b -> b.path("positie").asLong()).containsExactly(tweedeAchterhoek);
        assertThat(alle("/v1/besluiten?regio=twente&geregistreerdTot=" + vastgelegdTwente))
                .extracting(b -> b.path("type").asText()).containsExactly("OpgenomenInProgramma", "RegioGeregistreerd");
        assertThat(alle("/v1/besluiten?geregistreerdVanaf=2000-01-01&geregistreerdTot=2000-01-02")).isEmpty();
    }

    @Test
    void pagina_s_volgen_elkaar_op_positie_zonder_dubbelen_of_gaten_en_de_filters_blijven_in_de_volgende_link() {
        List<Long> alle = alle("/v1/besluiten?limit=200").stream().map(b -> b.path("positie").asLong()).toList();

        List<Long> gepagineerd = new ArrayList<>();
        Regioregister.Antwoord pagina = register.get("auditor", "/v1/besluiten?limit=4");
        int paginas = 1;
        while (true) {
            assertThat(pagina.status()).isEqualTo(HttpStatus.OK);
            assertThat(pagina.body().path("besluiten").size()).isLessThanOrEqualTo(4);
            lijst(pagina.body().path("besluiten")).forEach(b -> gepagineerd.add(b.path("positie").asLong()));
            String volgende = pagina.body().path("volgende").asText(null);
            if (volgende == null) {
                assertThat(pagina.headers().getFirst("Link")).isNull();
                break;
            }
            assertThat(pagina.headers().getFirst("Link")).isEqualTo("<" + volgende + ">; rel=\"next\"");
            pagina = register.volg("auditor", volgende);
            paginas++;
        }
        assertThat(gepagineerd).isEqualTo(alle);
        assertThat(paginas).isEqualTo((alle.size() + 3) / 4);

        JsonNode eerste = register.get("auditor", "/v1/besluiten?type=RegioGeregistreerd&limit=5").body();
        assertThat(eerste.path("volgende").asText()).contains("type=RegioGeregistreerd").contains("limit=5");
        JsonNode tweede = register.volg("auditor", eerste.path("volgende").asText()).body();
        assertThat(lijst(tweede.path("besluiten"))).hasSize(5)
                .allSatisfy(b -> assertThat(b.path("type").asText()).isEqualTo("RegioGeregistreerd"));
        assertThat(register.get("auditor", "/v1/besluiten?limit=100000").status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void ongeldige_filters_geven_400_met_elke_fout() {
        Regioregister.Antwoord antwoord = register.get("auditor", "/v1/besluiten?regio=Achterhoek&type=1x"
                + "&geregistreerdVanaf=gisteren&ingangsVanaf=2025-13-01&ingangsTot=morgen&na=-3&limit=nul");

        assertThat(antwoord.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.body().path("invalidParams").findValuesAsText("name")).containsExactlyInAnyOrder(
                "regio", "type", "geregistreerdVanaf", "ingangsVanaf", "ingangsTot", "na", "limit");

        Regioregister.Antwoord export = register.get("auditor", "/v1/besluiten/export?formaat=xlsx&ingangsTot=morgen",
                "Accept", "text/csv");
        assertThat(export.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(export.body().path("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("formaat", "ingangsTot");
    }

    @Test
    void een_regio_leest_alleen_de_besluiten_over_haar_eigen_regio_en_een_integrator_geen() {
        List<JsonNode> eigen = alle("achterhoek", "/v1/besluiten");
        assertThat(eigen).hasSize(4).allSatisfy(b -> assertThat(b.path("regioId").asText()).isEqualTo("achterhoek"));
        assertThat(register.get("achterhoek", "/v1/besluiten?regio=achterhoek").body().path("besluiten").size())
                .isEqualTo(4);

        Regioregister.Antwoord andere = register.get("achterhoek", "/v1/besluiten?regio=twente");
        assertThat(andere.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(andere.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(register.get("achterhoek", "/v1/besluiten/" + twente).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get("achterhoek", "/v1/besluiten/" + eersteAchterhoek).status()).isEqualTo(HttpStatus.OK);
        assertThat(csv("achterhoek", "/v1/besluiten/export?formaat=csv"))
                .hasSize(4).allSatisfy(r -> assertThat(r.get("regioId")).isEqualTo("achterhoek"));

        assertThat(register.get("integrator", "/v1/besluiten").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get("integrator", "/v1/besluiten/export").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get(null, "/v1/besluiten").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register.get("beheer", "/v1/besluiten").status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void de_csv_export_volgt_rfc_4180_met_kopregel_en_bevat_elk_besluit_van_het_filter_oudste_eerst() throws IOException {
        Regioregister.Antwoord antwoord = register.get("auditor", "/v1/besluiten/export?formaat=csv");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(antwoord.headers().getContentDisposition().getFilename()).isEqualTo("besluiten.csv");
        String tekst = antwoord.body().asText();
        assertThat(tekst).startsWith("positie,gebeurtenisId,type,revisie,regioId,objectId,volgnummer,actor,rol,"
                + "organisatie,geregistreerdOp,ingangsdatum,motivering,bron,inhoud,besluitorgaan,besluitorgaanNaam,"
                + "namens,personen\r\n");

        List<CSVRecord> regels = parse(tekst);
        List<Long> oudsteEerst = new ArrayList<>(alle("/v1/besluiten?limit=200").stream()
                .map(b -> b.path("positie").asLong()).toList());
        java.util.Collections.reverse(oudsteEerst);
        assertThat(regels).extracting(r -> Long.parseLong(r.get("positie"))).containsExactlyElementsOf(oudsteEerst);
        CSVRecord lastig = regels.stream().filter(r -> r.get("positie").equals(Long.toString(eersteAchterhoek)))
                .findFirst().orElseThrow();
        assertThat(lastig.get("motivering")).isEqualTo(LASTIGE_MOTIVERING);
        assertThat(lastig.get("type")).isEqualTo("RijksvertegenwoordigerBenoemd");
        assertThat(lastig.get("ingangsdatum")).isEqualTo("2025-03-05");
        assertThat(JSON.readTree(lastig.get("inhoud")).has("naam")).isFalse();
        assertThat(lastig.get("personen")).isEqualTo("J. de Vries (DG)");
        CSVRecord namens = regels.stream().filter(r -> r.get("positie").equals(Long.toString(tweedeAchterhoek)))
                .findFirst().orElseThrow();
        assertThat(namens.get("besluitorgaan")).isEqualTo("DIRECTEUR_GENERAAL");
        assertThat(namens.get("namens")).isEqualTo("de minister van BZK");

        assertThat(csv("auditor", "/v1/besluiten/export?regio=twente", "Accept", "text/csv"))
                .extracting(r -> r.get("type"))
                .containsExactly("RegioGeregistreerd", "OpgenomenInProgramma", "RijksvertegenwoordigerBenoemd");
        assertThat(register.get("beheer", "/actuator/prometheus").body().asText())
                .contains("regioregister_besluiten_export_regels_total{formaat=\"csv\"")
                .contains("regioregister_besluiten_exports_total{formaat=\"csv\",uitkomst=\"voltooid\"");
    }

    @Test
    void de_jsonl_export_geeft_per_regel_een_volledig_besluit() throws IOException {
        Regioregister.Antwoord antwoord = register.get("auditor",
                "/v1/besluiten/export?type=RijksvertegenwoordigerBenoemd&ingangsTot=2026-01-01",
                "Accept", "application/x-ndjson");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.headers().getContentType().isCompatibleWith(MediaType.parseMediaType("application/x-ndjson")))
                .isTrue();
        String[] regels = antwoord.body().asText().split("\n");
        assertThat(regels).hasSize(3);
        List<JsonNode> besluiten = new ArrayList<>();
        for (String regel : regels) {
            besluiten.add(JSON.readTree(regel));
        }
        assertThat(besluiten).extracting(b -> b.path("positie").asLong())
                .containsExactly(eersteAchterhoek, twente, tweedeAchterhoek);
        assertThat(besluiten.get(0).path("motivering").asText()).isEqualTo(LASTIGE_MOTIVERING);
        assertThat(besluiten.get(0).at("/personen/0/naam").asText()).isEqualTo("J. de Vries");
        assertThat(besluiten).allSatisfy(b -> assertThat(b.path("actor").asText()).isEqualTo("bzk"));

        assertThat(register.get("auditor", "/v1/besluiten/export?formaat=jsonl&regio=twente").body().asText()
                .lines().count()).isEqualTo(3);
    }

    @Test
    void met_minimalePositie_toont_een_weergave_een_besluit_direct_na_het_nemen_ervan() {
        long positie = benoem("zuid-limburg", "K. Smit", "2026-02-01", "Lees na schrijven");

        Regioregister.Antwoord historie = register.get("bzk", "/v1/besluiten?regio=zuid-limburg&minimalePositie="
                + positie);
        assertThat(historie.headers().getFirst("Projectie-Verouderd")).isNull();
        assertThat(Long.parseLong(historie.headers().getFirst("Projectie-Positie"))).isGreaterThanOrEqualTo(positie);
        assertThat(historie.body().at("/besluiten/0/positie").asLong()).isEqualTo(positie);

        Regioregister.Antwoord regio = register.get("bzk", "/v1/regios/zuid-limburg?minimalePositie=" + positie);
        assertThat(regio.headers().getFirst("Projectie-Verouderd")).isNull();
        assertThat(regio.body().at("/regio/rijksvertegenwoordiger/naam").asText()).isEqualTo("K. Smit");
    }

    @Test
    void een_weergave_die_de_gevraagde_positie_niet_bereikt_antwoordt_zoals_zij_is_met_projectie_verouderd() {
        Regioregister.Antwoord regios = register.get("bzk", "/v1/regios?minimalePositie=999999");
        assertThat(regios.status()).isEqualTo(HttpStatus.OK);
        assertThat(regios.headers().getFirst("Projectie-Verouderd")).isEqualTo("true");
        assertThat(regios.body().path("regios").size()).isEqualTo(11);

        assertThat(register.get("bzk", "/v1/besluiten?minimalePositie=-1").status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static List<JsonNode> alle(String pad) {
        return alle("auditor", pad);
    }

    private static List<JsonNode> alle(String gebruiker, String pad) {
        Regioregister.Antwoord antwoord = register.get(gebruiker, pad);
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.body().path("volgende").isMissingNode() || antwoord.body().path("volgende").isNull())
                .as("alles op één pagina").isTrue();
        return lijst(antwoord.body().path("besluiten"));
    }

    private static List<CSVRecord> csv(String gebruiker, String pad, String... headers) {
        Regioregister.Antwoord antwoord = register.get(gebruiker, pad, headers);
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        return parse(antwoord.body().asText());
    }

    private static List<CSVRecord> parse(String tekst) {
        try (CSVParser parser = CSVParser.parse(tekst,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        } catch (IOException fout) {
            throw new IllegalStateException(fout);
        }
    }

    private static List<JsonNode> lijst(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
