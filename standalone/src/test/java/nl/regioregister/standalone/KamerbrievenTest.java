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

/**
 * Kamerbrieven recorded as decisions fulfil toezeggingen and carry out moties in the kamer view; a revoked letter or
 * fulfilment stops counting there (and the toezegging can be fulfilled anew), and a rebuild of the kamer view after
 * the revocations equals the live one.
 */
class KamerbrievenTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        app = StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
        register = new Regioregister("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String besluit(String ingangsdatum, String bron) {
        return AchterhoekScenario.besluit(ingangsdatum, bron);
    }

    private static long besluitOp(String pad, String body) {
        Regioregister.Antwoord antwoord = register.post("bzk", pad, body);
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    private static JsonNode toezegging(JsonNode lijst, String id) {
        for (JsonNode t : lijst.path("toezeggingen")) {
            if (t.path("toezeggingId").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("geen toezegging " + id + " in " + lijst);
    }

    @Test
    void een_kamerbrief_vervult_toezeggingen_en_voert_een_motie_uit_tot_hij_wordt_herroepen() {
        String debat = besluit("2025-10-02", "Debat 2 oktober 2025, 29697-175");
        besluitOp("/v1/moties", """
                {"kamerstuknummer": "29 697, nr. 169", "titel": "Motie van het lid Flach", "indieners": ["Flach"],
                 "aangenomenOp": "2024-11-12", %s}""".formatted(debat));
        besluitOp("/v1/toezeggingen", """
                {"toezeggingId": "kb-flach", "omschrijving": "Structureel contact waar de raakvlakken het grootst zijn",
                 "gedaanIn": "Debat 2 oktober 2025", "uiterlijk": "2025-12-31", "motie": "29697-169", %s}"""
                .formatted(debat));
        besluitOp("/v1/toezeggingen", """
                {"toezeggingId": "kb-krolbrug", "omschrijving": "Gesprek over de Gerrit Krolbrug",
                 "gedaanIn": "Debat 2 oktober 2025", "uiterlijk": "2025-11-30",
                 "bewindspersoon": "minister van IenW", %s}""".formatted(debat));
        long gesprek = besluitOp("/v1/toezeggingen/kb-krolbrug/vervul", """
                {"datum": "2025-10-16", "wijze": "Gesprek met IenW op 16 oktober 2025", %s}"""
                .formatted(besluit("2025-10-16", "Verslag gesprek IenW")));

        Regioregister.Antwoord onbekend = register.post("bzk", "/v1/kamerbrieven", """
                {"kamerbriefId": "2025-0000999000", "datum": "2025-12-19", "onderwerp": "Brief",
                 "bewindspersoon": "minister van BZK", "document": "archief", "toezeggingen": ["kb-onbekend"],
                 "moties": ["29697-999"], %s}""".formatted(besluit("2025-12-19", "Kamerbrief")));
        assertThat(onbekend.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onbekend.body().toString()).contains("kb-onbekend").contains("29697-999");

        long brief = besluitOp("/v1/kamerbrieven", """
                {"kamerbriefId": "2025-0000999001", "datum": "2025-12-19", "kamerstuknummer": "29 697, nr. 180",
                 "onderwerp": "Uitvoering motie Flach over regio's buiten de nationale programma's",
                 "bewindspersoon": "minister van BZK",
                 "document": "https://zoek.officielebekendmakingen.nl/kst-29697-180",
                 "toezeggingen": ["kb-flach", "kb-krolbrug"], "moties": ["29697-169"], %s}"""
                .formatted(besluit("2025-12-19", "Kamerbrief 19 december 2025")));

        JsonNode vervuld = register.totZichtbaar("bzk", "/v1/toezeggingen?status=vervuld&minimalePositie=" + brief,
                r -> r.path("toezeggingen").size() == 2);
        JsonNode flach = toezegging(vervuld, "kb-flach");
        assertThat(flach.path("vervuldMet").asText()).isEqualTo("29697-180");
        assertThat(flach.path("vervuldOp").asText()).isEqualTo("2025-12-19");
        assertThat(flach.path("vervuldDoorKamerbrief").asText()).isEqualTo("2025-0000999001");
        JsonNode krolbrug = toezegging(vervuld, "kb-krolbrug");
        assertThat(krolbrug.path("vervuldWijze").asText()).as("het eerdere gesprek blijft de vervulling")
                .isEqualTo("Gesprek met IenW op 16 oktober 2025");
        assertThat(krolbrug.path("vervuldDoorKamerbrief").isNull()).isTrue();
        JsonNode motie = register.get("bzk", "/v1/moties/29697-169").body();
        assertThat(motie.path("uitvoering").findValuesAsText("kamerbrief")).containsExactly("2025-0000999001");
        assertThat(motie.path("uitvoering").get(0).path("referentie").asText()).isEqualTo("29697-180");

        long herroepen = besluitOp("/v1/besluiten/" + brief + "/herroep", """
                {"reden": "De brief noemde de verkeerde toezeggingen", %s}"""
                .formatted(besluit("2025-12-20", "Correctie")));
        JsonNode open = register.totZichtbaar("bzk", "/v1/toezeggingen?status=open&minimalePositie=" + herroepen,
                r -> r.path("toezeggingen").size() == 1);
        assertThat(toezegging(open, "kb-flach").path("teLaat").asBoolean()).isTrue();
        assertThat(toezegging(open, "kb-flach").path("vervuldDoorKamerbrief").isNull()).isTrue();
        assertThat(register.get("bzk", "/v1/moties/29697-169").body().path("uitvoering").size())
                .as("de herroepen brief voert de motie niet meer uit").isZero();

        long gesprekHerroepen = besluitOp("/v1/besluiten/" + gesprek + "/herroep", """
                {"reden": "Het gesprek ging niet over de toezegging", %s}"""
                .formatted(besluit("2025-12-20", "Correctie")));
        register.totZichtbaar("bzk", "/v1/toezeggingen?status=open&minimalePositie=" + gesprekHerroepen,
                r -> r.path("toezeggingen").size() == 2);
        assertThat(register.get("bzk", "/v1/toezeggingen?status=vervuld").body().path("totaal").asLong()).isZero();

        long opnieuw = besluitOp("/v1/toezeggingen/kb-krolbrug/vervul", """
                {"datum": "2026-01-19", "referentie": "2026-0000012345", %s}"""
                .formatted(besluit("2026-01-19", "Brief IenW over de Gerrit Krolbrug")));
        JsonNode weerVervuld = register.totZichtbaar("bzk", "/v1/toezeggingen?status=vervuld&minimalePositie="
                + opnieuw, r -> r.path("toezeggingen").size() == 1);
        assertThat(toezegging(weerVervuld, "kb-krolbrug").path("vervuldMet").asText()).isEqualTo("2026-0000012345");
        assertThat(register.post("bzk", "/v1/toezeggingen/kb-krolbrug/vervul", """
                {"datum": "2026-01-20", "wijze": "nogmaals", %s}""".formatted(besluit("2026-01-20", "Dubbel")))
                .status()).as("een vervulling die telt, blijft de enige").isEqualTo(HttpStatus.CONFLICT);

        Overeenstemming overeenstemming = new Overeenstemming(app, register);
        overeenstemming.wachtTotAllesVerwerkt();
        overeenstemming.herbouwVanDeKamerGelijkAanLive();
        assertThat(register.get("bzk", "/v1/toezeggingen?status=open").body().path("totaal").asLong())
                .as("na de herbouw").isEqualTo(1);
    }
}
