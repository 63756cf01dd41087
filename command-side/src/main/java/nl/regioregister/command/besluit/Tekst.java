package nl.regioregister.command.besluit;

/** How decisions treat free text: blank is absent, and what is kept is stripped. */
public final class Tekst {

    private Tekst() {
    }

    public static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /** The stripped text, or null when it is blank. */
    public static String schoon(String tekst) {
        return isLeeg(tekst) ? null : tekst.strip();
    }
}
