package nl.regioregister.query.woo;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded decision as a Woo platform ingests it: its DiWoo metadata, its openbaarheid, where its document is
 * found, and its content without the personal data the published schema marks. Who recorded it is not part of it.
 */
@Schema(description = "Eén besluit met DiWoo-metadata, openbaarheid en documentlocatie, zonder persoonsgegevens")
public record Woobesluit(
        @Schema(description = "Positie van de gebeurtenis in de event store (global index)") long positie,
        @Schema(description = "Identificatie van de gebeurtenis") String gebeurtenisId,
        @Schema(description = "Soort besluit: de naam van de gebeurtenis", example = "DepartementsvoorkeurUitgesproken")
        String type,
        @Schema(description = "De regio waarover besloten is, als het besluit één regio betreft") String regioId,
        @Schema(description = "Vanaf wanneer het besluit geldt") LocalDate ingangsdatum,
        @Schema(description = "Wanneer het besluit werd vastgelegd (UTC)") Instant geregistreerdOp,
        @Schema(description = "Het soort orgaan dat het besluit nam, als dat is vastgelegd",
                example = "ALGEMEEN_BESTUUR") String besluitorgaan,
        @Schema(description = "Namens wie het besluit is genomen", example = "de minister van BZK") String namens,
        @Schema(description = "De positie van het besluit dat dit besluit herroept; ontbreekt zolang het geldt")
        Long herroepenDoor,
        DiWooDocument diwoo,
        Openbaarheid openbaarheid,
        Documentlocatie documentlocatie,
        @Schema(description = "De inhoud van het besluit (de gebeurtenis), met elk persoonsgegeven vervangen door null")
        JsonNode inhoud) {

    /**
     * Whether the decision is published whole or in part. Woo art. 5.1 lid 2 sub e (eerbiediging van de persoonlijke
     * levenssfeer): names of people are left out of the content, not the decision itself.
     */
    @Schema(description = "Openbaarheid van het besluit")
    public record Openbaarheid(
            @Schema(description = "openbaar of deels openbaar", example = "deels openbaar") String status,
            @Schema(description = "Weigeringsgronden voor wat is weggelaten",
                    example = "[\"Woo art. 5.1 lid 2 sub e\"]") List<String> weigeringsgronden,
            @Schema(description = "De velden van de inhoud die als persoonsgegeven zijn weggelaten",
                    example = "[\"naam\"]") List<String> weggelaten) {
    }

    /** Where the decision's own document is found: the source the recorder named, and a link when there is one. */
    @Schema(description = "Waar het document van het besluit te vinden is")
    public record Documentlocatie(
            @Schema(description = "De bron zoals vastgelegd", example = "AB 5 maart 2025, agendapunt 3") String bron,
            @Schema(description = "Webadres van het document, als de bron er een is of een Kamerstuk noemt",
                    example = "https://zoek.officielebekendmakingen.nl/kst-29697-169.html") String weblocatie) {
    }
}
