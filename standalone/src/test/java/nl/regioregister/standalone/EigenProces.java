package nl.regioregister.standalone;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standalone run as the README starts it, in its own JVM with only the runtime classpath (not the tests'), on a
 * free port, its output in a log file.
 */
final class EigenProces {

    final Process proces;
    final int poort;
    final Path log;
    final Regioregister register;

    private EigenProces(Process proces, int poort, Path log) {
        this.proces = proces;
        this.poort = poort;
        this.log = log;
        this.register = new Regioregister("http://localhost:" + poort);
    }

    static EigenProces start(Path datamap, Path log, String... argumenten) throws IOException {
        String classpath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        int poort = vrijePoort();
        List<String> opdracht = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-cp", classpath,
                StandaloneApplication.class.getName(),
                "--server.port=" + poort,
                "--regioregister.ingebouwde-database.datamap=" + datamap));
        opdracht.addAll(List.of(argumenten));
        Process proces = new ProcessBuilder(opdracht)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new EigenProces(proces, poort, log);
    }

    /** Waits until health says UP; fails with the last lines of the log when it does not or the process stops. */
    void wachtTotGezond(Duration hoogstens) {
        try {
            await().atMost(hoogstens).pollInterval(Duration.ofSeconds(1))
                    .failFast("het proces stopte", () -> !proces.isAlive())
                    .ignoreExceptions()
                    .until(() -> register.get(null, "/actuator/health").body().path("status").asText().equals("UP"));
        } catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
            throw new AssertionError("niet gezond binnen " + hoogstens.toSeconds() + " s; laatste regels van het "
                    + "proces:\n" + laatsteRegels(40), e);
        }
    }

    /** SIGKILL: the JVM gets no chance to stop anything. */
    void sigkill() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, a graceful stop; returns the exit code. */
    int stop() throws InterruptedException {
        proces.destroy();
        if (!proces.waitFor(60, TimeUnit.SECONDS)) {
            proces.destroyForcibly();
            throw new AssertionError("stopte niet binnen 60 s na SIGTERM;\n" + laatsteRegels(40));
        }
        return proces.exitValue();
    }

    void ruimOp() throws InterruptedException {
        if (proces.isAlive()) {
            proces.destroy();
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        }
    }

    List<String> regels() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
        }
    }

    String laatsteRegels(int aantal) {
        List<String> regels = regels();
        return String.join("\n", regels.subList(Math.max(0, regels.size() - aantal), regels.size()));
    }

    /** The process id in the data directory's {@code postmaster.pid}, if there is one. */
    static Optional<Long> postmaster(Path datamap) throws IOException {
        Path pid = datamap.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return Files.readAllLines(pid).stream().findFirst().map(String::strip).map(Long::parseLong);
    }

    static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
