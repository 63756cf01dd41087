package nl.regioregister.query.platform;

/** A request parameter with a value the endpoint does not accept; answered as 400 naming the parameter. */
public class OngeldigeParameter extends RuntimeException {

    private final String parameter;

    public OngeldigeParameter(String parameter, String reden) {
        super(reden);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
