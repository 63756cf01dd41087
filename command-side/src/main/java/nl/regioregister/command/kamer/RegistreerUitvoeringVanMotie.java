package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a decision or letter by which a motie is being carried out.
 *
 * @param referentie the decision or letter, e.g. a Kamerstuk number or a document reference
 */
@Rijksbesluit
public record RegistreerUitvoeringVanMotie(
        String kamerstuknummer,
        String referentie,
        String omschrijving) {

    public RegistreerUitvoeringVanMotie {
        kamerstuknummer = Kamerstuknummer.normaliseerZoMogelijk(kamerstuknummer);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Motie.aggregaatId(kamerstuknummer);
    }
}
