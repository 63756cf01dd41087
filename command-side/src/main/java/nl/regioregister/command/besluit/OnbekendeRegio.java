package nl.regioregister.command.besluit;

/** The decision names a region the register does not know. */
public class OnbekendeRegio extends RuntimeException {

    public OnbekendeRegio(String regioId) {
        super("de regio " + regioId + " is niet bekend");
    }
}
