package nl.regioregister.query.platform;

/** The service cannot take this request now; answered as 503 with {@code Retry-After}. */
public class Overbelast extends RuntimeException {

    public Overbelast(String reden) {
        super(reden);
    }
}
