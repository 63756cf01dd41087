package nl.regioregister.events.agenda;

/**
 * A span of whole calendar years, both ends included, written as {@code 2026-2029}. An uitvoeringsagenda covers
 * four of them; an inspanningsverplichting any number.
 */
public record Periode(int beginjaar, int eindjaar) {

    /** Reads the written form {@code 2026-2029}. */
    public static Periode van(String notatie) {
        if (notatie == null || !notatie.strip().matches("\\d{4}-\\d{4}")) {
            throw new IllegalArgumentException(
                    "een periode wordt geschreven als beginjaar-eindjaar, bijvoorbeeld 2026-2029");
        }
        String[] jaren = notatie.strip().split("-");
        return new Periode(Integer.parseInt(jaren[0]), Integer.parseInt(jaren[1]));
    }

    public int aantalJaren() {
        return eindjaar - beginjaar + 1;
    }

    public boolean overlaptMet(Periode andere) {
        return beginjaar <= andere.eindjaar && andere.beginjaar <= eindjaar;
    }

    /** The period of the same length that directly follows this one. */
    public Periode volgende() {
        return new Periode(eindjaar + 1, eindjaar + aantalJaren());
    }

    @Override
    public String toString() {
        return beginjaar + "-" + eindjaar;
    }
}
