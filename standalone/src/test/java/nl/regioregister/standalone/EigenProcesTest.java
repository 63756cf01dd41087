package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * The standalone run as the README starts it: its own JVM with only the runtime classpath (not the tests'), so a
 * dependency that is present for tests alone cannot hide. Healthy and serving the 11 regions; killed with SIGKILL
 * (its PostgreSQL outlives it), it starts again at the first try; stopped with SIGTERM, it logs no error.
 */
class EigenProcesTest {

    @TempDir
    Path map;

    @Test
    void de_standalone_start_na_sigkill_in_een_keer_opnieuw_en_stopt_netjes_zonder_fouten_in_het_log()
            throws Exception {
        Path datamap = map.resolve("postgres");
        EigenProces eerste = EigenProces.start(datamap, map.resolve("eerste.log"));
        try {
            eerste.wachtTotGezond(Duration.ofSeconds(90));
            JsonNode regios = eerste.register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            assertThat(regios.path("regios").findValuesAsText("id")).contains("achterhoek", "zeeuws-vlaanderen");
            assertThat(eerste.register.get("integrator", "/v1/events?limit=1").status().is2xxSuccessful()).isTrue();
            eerste.sigkill();
        } finally {
            eerste.ruimOp();
        }
        long achtergebleven = EigenProces.postmaster(datamap).orElseThrow();
        assertThat(ProcessHandle.of(achtergebleven).map(ProcessHandle::isAlive)).as("PostgreSQL overleeft de JVM")
                .contains(true);

        EigenProces tweede = EigenProces.start(datamap, map.resolve("tweede.log"));
        try {
            tweede.wachtTotGezond(Duration.ofSeconds(90));
            assertThat(ProcessHandle.of(achtergebleven).filter(ProcessHandle::isAlive)).isEmpty();
            Regioregister.Antwoord benoemd = tweede.register.post("bzk",
                    "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger", """
                            {"naam": "Na de crash", "departement": "IENW",
                             "besluit": {"motivering": "Proef", "bron": "Proef"}}""");
            assertThat(benoemd.status()).isEqualTo(HttpStatus.OK);
            tweede.register.totZichtbaar("auditor", "/v1/regios/achterhoek",
                    r -> r.at("/regio/rijksvertegenwoordiger/naam").asText().equals("Na de crash"));

            int eindcode = tweede.stop();
            List<String> log = tweede.regels();
            int stopBegon = indexVan(log, "Commencing graceful shutdown");
            assertThat(stopBegon).as("het log van de stop:\n" + tweede.laatsteRegels(60)).isNotNegative();
            List<String> stop = log.subList(stopBegon, log.size());
            assertThat(stop).as("het log van de stop").noneMatch(r -> r.contains(" ERROR ")
                    || r.startsWith("\tat ") || r.matches("^(Caused by: |[a-z][\\w.]+(Exception|Error)\\b).*"));
            assertThat(stop).anyMatch(r -> r.contains("shut down postmaster"));
            assertThat(log).as("het hele log").noneMatch(r -> r.contains(" ERROR "));
            // 143: the JVM ends on SIGTERM after its shutdown hooks ran
            assertThat(eindcode).isIn(0, 143);
            assertThat(EigenProces.postmaster(datamap)).isEmpty();
        } finally {
            tweede.ruimOp();
        }
    }

    private static int indexVan(List<String> regels, String tekst) {
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).contains(tekst)) {
                return i;
            }
        }
        return -1;
    }
}
