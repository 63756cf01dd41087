package nl.regioregister.command.programma;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.regio.Programma;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cabinet ends an existing programme by letting it go up into a running one, e.g. "Regio's aan de Grens". */
@Rijksbesluit
public record LaatProgrammaOpgaan(Programma programma, String opgegaanProgramma) {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Rijksprogramma.id(programma);
    }
}
