package nl.regioregister.query.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regioregister.query.persoon.Persoonsgegevens;

/**
 * Joins name and function into a status on its way out. The stored status documents hold only the person reference:
 * an erasure then needs no change to any document, and a rebuild cannot bring an erased name back.
 */
final class Personen {

    private Personen() {
    }

    static RegioStatus vulIn(RegioStatus status, Persoonsgegevens register) {
        vulIn(List.of(status), register);
        return status;
    }

    static List<RegioStatus> vulIn(List<RegioStatus> statussen, Persoonsgegevens register) {
        List<String> ids = new ArrayList<>();
        for (RegioStatus status : statussen) {
            status.bestuur.values().forEach(h -> ids.add(h.persoonId));
            status.benoemingshistorie.forEach(b -> ids.add(b.persoonId));
        }
        Map<String, Persoonsgegevens.Persoon> personen = register.van(ids);
        for (RegioStatus status : statussen) {
            status.bestuur.values().forEach(h -> {
                Persoonsgegevens.Persoon persoon = personen.get(h.persoonId);
                if (persoon != null) {
                    h.naam = persoon.naam();
                    h.functie = persoon.functie();
                }
            });
            status.benoemingshistorie.forEach(b -> {
                Persoonsgegevens.Persoon persoon = personen.get(b.persoonId);
                if (persoon != null) {
                    b.naam = persoon.naam();
                    b.functie = persoon.functie();
                }
            });
        }
        return statussen;
    }
}
