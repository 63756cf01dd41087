package nl.regioregister.query.historie;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Streams the decisions of a filter as CSV (RFC 4180, with a header row) or as JSON Lines (one complete decision per
 * line), straight from a database cursor to the response: memory does not grow with the size of the history.
 * <p>
 * Progress: the log names the start, every {@value #VOORTGANG_ELKE} rows written, and the end or the abort with the
 * count; the counter {@code regioregister.besluiten.export.regels} counts the rows written and
 * {@code regioregister.besluiten.exports} the exports, by outcome.
 */
@Component
class BesluitenExport {

    private static final Logger LOG = LoggerFactory.getLogger(BesluitenExport.class);
    static final int VOORTGANG_ELKE = 10_000;

    enum Formaat {
        CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"),
        JSONL(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8), "jsonl");

        final MediaType mediaType;
        final String extensie;

        Formaat(MediaType mediaType, String extensie) {
            this.mediaType = mediaType;
            this.extensie = extensie;
        }
    }

    static final List<String> KOLOMMEN = List.of("positie", "gebeurtenisId", "type", "revisie", "regioId", "objectId",
            "volgnummer", "actor", "rol", "organisatie", "geregistreerdOp", "ingangsdatum", "motivering", "bron",
            "inhoud", "besluitorgaan", "besluitorgaanNaam", "namens", "personen");

    private final BesluitenhistorieRepository besluiten;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    BesluitenExport(BesluitenhistorieRepository besluiten, ObjectMapper json, MeterRegistry meters) {
        this.besluiten = besluiten;
        this.json = json;
        this.meters = meters;
    }

    StreamingResponseBody schrijf(Besluitfilter filter, Formaat formaat, String door) {
        return uit -> {
            Counter regels = Counter.builder("regioregister.besluiten.export.regels")
                    .description("Regels geschreven door exports van de besluitenhistorie")
                    .tag("formaat", formaat.extensie).register(meters);
            long begin = System.nanoTime();
            long[] geschreven = {0};
            LOG.info("Export van de besluitenhistorie als {} voor {} begint, filter {}", formaat.extensie, door, filter);
            Writer schrijver = new BufferedWriter(new OutputStreamWriter(uit, StandardCharsets.UTF_8), 64 * 1024);
            try {
                if (formaat == Formaat.CSV) {
                    schrijver.write(csvRegel(KOLOMMEN));
                }
                besluiten.elk(filter, besluit -> {
                    try {
                        schrijver.write(formaat == Formaat.CSV ? csvRegel(velden(besluit))
                                : json.writeValueAsString(besluit) + "\n");
                    } catch (IOException fout) {
                        throw new UncheckedIOException(fout);
                    }
                    regels.increment();
                    if (++geschreven[0] % VOORTGANG_ELKE == 0) {
                        LOG.info("Export van de besluitenhistorie voor {}: {} regels geschreven", door, geschreven[0]);
                    }
                });
                schrijver.flush();
            } catch (UncheckedIOException | IOException fout) {
                afgerond("afgebroken", formaat);
                LOG.warn("Export van de besluitenhistorie voor {} afgebroken na {} regels: {}", door, geschreven[0],
                        fout.getMessage());
                throw fout instanceof UncheckedIOException ongecontroleerd ? ongecontroleerd.getCause() : (IOException) fout;
            }
            afgerond("voltooid", formaat);
            LOG.info("Export van de besluitenhistorie voor {} voltooid: {} regels in {} ms", door, geschreven[0],
                    Duration.ofNanos(System.nanoTime() - begin).toMillis());
        };
    }

    private void afgerond(String uitkomst, Formaat formaat) {
        Counter.builder("regioregister.besluiten.exports").description("Exports van de besluitenhistorie")
                .tag("formaat", formaat.extensie).tag("uitkomst", uitkomst).register(meters).increment();
    }

    static List<String> velden(Besluit besluit) {
        List<String> velden = new ArrayList<>();
        velden.add(Long.toString(besluit.positie()));
        velden.add(besluit.gebeurtenisId());
        velden.add(besluit.type());
        velden.add(besluit.revisie());
        velden.add(besluit.regioId());
        velden.add(besluit.objectId());
        velden.add(tekst(besluit.volgnummer()));
        velden.add(besluit.actor());
        velden.add(besluit.rol());
        velden.add(besluit.organisatie());
        velden.add(tekst(besluit.geregistreerdOp()));
        velden.add(tekst(besluit.ingangsdatum()));
        velden.add(besluit.motivering());
        velden.add(besluit.bron());
        velden.add(tekst(besluit.inhoud()));
        velden.add(besluit.besluitorgaan());
        velden.add(besluit.besluitorgaanNaam());
        velden.add(besluit.namens());
        velden.add(personen(besluit));
        return velden;
    }

    /** The people the decision names as the register of personal data holds them now: "naam (functie)", or [gewist]. */
    static String personen(Besluit besluit) {
        if (besluit.personen().isEmpty()) {
            return null;
        }
        return String.join("; ", besluit.personen().stream()
                .map(p -> p.functie() == null ? p.naam() : p.naam() + " (" + p.functie() + ")")
                .toList());
    }

    /** One record of RFC 4180: fields separated by commas, quoted when needed, ended by CRLF. */
    static String csvRegel(List<String> velden) {
        StringBuilder regel = new StringBuilder();
        for (int i = 0; i < velden.size(); i++) {
            if (i > 0) {
                regel.append(',');
            }
            regel.append(csvVeld(velden.get(i)));
        }
        return regel.append("\r\n").toString();
    }

    /**
     * A field with a comma, a double quote or a line break is enclosed in double quotes, its quotes doubled. A field
     * a spreadsheet program would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return) gets a leading apostrophe and is quoted, so that it is shown as text: the export is made
     * for auditors to open (OWASP, "CSV Injection"). The JSON Lines export is left as recorded.
     */
    static String csvVeld(String waarde) {
        if (waarde == null) {
            return "";
        }
        if (formule(waarde)) {
            return "\"'" + waarde.replace("\"", "\"\"") + '"';
        }
        if (waarde.indexOf(',') < 0 && waarde.indexOf('"') < 0 && waarde.indexOf('\r') < 0
                && waarde.indexOf('\n') < 0) {
            return waarde;
        }
        return '"' + waarde.replace("\"", "\"\"") + '"';
    }

    private static boolean formule(String waarde) {
        if (waarde.isEmpty()) {
            return false;
        }
        char eerste = waarde.charAt(0);
        return eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@' || eerste == '\t' || eerste == '\r';
    }

    private static String tekst(Object waarde) {
        return Objects.toString(waarde, null);
    }
}
