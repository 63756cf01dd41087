package nl.regioregister.command.kamer;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an adopted motie whose execution the ministry accounts for.
 *
 * @param kamerstuknummer as cited; normalised on construction ({@link Kamerstuknummer})
 */
@Rijksbesluit
public record RegistreerMotie(
        String kamerstuknummer,
        String titel,
        List<String> indieners,
        LocalDate aangenomenOp) {

    public RegistreerMotie {
        kamerstuknummer = Kamerstuknummer.normaliseerZoMogelijk(kamerstuknummer);
        indieners = indieners == null ? List.of() : indieners.stream().toList();
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Motie.aggregaatId(kamerstuknummer);
    }
}
