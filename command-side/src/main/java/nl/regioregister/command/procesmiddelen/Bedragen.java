package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Amounts of procesmiddelen are exact euros and cents: never rounded, never floating point. */
final class Bedragen {

    static final BigDecimal NUL = new BigDecimal("0.00");

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private Bedragen() {
    }

    /** Adds a violation when the amount is missing, has more than two decimals, or is not above zero. */
    static void eisPositief(String veld, BigDecimal bedrag, List<String> overtredingen) {
        if (eisCenten(veld, bedrag, overtredingen) && bedrag.signum() <= 0) {
            overtredingen.add(veld + ": een bedrag is groter dan nul");
        }
    }

    /** Adds a violation when the amount is missing, has more than two decimals, or is negative. */
    static void eisNietNegatief(String veld, BigDecimal bedrag, List<String> overtredingen) {
        if (eisCenten(veld, bedrag, overtredingen) && bedrag.signum() < 0) {
            overtredingen.add(veld + ": een bedrag is niet negatief");
        }
    }

    private static boolean eisCenten(String veld, BigDecimal bedrag, List<String> overtredingen) {
        if (bedrag == null) {
            overtredingen.add(veld + ": een bedrag in euro's is verplicht");
            return false;
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            overtredingen.add(veld + ": een bedrag is in euro's en centen, met hoogstens twee decimalen");
            return false;
        }
        return true;
    }

    /** The amount with scale 2; only for amounts that passed the checks above, so nothing is ever rounded. */
    static BigDecimal inCenten(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount as Dutch users write it: {@code € 350.000,00}. */
    static String tekst(BigDecimal bedrag) {
        DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NEDERLANDS));
        return "€ " + formaat.format(bedrag);
    }
}
