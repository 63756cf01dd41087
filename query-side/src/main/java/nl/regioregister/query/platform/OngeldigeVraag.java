package nl.regioregister.query.platform;

/** The question to a view is malformed; answered with 400. */
public class OngeldigeVraag extends RuntimeException {

    private final String parameter;

    public OngeldigeVraag(String parameter, String reden) {
        super(reden);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
