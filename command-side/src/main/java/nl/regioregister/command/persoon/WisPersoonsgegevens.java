package nl.regioregister.command.persoon;

import nl.regioregister.command.besluit.Verwerkingsbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the personal data of a person named in decisions, e.g. at the person's request under the AVG (article 17).
 * Why and on what source travel with the decision, like every decision's.
 *
 * @param grondslag the legal ground, e.g. "AVG art. 17 lid 1 onder a"
 */
@Verwerkingsbesluit
public record WisPersoonsgegevens(
        @TargetAggregateIdentifier String persoonId,
        String grondslag) {
}
