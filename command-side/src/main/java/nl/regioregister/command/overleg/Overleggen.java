package nl.regioregister.command.overleg;

import static nl.regioregister.command.besluit.Tekst.isLeeg;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.overleg.OverlegGehouden;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The governance meetings of one region. A meeting is recorded as it took place; how often they take place is a
 * norm ("Minimaal 2x per jaar: Bestuurlijk overleg Rijk-regio", Procesvoorstel NPVR, onderdeel F) that the status
 * signals, never a reason for refusal. A separate aggregate from {@code Regio}, so that meetings and appointments do
 * not contend.
 */
@Aggregate
public class Overleggen {

    private static final String PREFIX = "overleg:";

    @AggregateIdentifier
    private String aggregaatId;

    protected Overleggen() {
    }

    static String id(String regioId) {
        return PREFIX + regioId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LegOverlegVast besluit, BekendeRegios regios) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.soort() == null) {
            overtredingen.add("soort: welk overleg, bijvoorbeeld BESTUURLIJK_OVERLEG_RIJK_REGIO");
        }
        if (besluit.datum() == null) {
            overtredingen.add("datum: de datum waarop het overleg plaatsvond");
        }
        if (besluit.deelnemers().stream().anyMatch(d -> isLeeg(d))
                || besluit.onderwerpen().stream().anyMatch(o -> isLeeg(o))) {
            overtredingen.add("deelnemers: een deelnemer of onderwerp is niet leeg");
        }
        OngeldigBesluit.alsEr(overtredingen);
        if (aggregaatId == null) {
            regios.eisBekend(besluit.regioId());
        }
        apply(new OverlegGehouden(besluit.regioId(), besluit.soort(), besluit.datum(),
                besluit.deelnemers().stream().filter(Objects::nonNull).map(String::strip).toList(),
                besluit.onderwerpen().stream().filter(Objects::nonNull).map(String::strip).toList()));
    }

    @EventSourcingHandler
    void on(OverlegGehouden gebeurtenis) {
        aggregaatId = id(gebeurtenis.regioId());
    }
}
