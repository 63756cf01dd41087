package nl.regioregister.query.platform;

import java.util.ArrayList;
import java.util.List;

/** A request whose parameters break one or more rules; answered with 400 listing every violation. */
public class OngeldigeInvoer extends RuntimeException {

    /** One violated rule of one parameter, as listed under {@code invalidParams}. */
    public record Schending(String name, String code, String reason) {
    }

    private final List<Schending> schendingen;

    public OngeldigeInvoer(List<Schending> schendingen) {
        super(schendingen.size() + " ongeldige parameter(s)");
        this.schendingen = List.copyOf(schendingen);
    }

    /** A single violated rule. */
    public static OngeldigeInvoer van(String naam, String reden) {
        return new OngeldigeInvoer(List.of(new Schending(naam, "ongeldig", reden)));
    }

    /** Violations per parameter or field, in the order they are to be reported. */
    public static OngeldigeInvoer van(java.util.Map<String, String> redenen) {
        return new OngeldigeInvoer(redenen.entrySet().stream()
                .map(e -> new Schending(e.getKey(), "ongeldig", e.getValue())).toList());
    }

    public List<Schending> schendingen() {
        return schendingen;
    }

    /** Collects the violations of a whole request, so that the client learns all of them at once. */
    public static final class Controle {

        private final List<Schending> schendingen = new ArrayList<>();

        public void schending(String naam, String code, String reden) {
            schendingen.add(new Schending(naam, code, reden));
        }

        /** Throws when any violation was collected. */
        public void afronden() {
            if (!schendingen.isEmpty()) {
                throw new OngeldigeInvoer(schendingen);
            }
        }
    }
}
