package nl.regioregister.query.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioregister.query.status.RegioStatusBerekening.Besluitgebeurtenis;
import org.springframework.stereotype.Component;

/**
 * Applies the region decisions of one batch to a generation of the status in a few round trips, whatever the batch's
 * size: the index and the applied marks in one statement each, the documents of the regions concerned read once and
 * written once, each region folded once ({@link GeldendeStand#verwerk}). The live projection and the rebuild both
 * apply events here.
 */
@Component
class RegioStatusBatch {

    /** A decision of a region, at its own position. */
    record RegioBesluit(String regioId, Besluitgebeurtenis besluit) {
    }

    private final RegioStatusOpslag opslag;
    private final GeldendeStand geldendeStand;

    RegioStatusBatch(RegioStatusOpslag opslag, GeldendeStand geldendeStand) {
        this.opslag = opslag;
        this.geldendeStand = geldendeStand;
    }

    /**
     * Indexes the decisions, marks them applied in the generation and folds those not applied before into their
     * regions' documents. Answers, per region whose document changed, the highest position newly applied.
     */
    Map<String, Long> verwerk(int generatie, Collection<RegioBesluit> besluiten) {
        Map<Long, RegioBesluit> perPositie = new LinkedHashMap<>();
        besluiten.forEach(b -> perPositie.putIfAbsent(b.besluit().positie(), b));
        if (perPositie.isEmpty()) {
            return Map.of();
        }
        opslag.indexeer(perPositie.values().stream().map(b -> new RegioStatusOpslag.Indexregel(b.regioId(),
                b.besluit().positie(), b.besluit().besluit().geregistreerdOp(), b.besluit().ingangsdatum(),
                RegioStatusBerekening.herroept(b.besluit().inhoud()).orElse(null))).toList());
        Set<Long> nieuw = opslag.markeerToegepast(generatie, List.copyOf(perPositie.keySet()));
        Map<String, List<Besluitgebeurtenis>> perRegio = new LinkedHashMap<>();
        Map<String, Long> hoogste = new HashMap<>();
        for (RegioBesluit b : perPositie.values()) {
            if (nieuw.contains(b.besluit().positie())) {
                perRegio.computeIfAbsent(b.regioId(), r -> new ArrayList<>()).add(b.besluit());
                hoogste.merge(b.regioId(), b.besluit().positie(), Math::max);
            }
        }
        if (perRegio.isEmpty()) {
            return Map.of();
        }
        Map<String, RegioStatus> opgeslagen = opslag.lees(generatie, perRegio.keySet());
        Map<String, RegioStatus> gewijzigd = new LinkedHashMap<>();
        perRegio.forEach((regioId, erbij) -> gewijzigd.put(regioId, geldendeStand.verwerk(generatie, regioId,
                opgeslagen.getOrDefault(regioId, new RegioStatus()), erbij)));
        opslag.schrijf(generatie, gewijzigd);
        return hoogste;
    }
}
