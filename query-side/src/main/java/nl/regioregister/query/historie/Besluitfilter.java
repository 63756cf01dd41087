package nl.regioregister.query.historie;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.regioregister.query.platform.OngeldigeInvoer;

/**
 * Which decisions to read. Every range is half-open: {@code ...Vanaf} inclusive, {@code ...Tot} exclusive. A date
 * given for a recording time means the start of that day in Dutch time.
 */
record Besluitfilter(String regio, List<String> typen, String actor, String organisatie,
                     Instant geregistreerdVanaf, Instant geregistreerdTot,
                     LocalDate ingangsVanaf, LocalDate ingangsTot) {

    static final Besluitfilter ALLES = new Besluitfilter(null, List.of(), null, null, null, null, null, null);

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Pattern REGIO = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    Besluitfilter {
        typen = typen == null ? List.of() : List.copyOf(typen);
    }

    /** Reads the filter from the request's parameters, collecting every violation in {@code controle}. */
    static Besluitfilter lees(String regio, List<String> typen, String actor, String organisatie,
                              String geregistreerdVanaf, String geregistreerdTot,
                              String ingangsVanaf, String ingangsTot, OngeldigeInvoer.Controle controle) {
        if (regio != null && !REGIO.matcher(regio).matches()) {
            controle.schending("regio", "patroon", "een regio-id in kleine letters, cijfers en streepjes, zoals achterhoek");
        }
        List<String> soorten = typen == null ? List.of() : typen.stream()
                .flatMap(t -> Arrays.stream(t.split(",")))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        soorten.stream().filter(t -> !TYPE.matcher(t).matches()).findFirst().ifPresent(t ->
                controle.schending("type", "patroon", "de naam van een soort besluit, zoals RegioGeregistreerd: " + t));
        tekst("actor", actor, controle);
        tekst("organisatie", organisatie, controle);
        Instant vanaf = lees("geregistreerdVanaf", geregistreerdVanaf, Besluitfilter::tijdstip, controle);
        Instant tot = lees("geregistreerdTot", geregistreerdTot, Besluitfilter::tijdstip, controle);
        if (vanaf != null && tot != null && !tot.isAfter(vanaf)) {
            controle.schending("geregistreerdTot", "volgorde", "ligt na geregistreerdVanaf");
        }
        LocalDate ingangVanaf = lees("ingangsVanaf", ingangsVanaf, LocalDate::parse, controle);
        LocalDate ingangTot = lees("ingangsTot", ingangsTot, LocalDate::parse, controle);
        if (ingangVanaf != null && ingangTot != null && !ingangTot.isAfter(ingangVanaf)) {
            controle.schending("ingangsTot", "volgorde", "ligt na ingangsVanaf");
        }
        return new Besluitfilter(regio, soorten, actor, organisatie, vanaf, tot, ingangVanaf, ingangTot);
    }

    /** The same filter, limited to one region. */
    Besluitfilter alleenRegio(String regioId) {
        return new Besluitfilter(regioId, typen, actor, organisatie, geregistreerdVanaf, geregistreerdTot,
                ingangsVanaf, ingangsTot);
    }

    private static void tekst(String naam, String waarde, OngeldigeInvoer.Controle controle) {
        if (waarde != null && (waarde.isBlank() || waarde.length() > 255)) {
            controle.schending(naam, "lengte", "1 tot 255 tekens");
        }
    }

    private static <T> T lees(String naam, String waarde, Function<String, T> lezer, OngeldigeInvoer.Controle controle) {
        if (waarde == null) {
            return null;
        }
        try {
            return lezer.apply(waarde.strip());
        } catch (DateTimeParseException fout) {
            controle.schending(naam, "formaat", formaat(naam) + ", niet " + waarde);
            return null;
        }
    }

    private static String formaat(String naam) {
        return naam.startsWith("ingang") ? "een datum als 2025-03-05"
                : "een tijdstip als 2025-03-05T09:30:00Z, of een datum als 2025-03-05";
    }

    /**
     * An instant with offset, or a date (the start of that day in Dutch time). A {@code +} of an offset that arrives
     * as a space because it was not encoded is read as the {@code +} it was.
     */
    static Instant tijdstip(String waarde) {
        String tekst = waarde.replace(' ', '+');
        if (tekst.length() == 10) {
            return LocalDate.parse(tekst).atStartOfDay(NEDERLAND).toInstant();
        }
        return OffsetDateTime.parse(tekst).toInstant();
    }
}
