package nl.regioregister.command.persoon;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.persoon.PersoonsgegevensGewist;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person named in decisions, as far as the register decides about their personal data: only their erasure. The
 * decisions naming the person belong to other objects (the region) and carry only the reference; the erasure blanks
 * the register's row in the decision's own transaction and is recorded and proven like any other decision, so that an
 * auditor sees when, why and on whose decision the data went, and no proof of any event changes.
 */
@Aggregate
public class Persoon {

    @AggregateIdentifier
    private String persoonId;
    private boolean gewist;

    protected Persoon() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WisPersoonsgegevens besluit, Persoonsregister register) {
        OngeldigBesluit.eis(!isLeeg(besluit.grondslag()),
                "grondslag: noem de wettelijke grondslag van het wissen, bijvoorbeeld AVG art. 17 lid 1 onder a");
        weigerAlsAlGewist(besluit.persoonId());
        eisBekendePersoon(besluit.persoonId(), register.stand(besluit.persoonId()));
        register.wis(besluit.persoonId());
        apply(new PersoonsgegevensGewist(besluit.persoonId(), besluit.grondslag().strip()));
    }

    private void weigerAlsAlGewist(String id) {
        if (gewist) {
            throw new PersoonsgegevensAlGewist(id);
        }
    }

    private static void eisBekendePersoon(String id, Persoonsregister.Stand stand) {
        switch (stand) {
            case ONBEKEND -> throw new OnbekendePersoon(id);
            case GEWIST -> throw new PersoonsgegevensAlGewist(id);
            case AANWEZIG -> {
            }
        }
    }

    @EventSourcingHandler
    void on(PersoonsgegevensGewist gebeurtenis) {
        persoonId = gebeurtenis.persoonId();
        gewist = true;
    }
}
