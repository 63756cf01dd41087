package nl.regioregister.standalone.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The same reads by wrk (https://github.com/wg/wrk, Debian package {@code wrk}), a load generator in C outside this
 * JVM, when it is installed: the tool the issue measured with, and a check that the in-process clients, which share
 * the JVM and its two processors with the server, do not set the figures themselves. Closed loop like
 * {@link Werklus}: each connection sends its next request when the answer is in.
 */
final class Wrk {

    /** Rate and latencies in ms; the p99.9 comes from the script's {@code done} hook (NaN when it is missing). */
    record Uitkomst(double perSeconde, double p50, double p99, double p999, double max) {
        String kort() {
            return String.format(Locale.ROOT, "%,8.1f/s, p50 %.1f, p99 %.1f, %smax %.1f ms", perSeconde, p50, p99,
                    Double.isNaN(p999) ? "" : String.format(Locale.ROOT, "p99.9 %.1f, ", p999), max);
        }
    }

    private static final Pattern PERCENTIEL = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern MAXIMUM = Pattern.compile("^\\s+Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)\\s");
    private static final Pattern TEMPO = Pattern.compile("^Requests/sec:\\s+([\\d.]+)\\s*$");
    /** wrk's {@code --latency} stops at the p99; the script's {@code done} hook prints the p99.9 in microseconds. */
    private static final Pattern P999 = Pattern.compile("^p99\\.9 (\\d+)us\\s*$");
    private static final String P999_HOOK = "done = function(summary, latency, requests)\n"
            + "  io.write(string.format(\"p99.9 %dus\\n\", latency:percentile(99.9)))\nend\n";

    private Wrk() {
    }

    static boolean geinstalleerd() {
        try {
            Process wrk = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            wrk.getInputStream().readAllBytes();
            wrk.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException niet) {
            return false;
        } catch (InterruptedException onderbroken) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code verbindingen} connections over two threads ask the paths in turn; warmed up first, unmeasured. */
    static Uitkomst meet(String basisUrl, String autorisatie, List<String> paden, int verbindingen, Duration opwarmen,
                         Duration meten) throws IOException, InterruptedException {
        Path script = Files.createTempFile("regioregister-wrk-", ".lua");
        try {
            Files.writeString(script, "local paden = {" + paden.stream().map(p -> "\"" + p + "\"")
                    .collect(Collectors.joining(",")) + "}\n"
                    + "local i = 0\n"
                    + "wrk.headers[\"Authorization\"] = \"" + autorisatie + "\"\n"
                    + "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paden[(i % #paden) + 1])\nend\n"
                    + P999_HOOK, StandardCharsets.UTF_8);
            voer(basisUrl, script, verbindingen, opwarmen);
            String uitvoer = voer(basisUrl, script, verbindingen, meten);
            return lees(uitvoer);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String voer(String basisUrl, Path script, int verbindingen, Duration duur)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + verbindingen, "-d" + duur.toSeconds() + "s", "--latency",
                "--timeout", "30s", "-s", script.toString(), basisUrl).redirectErrorStream(true).start();
        String uitvoer = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || uitvoer.contains("Non-2xx")) {
            throw new IllegalStateException("wrk mislukt:\n" + uitvoer);
        }
        return uitvoer;
    }

    static Uitkomst lees(String uitvoer) {
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        double p999 = Double.NaN;
        double max = Double.NaN;
        double tempo = Double.NaN;
        for (String regel : uitvoer.split("\n")) {
            Matcher percentiel = PERCENTIEL.matcher(regel);
            Matcher maximum = MAXIMUM.matcher(regel);
            Matcher perSeconde = TEMPO.matcher(regel);
            Matcher p999regel = P999.matcher(regel);
            if (p999regel.matches()) {
                p999 = Long.parseLong(p999regel.group(1)) / 1000.0;
            } else if (percentiel.matches()) {
                double ms = ms(percentiel.group(2), percentiel.group(3));
                if (percentiel.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
            } else if (maximum.find()) {
                max = ms(maximum.group(1), maximum.group(2));
            } else if (perSeconde.matches()) {
                tempo = Double.parseDouble(perSeconde.group(1));
            }
        }
        if (Double.isNaN(p99) || Double.isNaN(tempo)) {
            throw new IllegalStateException("uitvoer van wrk niet begrepen:\n" + uitvoer);
        }
        return new Uitkomst(tempo, p50, p99, p999, max);
    }

    private static double ms(String waarde, String eenheid) {
        double getal = Double.parseDouble(waarde);
        return switch (eenheid) {
            case "us" -> getal / 1000;
            case "s" -> getal * 1000;
            default -> getal;
        };
    }
}
