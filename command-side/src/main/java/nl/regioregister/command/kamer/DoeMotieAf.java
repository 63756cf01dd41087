package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a motie is done.
 *
 * @param referentie the letter or decision that completes it
 */
@Rijksbesluit
public record DoeMotieAf(
        String kamerstuknummer,
        String referentie) {

    public DoeMotieAf {
        kamerstuknummer = Kamerstuknummer.normaliseerZoMogelijk(kamerstuknummer);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Motie.aggregaatId(kamerstuknummer);
    }
}
