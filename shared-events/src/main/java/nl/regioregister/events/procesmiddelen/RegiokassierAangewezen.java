package nl.regioregister.events.procesmiddelen;

import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The region designated the gemeente or provincie that receives and manages its procesmiddelen. Replaces any previous
 * regiokassier (Toelichting procesmiddelen NPVR, 22 jan 2025).
 *
 * @param samenwerkingsverband the body the money is passed on to, only with
 *                             {@link Beheervorm#DOORGEVEN_AAN_SAMENWERKINGSVERBAND}; otherwise {@code null}
 */
@Revision("1")
public record RegiokassierAangewezen(
        String regioId,
        Kassiersoort soort,
        String naam,
        Beheervorm beheervorm,
        @Optioneel String samenwerkingsverband) {
}
