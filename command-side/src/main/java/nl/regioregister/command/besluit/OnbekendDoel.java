package nl.regioregister.command.besluit;

/**
 * The decision names something of a known object that does not exist (an activity, a period, a commitment): a
 * refusal like any other, but answered with 404 because the target is unknown.
 */
public abstract class OnbekendDoel extends BesluitGeweigerd {

    protected OnbekendDoel(String reden) {
        super(reden);
    }
}
