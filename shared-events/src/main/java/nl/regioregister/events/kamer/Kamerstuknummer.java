package nl.regioregister.events.kamer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kamerstuk numbers as they are cited ("29697-169", "Kamerstuk 29 697, nr. 169", "Kamerstukken II 2023/24, 29697,
 * nr. 116", "36800-VII, nr. 97") in one form: dossier, optional dossier part, number, joined by hyphens
 * ({@code 29697-169}, {@code 36800-VII-97}), the form of officielebekendmakingen.nl without its "kst-" prefix. One
 * motie is then one aggregate, however it was cited. Published with the events, whose {@code kamerstuknummer} is
 * in this form, so that every reader (the query side's {@code GET /v1/moties/{kamerstuknummer}} too) accepts the
 * citations the decisions accept.
 */
public final class Kamerstuknummer {

    private static final Pattern CITAAT = Pattern.compile(
            "(?:kamerstuk(?:ken)?(?:\\s+ii?)?(?:\\s+\\d{4}/\\d{2,4})?\\s*,?\\s*)?" // "Kamerstukken II 2023/24,"
                    + "(\\d{1,3}(?:[ .]?\\d{3})*)"                                 // dossier: 29697, 29 697
                    + "(?:[\\s-]+(?!nr\\b)([a-z]{1,6}|\\d{1,3}))?"                 // dossier part: VII, 20
                    + "\\s*(?:-|,?\\s*nr\\.?)\\s*"                                 // "-", ", nr.", " nr"
                    + "(\\d{1,5})",                                                // number
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEIDING = Pattern.compile("[ .]");

    private Kamerstuknummer() {
    }

    /** The normalised number, or empty when the text is no Kamerstuk number. */
    public static Optional<String> normaliseer(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        Matcher citaat = CITAAT.matcher(tekst.strip());
        if (!citaat.matches()) {
            return Optional.empty();
        }
        String dossier = SCHEIDING.matcher(citaat.group(1)).replaceAll("");
        String deel = citaat.group(2) == null ? "" : "-" + citaat.group(2).toUpperCase(Locale.ROOT);
        return Optional.of(dossier + deel + "-" + Integer.parseInt(citaat.group(3)));
    }

    /** The normalised number when the text is one, otherwise the text itself, for the aggregate to refuse. */
    public static String normaliseerZoMogelijk(String tekst) {
        return normaliseer(tekst).orElse(tekst);
    }

    public static boolean isGeldig(String tekst) {
        return normaliseer(tekst).isPresent();
    }
}
