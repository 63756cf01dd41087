package nl.regioregister.command.persoon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The register of personal data for aggregate tests: references {@code persoon-1}, {@code persoon-2}, … in order. */
public class PersoonsregisterInGeheugen implements Persoonsregister {

    private final Map<String, Optional<Persoonsgegevens>> personen = new LinkedHashMap<>();

    @Override
    public String legVast(Persoonsgegevens gegevens) {
        String persoonId = "persoon-" + (personen.size() + 1);
        personen.put(persoonId, Optional.of(gegevens));
        return persoonId;
    }

    @Override
    public Stand stand(String persoonId) {
        Optional<Persoonsgegevens> gegevens = personen.get(persoonId);
        if (gegevens == null) {
            return Stand.ONBEKEND;
        }
        return gegevens.isPresent() ? Stand.AANWEZIG : Stand.GEWIST;
    }

    @Override
    public void wis(String persoonId) {
        personen.put(persoonId, Optional.empty());
    }

    /** What the register holds under a reference; empty when erased or unknown. */
    public Optional<Persoonsgegevens> gegevens(String persoonId) {
        return personen.getOrDefault(persoonId, Optional.empty());
    }

    /** A person some earlier decision named, without a decision of this test. */
    public String bekend(String naam, String functie) {
        return legVast(new Persoonsgegevens(naam, functie));
    }
}
