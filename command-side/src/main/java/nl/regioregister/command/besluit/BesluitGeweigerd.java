package nl.regioregister.command.besluit;

/**
 * A decision refused by one of the programme's rules. Each rule is its own subclass, so that a refusal is recognised
 * by its type and never by its message; {@link #regel()} names the rule for clients.
 */
public abstract class BesluitGeweigerd extends RuntimeException {

    protected BesluitGeweigerd(String reden) {
        super(reden);
    }

    /** A stable, kebab-case name of the rule, used in the problem type URI. */
    public abstract String regel();

    /** The rule's reason in the users' words. */
    public String reden() {
        return getMessage();
    }
}
