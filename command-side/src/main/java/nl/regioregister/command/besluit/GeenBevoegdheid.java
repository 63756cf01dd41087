package nl.regioregister.command.besluit;

/** The decision is refused because the one recording it is not the party that takes it. */
public class GeenBevoegdheid extends RuntimeException {

    public GeenBevoegdheid(String reden) {
        super(reden);
    }
}
