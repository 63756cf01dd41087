package nl.regioregister.query.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regioregister.query.persoon.Persoonsgegevens;

/**
 * Joins name and function into a status on its way out. The stored status documents hold only the person reference:
 * an erasure then needs no change to any document, and a rebuild cannot bring an erased name back.
 */
final class Personen {

    /** The fields by which events name a person. */
    private static final List<String> VERWIJZINGEN = List.of("persoonId", "ambtelijkTrekkerPersoonId");

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
            if (status.aangekondigd != null) {
                status.aangekondigd.forEach(a -> ids.addAll(verwijzingen(a.inhoud())));
            }
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
            if (status.aangekondigd != null) {
                status.aangekondigd = status.aangekondigd.stream()
                        .map(a -> new RegioStatus.Aangekondigd(a.besluit(), a.ingangsdatum(), a.positie(), a.inhoud(),
                                verwijzingen(a.inhoud()).stream().map(personen::get).filter(Objects::nonNull)
                                        .toList()))
                        .toList();
            }
        }
        return statussen;
    }

    /** The person references in an announced decision: the event itself, or its JSON read back from a document. */
    private static List<String> verwijzingen(Object inhoud) {
        List<String> ids = new ArrayList<>();
        if (inhoud instanceof Map<?, ?> velden) {
            VERWIJZINGEN.forEach(veld -> {
                if (velden.get(veld) instanceof String id) {
                    ids.add(id);
                }
            });
        } else if (inhoud != null && inhoud.getClass().isRecord()) {
            for (RecordComponent component : inhoud.getClass().getRecordComponents()) {
                if (VERWIJZINGEN.contains(component.getName())) {
                    try {
                        if (component.getAccessor().invoke(inhoud) instanceof String id) {
                            ids.add(id);
                        }
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("de verwijzing naar een persoon in " + inhoud, e);
                    }
                }
            }
        }
        return ids;
    }
}
