package nl.regioregister.command.regio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.events.regio.SamenhangendTraject;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the running trajectories with the Rijk the strategische agenda coheres with; replaces earlier lists. */
public record LegSamenhangMetTrajectenVast(
        String regioId,
        List<SamenhangendTraject> trajecten,
        List<String> overigeTrajecten) implements RegioGebonden {

    public LegSamenhangMetTrajectenVast {
        // copies that keep a null element, so that the rule can name it instead of failing here
        trajecten = trajecten == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(trajecten));
        overigeTrajecten = overigeTrajecten == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(overigeTrajecten));
    }

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
