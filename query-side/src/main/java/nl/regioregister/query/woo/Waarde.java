package nl.regioregister.query.woo;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A value from a value list as DiWoo writes it: the concept's URI (TOOI, EU authority tables) and its label. Without
 * a URI when the list has no concept for it (a region's own body).
 */
@Schema(description = "Een waarde uit een waardelijst (TOOI): de URI van het begrip en zijn label")
public record Waarde(
        @Schema(description = "URI van het begrip; ontbreekt als de waardelijst het niet kent",
                example = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034") String id,
        @Schema(description = "Label", example = "ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
        String label) {

    static Waarde alleenLabel(String label) {
        return new Waarde(null, label);
    }
}
