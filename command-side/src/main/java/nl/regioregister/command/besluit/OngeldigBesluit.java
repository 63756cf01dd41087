package nl.regioregister.command.besluit;

import java.util.List;

/** The decision is incomplete or malformed; lists every violation at once. */
public class OngeldigBesluit extends RuntimeException {

    private final List<String> overtredingen;

    public OngeldigBesluit(List<String> overtredingen) {
        super(String.join("; ", overtredingen));
        this.overtredingen = List.copyOf(overtredingen);
    }

    public static void eis(boolean voorwaarde, String overtreding) {
        if (!voorwaarde) {
            throw new OngeldigBesluit(List.of(overtreding));
        }
    }

    /** Refuses the decision when any violation was found, naming them all. */
    public static void alsEr(List<String> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    public List<String> overtredingen() {
        return overtredingen;
    }
}
