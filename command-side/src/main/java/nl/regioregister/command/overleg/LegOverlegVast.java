package nl.regioregister.command.overleg;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.events.overleg.Overlegsoort;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a governance meeting of the region took place; the region or the Rijk records it. */
public record LegOverlegVast(String regioId, Overlegsoort soort, LocalDate datum, List<String> deelnemers,
                             List<String> onderwerpen) implements RegioGebonden {

    public LegOverlegVast {
        deelnemers = deelnemers == null ? List.of() : deelnemers;
        onderwerpen = onderwerpen == null ? List.of() : onderwerpen;
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Overleggen.id(regioId);
    }
}
