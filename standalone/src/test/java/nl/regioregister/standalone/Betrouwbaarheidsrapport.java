package nl.regioregister.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code docs/reliability.md}: the figures of the fault tests, each test rewriting its own section on every run.
 */
final class Betrouwbaarheidsrapport {

    private static final String KOP = """
            # Reliability: the fault tests and their figures

            Written by the fault tests on every run of `./mvnw -B verify -Pfouten` (which `.ci/run` runs after
            `./mvnw verify`); each section is replaced by the test that measured it. A figure here is what one run
            saw on its machine; the tests fail when an acknowledged decision is lost or recorded twice, or when a
            restart needs a second try.

            - *sent*: decisions posted; *acknowledged*: answered `2xx`; *lost*: acknowledged but not in the event
              store; *duplicated*: recorded more than once; *stored without acknowledgement*: in the event store
              although the client got no `2xx` (its request was cut off by the fault; a retry with the same
              `Idempotency-Key` does not record it twice).

            """;

    private Betrouwbaarheidsrapport() {
    }

    static synchronized void schrijf(String sectie, String inhoud) throws IOException {
        Path bestand = bestand();
        Files.createDirectories(bestand.getParent());
        String tekst = Files.exists(bestand) ? Files.readString(bestand) : KOP;
        String begin = "<!-- begin:" + sectie + " -->";
        String eind = "<!-- eind:" + sectie + " -->";
        String blok = begin + "\n" + inhoud.strip() + "\n\n_Measured " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "._\n" + eind;
        int b = tekst.indexOf(begin);
        int e = tekst.indexOf(eind);
        if (b >= 0 && e > b) {
            tekst = tekst.substring(0, b) + blok + tekst.substring(e + eind.length());
        } else {
            tekst = tekst.stripTrailing() + "\n\n" + blok + "\n";
        }
        Files.writeString(bestand, tekst);
    }

    private static Path bestand() {
        String ingesteld = System.getProperty("betrouwbaarheid.rapport");
        return ingesteld != null ? Path.of(ingesteld)
                : Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("reliability.md");
    }
}
