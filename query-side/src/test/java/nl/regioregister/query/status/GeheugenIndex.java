package nl.regioregister.query.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.regioregister.query.status.RegioStatusBerekening.Besluitgebeurtenis;

/** The decisions of one region folded into a generation, in memory; stores a status as JSON, as the database does. */
final class GeheugenIndex implements GeldendeStand.Index {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    final List<Besluitgebeurtenis> toegepast = new ArrayList<>();

    @Override
    public List<Besluitgebeurtenis> tussen(LocalDate na, LocalDate totEnMet) {
        return toegepast.stream()
                .filter(g -> !herroepen(g))
                .filter(g -> na == null || g.ingangsdatum().isAfter(na))
                .filter(g -> totEnMet == null || !g.ingangsdatum().isAfter(totEnMet))
                .sorted(RegioStatusBerekening.IN_WERKING)
                .toList();
    }

    @Override
    public boolean eerderGevouwenNa(Besluitgebeurtenis eerste, Collection<Long> nieuw, LocalDate peildatum) {
        return toegepast.stream().anyMatch(g -> !nieuw.contains(g.positie())
                && !g.ingangsdatum().isAfter(peildatum)
                && RegioStatusBerekening.IN_WERKING.compare(g, eerste) > 0);
    }

    @Override
    public boolean herroepen(Collection<Long> posities) {
        return toegepast.stream().anyMatch(g -> RegioStatusBerekening.herroept(g.inhoud())
                .filter(posities::contains).isPresent());
    }

    private boolean herroepen(Besluitgebeurtenis besluit) {
        return herroepen(List.of(besluit.positie()));
    }

    /** The status as it comes back from storage. */
    RegioStatus kopie(RegioStatus status) {
        try {
            return JSON.readValue(JSON.writeValueAsString(status), RegioStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tekst(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
