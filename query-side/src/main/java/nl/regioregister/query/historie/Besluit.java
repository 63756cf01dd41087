package nl.regioregister.query.historie;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.query.persoon.Persoonsgegevens;

/**
 * One recorded decision as an auditor reads it: what was decided (type and payload), about which region and object,
 * by whom, in which role, for which organisation, when it was recorded and when it took effect, why, and its source;
 * and which body took it, on whose behalf, when the recorder said so.
 */
@Schema(description = "Eén vastgelegd besluit met wie, wanneer, waarom en de bron")
public record Besluit(
        @Schema(description = "Positie van de gebeurtenis in de event store (global index)") long positie,
        @Schema(description = "Identificatie van de gebeurtenis") String gebeurtenisId,
        @Schema(description = "Soort besluit: de naam van de gebeurtenis", example = "RijksvertegenwoordigerBenoemd")
        String type,
        @Schema(description = "Revisie van de vorm van de gebeurtenis") String revisie,
        @Schema(description = "De regio waarover besloten is, als het besluit één regio betreft") String regioId,
        @Schema(description = "Het object waarover besloten is", example = "agenda:achterhoek") String objectId,
        @Schema(description = "Volgnummer van de gebeurtenis binnen het object") Long volgnummer,
        @Schema(description = "Wie het besluit vastlegde") String actor,
        @Schema(description = "In welke rol") String rol,
        @Schema(description = "Namens welke organisatie") String organisatie,
        @Schema(description = "Wanneer het besluit werd vastgelegd (UTC)") Instant geregistreerdOp,
        @Schema(description = "Vanaf wanneer het besluit geldt") LocalDate ingangsdatum,
        String motivering,
        String bron,
        @Schema(description = "De gebeurtenis zelf, zoals gepubliceerd") JsonNode inhoud,
        @Schema(description = "Het soort orgaan dat het besluit nam, als dat is vastgelegd",
                example = "ALGEMEEN_BESTUUR") String besluitorgaan,
        @Schema(description = "De naam van dat orgaan", example = "AB Regio Achterhoek") String besluitorgaanNaam,
        @Schema(description = "Namens wie het besluit is genomen", example = "de minister van BZK") String namens,
        @Schema(description = "De personen die het besluit noemt (persoonId in de inhoud), met naam en functie uit "
                + "het register van persoonsgegevens zoals het nu is: naam [gewist] nadat ze zijn gewist",
                extensions = @io.swagger.v3.oas.annotations.extensions.Extension(properties =
                        @io.swagger.v3.oas.annotations.extensions.ExtensionProperty(name = "x-persoonsgegevens",
                                value = "true", parseValue = true)))
        List<Persoonsgegevens.Persoon> personen) {

    public Besluit {
        personen = personen == null ? List.of() : List.copyOf(personen);
    }

    /** A decision as recorded, before the people it names are joined in. */
    public Besluit(long positie, String gebeurtenisId, String type, String revisie, String regioId, String objectId,
                   Long volgnummer, String actor, String rol, String organisatie, Instant geregistreerdOp,
                   LocalDate ingangsdatum, String motivering, String bron, JsonNode inhoud, String besluitorgaan,
                   String besluitorgaanNaam, String namens) {
        this(positie, gebeurtenisId, type, revisie, regioId, objectId, volgnummer, actor, rol, organisatie,
                geregistreerdOp, ingangsdatum, motivering, bron, inhoud, besluitorgaan, besluitorgaanNaam, namens,
                List.of());
    }

    /** A decision recorded without who took it or on whose behalf. */
    public Besluit(long positie, String gebeurtenisId, String type, String revisie, String regioId, String objectId,
                   Long volgnummer, String actor, String rol, String organisatie, Instant geregistreerdOp,
                   LocalDate ingangsdatum, String motivering, String bron, JsonNode inhoud) {
        this(positie, gebeurtenisId, type, revisie, regioId, objectId, volgnummer, actor, rol, organisatie,
                geregistreerdOp, ingangsdatum, motivering, bron, inhoud, null, null, null, List.of());
    }
}
