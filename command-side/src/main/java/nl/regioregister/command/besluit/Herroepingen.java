package nl.regioregister.command.besluit;

/**
 * How many decisions of one kind about one object were revoked ({@code POST /v1/besluiten/{positie}/herroep}). An
 * aggregate whose rule depends on an earlier decision of its own (a toezegging fulfilled once, a motie done once)
 * asks it, so that after the revocation of that decision the right one can be recorded. Command handlers receive it
 * as a parameter.
 */
public interface Herroepingen {

    /**
     * @param objectId the aggregate the revoked decisions belonged to, e.g. {@code toezegging:TZ-1}
     * @param type     the event type of the revoked decisions, e.g. {@code ToezeggingVervuld}
     */
    long aantal(String objectId, String type);
}
