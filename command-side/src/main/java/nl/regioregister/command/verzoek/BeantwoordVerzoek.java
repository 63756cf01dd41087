package nl.regioregister.command.verzoek;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.verzoek.Verzoekuitkomst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Rijk answers a region's request. */
@Rijksbesluit
public record BeantwoordVerzoek(String regioId, String verzoekId, Verzoekuitkomst uitkomst, String antwoord,
                                Departement doorverwezenNaar) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Verzoek.id(regioId, verzoekId);
    }
}
