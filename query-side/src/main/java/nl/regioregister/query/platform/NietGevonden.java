package nl.regioregister.query.platform;

/** The requested region or object is not known to the view. */
public class NietGevonden extends RuntimeException {

    public NietGevonden(String wat) {
        super(wat + " is niet bekend");
    }
}
