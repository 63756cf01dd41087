package nl.regioregister.query.programma;

import java.time.Instant;
import nl.regioregister.query.platform.Besluit;

/**
 * One recorded decision about a programme: the event, its accountability, its place in the programme's stream, and
 * when a later decision revoked it ({@code null} while it counts).
 */
public record Programmabesluit(Object gebeurtenis, Besluit besluit, long volgnummer, Instant herroepenOp) {

    /** The decision as the register knew it at the moment: a revocation recorded later had not happened yet. */
    Programmabesluit zoalsBekendOp(Instant moment) {
        return herroepenOp != null && herroepenOp.isAfter(moment)
                ? new Programmabesluit(gebeurtenis, besluit, volgnummer, null) : this;
    }
}
