package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.regio.BeeindigProgrammadeelname;
import nl.regioregister.command.regio.NeemOpInProgramma;
import nl.regioregister.command.regio.RegistreerRegio;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioSoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The eleven NPVR regions are two decisions each, in two transactions. A stop between them (a crash) leaves a region
 * registered but outside the NPVR; the next start completes it, and never re-admits a region whose participation the
 * Rijk ended.
 */
class ReferentiedataTest {

    @TempDir
    Path datamap;

    @Test
    void een_regio_die_wel_geregistreerd_maar_niet_opgenomen_werd_wordt_bij_de_volgende_start_alsnog_opgenomen() {
        try (ConfigurableApplicationContext eerste = start("--regioregister.referentiedata.npvr-regios=false")) {
            Besluitvorming besluitvorming = eerste.getBean(Besluitvorming.class);
            BesluitGegevens besluit = new BesluitGegevens(LocalDate.of(2024, 12, 20), "Proef", "Proef");
            // the first of the two decisions of the reference data, then the crash
            besluitvorming.neem("achterhoek", registreer("achterhoek", "Achterhoek"), besluit, "regioregister", "BZK",
                    "BZK");
            // a region that took part and whose participation the Rijk ended
            besluitvorming.neem("twente", registreer("twente", "Twente"), besluit, "regioregister", "BZK", "BZK");
            besluitvorming.neem("twente", new NeemOpInProgramma("twente", Programma.NPVR, null, null, null), besluit,
                    "regioregister", "BZK", "BZK");
            besluitvorming.neem("twente", new BeeindigProgrammadeelname("twente", Programma.NPVR,
                    LocalDate.of(2025, 6, 1)), besluit, "regioregister", "BZK", "BZK");
        }

        try (ConfigurableApplicationContext tweede = start()) {
            JdbcClient jdbc = tweede.getBean(JdbcClient.class);
            Map<String, Long> opgenomen = perRegio(jdbc, "OpgenomenInProgramma");
            assertThat(opgenomen).hasSize(11).allSatisfy((regio, aantal) -> assertThat(aantal).as(regio).isOne());
            assertThat(perRegio(jdbc, "RegioGeregistreerd")).hasSize(11)
                    .allSatisfy((regio, aantal) -> assertThat(aantal).as(regio).isOne());
            assertThat(perRegio(jdbc, "ProgrammadeelnameBeeindigd")).containsExactly(Map.entry("twente", 1L));
            String laatsteVanTwente = jdbc.sql("""
                            SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = 'twente'
                            ORDER BY sequencenumber DESC LIMIT 1""").query(String.class).single();
            assertThat(laatsteVanTwente).endsWith("ProgrammadeelnameBeeindigd");
        }
    }

    @Test
    void een_opslag_van_voor_de_programmabesluiten_krijgt_ze_bij_de_volgende_start_precies_eenmaal() {
        try (ConfigurableApplicationContext eerste = start("--regioregister.referentiedata.npvr-programma=false")) {
            assertThat(perRegio(eerste.getBean(JdbcClient.class), "ProgrammaGestart")).isEmpty();
        }
        for (int keer = 0; keer < 2; keer++) {
            try (ConfigurableApplicationContext volgende = start()) {
                JdbcClient jdbc = volgende.getBean(JdbcClient.class);
                assertThat(perRegio(jdbc, "ProgrammaGestart")).containsExactly(Map.entry("programma:NPVR", 1L));
                assertThat(perRegio(jdbc, "ProgrammaOpgegaan")).containsExactly(Map.entry("programma:NPVR", 1L));
                assertThat(perRegio(jdbc, "ProgrammaparametersGewijzigd"))
                        .containsExactly(Map.entry("programma:NPVR", 1L));
            }
        }
    }

    private static RegistreerRegio registreer(String id, String naam) {
        return new RegistreerRegio(id, naam, RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Proef"), List.of());
    }

    private static Map<String, Long> perRegio(JdbcClient jdbc, String type) {
        return jdbc.sql("""
                        SELECT aggregateidentifier, count(*) FROM domainevententry
                        WHERE payloadtype LIKE :type GROUP BY aggregateidentifier""")
                .param("type", "%." + type)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> argumenten = new java.util.ArrayList<>(List.of("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true"));
        argumenten.addAll(List.of(extra));
        return StandaloneApplication.builder().run(argumenten.toArray(String[]::new));
    }
}
