package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone run as the README starts it: its own JVM with only the runtime classpath (not the tests'), so a
 * dependency that is present for tests alone cannot hide. Healthy within 90 seconds, and serving the 11 regions.
 */
class EigenProcesTest {

    @TempDir
    Path datamap;

    @Test
    void de_standalone_start_met_alleen_zijn_runtime_classpath_en_dient_de_elf_regios() throws Exception {
        String classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        int poort = vrijePoort();
        Path log = datamap.resolve("standalone.log");
        Process proces = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-cp", classpath,
                StandaloneApplication.class.getName(),
                "--server.port=" + poort,
                "--regioregister.ingebouwde-database.datamap=" + datamap.resolve("postgres")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Regioregister register = new Regioregister("http://localhost:" + poort);
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                        .failFast("het proces stopte", () -> !proces.isAlive())
                        .ignoreExceptions()
                        .until(() -> register.get(null, "/actuator/health").body().path("status").asText()
                                .equals("UP"));
            } catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
                throw new AssertionError("niet gezond binnen 90 s; laatste regels van het proces:\n"
                        + laatsteRegels(log), e);
            }
            JsonNode regios = register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            assertThat(regios.path("regios").findValuesAsText("id")).contains("achterhoek", "zeeuws-vlaanderen");
            assertThat(register.get("integrator", "/v1/events?limit=1").status().is2xxSuccessful()).isTrue();
        } finally {
            proces.destroy();
            if (!proces.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String laatsteRegels(Path log) {
        try {
            List<String> regels = Files.readAllLines(log);
            return String.join("\n", regels.subList(Math.max(0, regels.size() - 30), regels.size()));
        } catch (IOException e) {
            return "(geen log)";
        }
    }
}
