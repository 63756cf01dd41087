package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * The NPVR itself as recorded decisions, on the standalone run with its real PostgreSQL: the start-up records the
 * cabinet's start, Regio's aan de Grens and the procesmiddelen; the programme view shows the parameters in effect on
 * any date; a later decision that moves a target date moves the region's signal from its ingangsdatum on.
 */
class ProgrammaAlsBesluitenTest {

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

    private static List<String> soorten(JsonNode status) {
        List<String> soorten = new ArrayList<>();
        status.path("signalen").forEach(s -> soorten.add(s.path("soort").asText()));
        return soorten;
    }

    @Test
    void de_start_up_legt_het_npvr_vast_als_de_besluiten_uit_de_kamerbrief_en_de_toelichting_procesmiddelen() {
        // before the later decision another test here records with ingangsdatum 1 November 2026
        Regioregister.Antwoord vandaag = register.get("auditor", "/v1/programmas/npvr?geldendOp=2026-10-31");
        assertThat(vandaag.status()).isEqualTo(HttpStatus.OK);
        JsonNode parameters = vandaag.body().path("parameters");
        assertThat(parameters.path("eersteJaar").asInt()).isEqualTo(2025);
        assertThat(parameters.path("laatsteJaar").asInt()).isEqualTo(2044);
        assertThat(parameters.path("procesmiddelenPerJaar").decimalValue()).isEqualByComparingTo("350000");
        assertThat(parameters.path("procesmiddelenTotEnMetJaar").asInt()).isEqualTo(2027);
        assertThat(parameters.path("kassierUiterlijk").asText()).isEqualTo("2025-02-01");
        assertThat(parameters.path("planStreefdatum").asText()).isEqualTo("2025-09-22");
        assertThat(parameters.path("uitvoeringsagendaStreefdatum").asText()).isEqualTo("2025-12-31");
        assertThat(parameters.path("departementen")).hasSize(10);
        assertThat(parameters.path("opgegaanProgrammas").get(0).asText()).isEqualTo("Regio's aan de Grens");
        JsonNode start = vandaag.body().path("besluiten").get(0);
        assertThat(start.path("besluit").asText()).isEqualTo("ProgrammaGestart");
        assertThat(start.path("ingangsdatum").asText()).isEqualTo("2024-12-20");
        assertThat(start.path("genomenDoor").asText()).isEqualTo("Ministerraad");
        assertThat(start.path("bron").asText()).startsWith("Kamerbrief nadere uitwerking Elke Regio Telt");

        JsonNode voorDeToelichting = register.get("auditor", "/v1/programmas/npvr?geldendOp=2025-01-21").body();
        assertThat(voorDeToelichting.path("parameters").path("procesmiddelenPerJaar").isNull()).isTrue();
        assertThat(voorDeToelichting.path("parameters").path("laatsteJaar").asInt()).isEqualTo(2044);
        JsonNode voorDeStart = register.get("auditor", "/v1/programmas/npvr?geldendOp=2024-12-19").body();
        assertThat(voorDeStart.path("parameters").isNull()).isTrue();
        assertThat(voorDeStart.path("besluiten").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void een_later_besluit_dat_de_streefdatum_verschuift_verschuift_het_signaal_vanaf_zijn_ingangsdatum() {
        assertThat(soorten(register.totZichtbaar("auditor", "/v1/regios/twente/status", s -> true)))
                .contains("PLAN_TE_LAAT");

        Regioregister.Antwoord gewijzigd = register.post("bzk", "/v1/programmas/npvr/wijzig-parameters", """
                {"planStreefdatum": "2027-06-30", "besluit": {"ingangsdatum": "2026-11-01",
                 "motivering": "Het kabinet geeft de regio's meer tijd voor hun plan",
                 "bron": "Kamerbrief voortgang NPVR", "genomenDoor": {"soort": "MINISTERRAAD"}}}""");
        assertThat(gewijzigd.status()).as(gewijzigd.body().toString()).isEqualTo(HttpStatus.OK);

        assertThat(soorten(register.get("auditor", "/v1/regios/twente/status").body()))
                .doesNotContain("PLAN_TE_LAAT");
        assertThat(soorten(register.get("auditor", "/v1/regios/twente/status?geldendOp=2026-10-31").body()))
                .contains("PLAN_TE_LAAT");
        JsonNode overzicht = register.get("bzk", "/v1/programmas/npvr/overzicht").body();
        assertThat(overzicht.path("npvr").path("planStreefdatum").asText()).isEqualTo("2027-06-30");
        assertThat(register.get("auditor", "/v1/programmas/npvr?geldendOp=2026-10-31").body()
                .path("parameters").path("planStreefdatum").asText()).isEqualTo("2025-09-22");
    }

    @Test
    void een_herroepen_programmabesluit_telt_niet_meer_en_blijft_zichtbaar_met_zijn_herroeping() {
        Regioregister.Antwoord fout = register.post("bzk", "/v1/programmas/npvr/wijzig-parameters", """
                {"uitvoeringsagendaStreefdatum": "2030-12-31", "besluit": {"ingangsdatum": "2025-06-01",
                 "motivering": "Verkeerd overgenomen uit de brief", "bron": "Kamerbrief voortgang NPVR"}}""");
        assertThat(fout.status()).as(fout.body().toString()).isEqualTo(HttpStatus.OK);
        long positie = fout.body().path("positie").asLong();
        assertThat(register.get("auditor", "/v1/programmas/npvr?geldendOp=2026-01-01").body()
                .at("/parameters/uitvoeringsagendaStreefdatum").asText()).isEqualTo("2030-12-31");
        Instant voorDeHerroeping = KLOK.instant();

        KLOK.zet(voorDeHerroeping.plusSeconds(60));
        Regioregister.Antwoord herroeping = register.post("bzk", "/v1/besluiten/" + positie + "/herroep", """
                {"reden": "De streefdatum is verkeerd overgenomen",
                 "besluit": {"motivering": "Correctie", "bron": "Kamerbrief voortgang NPVR"}}""");
        assertThat(herroeping.status()).as(herroeping.body().toString()).isEqualTo(HttpStatus.OK);

        JsonNode programma = register.get("auditor", "/v1/programmas/npvr?geldendOp=2026-01-01").body();
        assertThat(programma.at("/parameters/uitvoeringsagendaStreefdatum").asText()).isEqualTo("2025-12-31");
        JsonNode herroepen = programma.path("besluiten").get(programma.path("besluiten").size() - 1);
        assertThat(herroepen.path("herroepenOp").asText()).isNotEmpty();
        assertThat(herroepen.at("/inhoud/uitvoeringsagendaStreefdatum").asText()).isEqualTo("2030-12-31");
        // the status signals read the same parameters: the agenda of a region without one is late again
        assertThat(soorten(register.totZichtbaar("auditor", "/v1/regios/twente/status?geldendOp=2026-01-01",
                s -> true))).contains("UITVOERINGSAGENDA_TE_LAAT");
        // as the register knew it before the revocation, the wrong date still counted
        assertThat(soorten(register.get("auditor", "/v1/regios/twente/status?bekendOp="
                + voorDeHerroeping.plusSeconds(1)).body())).doesNotContain("UITVOERINGSAGENDA_TE_LAAT");
    }

    @Test
    void een_programma_start_eenmaal_een_onbekend_programma_is_onbekend_en_een_regio_besluit_er_niet_over() {
        String start = """
                {"eersteJaar": 2025, "laatsteJaar": 2044, "besluit": {"ingangsdatum": "2024-12-20",
                 "motivering": "m", "bron": "b"}}""";
        Regioregister.Antwoord nogmaals = register.post("bzk", "/v1/programmas/npvr/start", start);
        assertThat(nogmaals.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.body().path("regel").asText()).isEqualTo("programma-al-gestart");

        Regioregister.Antwoord onbekend = register.post("bzk", "/v1/programmas/nplv/wijzig-parameters", """
                {"laatsteJaar": 2045, "besluit": {"motivering": "m", "bron": "b"}}""");
        assertThat(onbekend.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onbekend.body().path("regel").asText()).isEqualTo("programma-niet-gestart");

        assertThat(register.post("achterhoek", "/v1/programmas/npvr/wijzig-parameters", """
                {"laatsteJaar": 2049, "besluit": {"motivering": "m", "bron": "b"}}""").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get("auditor", "/v1/programmas/nplv").status()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
