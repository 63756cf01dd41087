package nl.regioregister.events;

import java.util.List;

/**
 * The keys under which every recorded decision carries its accountability in the event's metadata.
 * <p>
 * An auditor needs both dates: boards decide days before the decision is recorded
 * ("AB 5 maart 2025, agendapunt 3" recorded on 10 March).
 */
public final class BesluitMetadata {

    /** User id of who recorded the decision. */
    public static final String ACTOR = "actor";
    /** The role in which the decision was recorded, e.g. {@code BZK}, {@code REGIO}. */
    public static final String ROL = "rol";
    /** On behalf of which organisation: {@code BZK}, a department, or a region id. */
    public static final String ORGANISATIE = "organisatie";
    /** When the decision was recorded (UTC instant, ISO-8601). */
    public static final String GEREGISTREERD_OP = "geregistreerdOp";
    /** When the decision took effect (ISO-8601 date). */
    public static final String INGANGSDATUM = "ingangsdatum";
    /** The reason for the decision. */
    public static final String MOTIVERING = "motivering";
    /** The source: a Kamerstuk number, a board meeting and agenda item, or a document reference. */
    public static final String BRON = "bron";

    /** Every key a recorded decision carries. */
    public static final List<String> SLEUTELS =
            List.of(ACTOR, ROL, ORGANISATIE, GEREGISTREERD_OP, INGANGSDATUM, MOTIVERING, BRON);

    private BesluitMetadata() {
    }
}
