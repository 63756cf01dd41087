package nl.regioregister.events;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a recorded decision may contain, so that every store and every consumer can hold it as it was sent: a text is
 * Unicode text that PostgreSQL's text type, JSON and XML accept, and a date lies in a range a decision can have.
 * The HTTP boundary of both sides and the command side's event store apply these rules; nothing else decides them.
 * <ul>
 *     <li>No NUL or other control character (Unicode category Cc): PostgreSQL refuses NUL in text, and control
 *     characters are invisible in every view. Free prose (a motivering, an omschrijving) may hold tab and line
 *     breaks.</li>
 *     <li>No unpaired surrogate: it is not a character, and UTF-8 encoders write it as {@code ?}.</li>
 *     <li>No non-character (U+FFFE, U+FFFF and the like, U+FDD0 to U+FDEF): reserved for internal use by the Unicode
 *     Standard, never for interchange.</li>
 * </ul>
 */
public final class Invoerregels {

    /** Decisions of the programmes lie well inside this range; a date outside it is a typing error. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2100, 12, 31);

    /** What replaces a character that may not be stored, when a text already stored is repaired. */
    public static final char VERVANGINGSTEKEN = '\uFFFD';

    private Invoerregels() {
    }

    /**
     * Why the text may not be recorded, or empty when it may.
     *
     * @param vrijeTekst whether the text is free prose, which may hold tab, line feed and carriage return
     */
    public static Optional<String> tekstSchending(String tekst, boolean vrijeTekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        for (int i = 0; i < tekst.length(); ) {
            int teken = tekst.codePointAt(i);
            Optional<String> schending = tekenSchending(teken, vrijeTekst);
            if (schending.isPresent()) {
                return Optional.of(schending.get() + " op positie " + (i + 1));
            }
            i += Character.charCount(teken);
        }
        return Optional.empty();
    }

    /** Whether the text may be stored: free prose is the widest text a decision may hold. */
    public static boolean opslaanbaar(String tekst) {
        return tekstSchending(tekst, true).isEmpty();
    }

    /**
     * The text with every character that may not be stored replaced by {@value #VERVANGINGSTEKEN}: the repair of a
     * text that was stored before these rules held. What a reader sees is then visibly damaged, not silently changed.
     */
    public static String hersteld(String tekst) {
        if (tekst == null || opslaanbaar(tekst)) {
            return tekst;
        }
        StringBuilder hersteld = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); ) {
            int teken = tekst.codePointAt(i);
            hersteld.appendCodePoint(tekenSchending(teken, true).isPresent() ? VERVANGINGSTEKEN : teken);
            i += Character.charCount(teken);
        }
        return hersteld.toString();
    }

    /** Why the date may not be recorded, or empty when it may. */
    public static Optional<String> datumSchending(LocalDate datum) {
        if (datum == null || (!datum.isBefore(VROEGSTE_DATUM) && !datum.isAfter(LAATSTE_DATUM))) {
            return Optional.empty();
        }
        return Optional.of("een datum tussen " + VROEGSTE_DATUM + " en " + LAATSTE_DATUM);
    }

    private static Optional<String> tekenSchending(int teken, boolean vrijeTekst) {
        if (Character.getType(teken) == Character.CONTROL) {
            if (vrijeTekst && (teken == '\t' || teken == '\n' || teken == '\r')) {
                return Optional.empty();
            }
            return Optional.of("bevat het stuurteken " + codepunt(teken));
        }
        if (Character.isSurrogate((char) teken) && teken <= Character.MAX_VALUE) {
            return Optional.of("bevat de ongepaarde surrogaat " + codepunt(teken));
        }
        if ((teken >= 0xFDD0 && teken <= 0xFDEF) || (teken & 0xFFFE) == 0xFFFE) {
            return Optional.of("bevat het non-karakter " + codepunt(teken));
        }
        return Optional.empty();
    }

    private static String codepunt(int teken) {
        return String.format("U+%04X", teken);
    }
}
