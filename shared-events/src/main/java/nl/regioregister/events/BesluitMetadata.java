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

    /**
     * The kind of body that took the decision, a {@link Besluitorgaan} name, e.g. {@code ALGEMEEN_BESTUUR}; absent
     * when the recorder did not say (decisions recorded before it was asked for have none).
     */
    public static final String BESLUITORGAAN = "besluitorgaan";
    /** The body's own name, e.g. "AB Regio Achterhoek", "Ministerraad"; optional. */
    public static final String BESLUITORGAAN_NAAM = "besluitorgaanNaam";
    /** On whose behalf the decision was taken or signed, e.g. "de minister van BZK"; optional. */
    public static final String NAMENS = "namens";

    /** Every key a recorded decision carries. */
    public static final List<String> SLEUTELS =
            List.of(ACTOR, ROL, ORGANISATIE, GEREGISTREERD_OP, INGANGSDATUM, MOTIVERING, BRON);

    /** The keys a recorded decision carries when the recorder gave them: who decided, on whose behalf. */
    public static final List<String> BESLUITVORMING = List.of(BESLUITORGAAN, BESLUITORGAAN_NAAM, NAMENS);

    private BesluitMetadata() {
    }
}
