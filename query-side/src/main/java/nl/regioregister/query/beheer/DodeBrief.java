package nl.regioregister.query.beheer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The views of the dead-letter queues served to operators. */
final class DodeBrief {

    private DodeBrief() {
    }

    @Schema(description = "Een gebeurtenis die een projectie niet kon verwerken")
    record Brief(
            @Schema(description = "Identificatie van de dode brief") String id,
            @Schema(description = "De reeks waarin de gebeurtenis wacht: gebeurtenissen van hetzelfde object wachten "
                    + "achter elkaar") String reeks,
            long volgnummerInReeks,
            String gebeurtenisId,
            @Schema(description = "Soort gebeurtenis", example = "RijksvertegenwoordigerBenoemd") String type,
            String objectId,
            Instant inWachtrijSinds,
            Instant laatstGeprobeerd,
            @Schema(description = "Klasse van de fout") String oorzaakType,
            @Schema(description = "Melding van de fout") String oorzaak) {
    }

    @Schema(description = "De dode brieven van één processing group; 'brieven' toont de oudste")
    record Groep(String processingGroup, long aantal, List<Brief> brieven) {
    }

    @Schema(description = "De dode brieven van elke processing group met een dead-letter queue")
    record Overzicht(List<Groep> groepen) {
    }

    @Schema(description = "Uitkomst van een nieuwe poging")
    record Herverwerking(
            String processingGroup,
            @Schema(description = "Reeksen die geheel verwerkt zijn") int verwerkteReeksen,
            @Schema(description = "Brieven die verwerkt zijn en de wachtrij verlieten") long verwerkteBrieven,
            @Schema(description = "Brieven die nog wachten") long resterendeBrieven) {
    }
}
