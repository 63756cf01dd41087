package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.agenda.Periode;

/**
 * The Rijk adopts a version of one part of the agenda, once the region and the Rijk both agreed to that very
 * version. {@code onderdeel} says which part: the plan ({@code periode} empty) or the uitvoeringsagenda of
 * {@code periode}. One command for both, as the programme names the decision the same for either part.
 */
@Rijksbesluit
public record StelVast(
        String regioId,
        Onderdeel onderdeel,
        Periode periode,
        int versie) implements AgendaBesluit {

    public static StelVast plan(String regioId, int versie) {
        return new StelVast(regioId, Onderdeel.PLAN, null, versie);
    }

    public static StelVast uitvoeringsagenda(String regioId, Periode periode, int versie) {
        return new StelVast(regioId, Onderdeel.UITVOERINGSAGENDA, periode, versie);
    }
}
