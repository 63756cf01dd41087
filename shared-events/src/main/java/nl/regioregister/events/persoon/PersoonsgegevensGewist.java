package nl.regioregister.events.persoon;

import org.axonframework.serialization.Revision;

/**
 * The personal data of a person named in decisions (name, function) were erased from the register of personal data,
 * e.g. at the person's request under the AVG (Regulation (EU) 2016/679, article 17). The decisions that named the
 * person stay as they were recorded and proven; they now name an erased person. Why and on what source travel in the
 * decision's metadata, like every decision's.
 *
 * @param persoonId the erased person's reference, as the decisions that named the person carry it
 * @param grondslag the legal ground of the erasure, e.g. "AVG art. 17 lid 1 onder a"
 */
@Revision("1")
public record PersoonsgegevensGewist(
        String persoonId,
        String grondslag) {
}
