package nl.regioregister.query.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events a reader wants: types (with or without revision), regions, and a range of effective dates (both ends
 * inclusive). Empty lists and absent dates do not filter.
 */
public record FeedFilter(List<String> typen, List<String> regios, LocalDate ingangsdatumVanaf,
                  LocalDate ingangsdatumTotEnMet) {

    public static final FeedFilter ALLES = new FeedFilter(List.of(), List.of(), null, null);

    public FeedFilter {
        typen = typen == null ? List.of() : splits(typen);
        regios = regios == null ? List.of() : splits(regios);
    }

    /** Accepts both repeated parameters and comma-separated values. */
    private static List<String> splits(List<String> waarden) {
        return waarden.stream().flatMap(w -> java.util.Arrays.stream(w.split(",")))
                .map(String::trim).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
