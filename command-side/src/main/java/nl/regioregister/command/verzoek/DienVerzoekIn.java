package nl.regioregister.command.verzoek;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.verzoek.Verzoeksoort;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The region asks the Rijk for something; the region itself decides to ask. */
@Regiobesluit
public record DienVerzoekIn(String regioId, String verzoekId, Verzoeksoort soort, String onderwerp,
                            String toelichting, Departement gerichtAan) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Verzoek.id(regioId, verzoekId);
    }
}
