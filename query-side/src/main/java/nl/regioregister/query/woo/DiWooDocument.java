package nl.regioregister.query.woo;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The DiWoo metadata of one decision, with the element names of the DiWoo metadata standard ({@code diwoo:DiWoo},
 * https://standaarden.overheid.nl/diwoo/metadata, XSD 0.9.8) in the JSON form that open.overheid.nl serves them in:
 * concepts as {@code {id, label}}, collections as nested objects. Each element maps one to one onto the XML element of
 * the same name, the {@code id} onto its {@code resource} attribute.
 */
@Schema(description = "DiWoo-metadata van het besluit (elementnamen van diwoo-metadata.xsd 0.9.8)")
public record DiWooDocument(
        @Schema(description = "Kenmerken: de identificatie van de gebeurtenis in het register") List<String> identifiers,
        @Schema(description = "Wie het besluit openbaar maakt") Waarde publisher,
        @Schema(description = "De organisatie die verantwoordelijk is voor het besluit") Waarde verantwoordelijke,
        Titelcollectie titelcollectie,
        @Schema(description = "Omschrijving: de motivering van het besluit") List<String> omschrijvingen,
        Classificatiecollectie classificatiecollectie,
        @Schema(description = "Datum van het besluit: de ingangsdatum, anders de dag van vastleggen")
        LocalDate creatiedatum,
        List<Documenthandeling> documenthandelingen,
        @Schema(description = "Taal van het besluit") Waarde language) {

    @Schema(description = "Titels van het besluit")
    public record Titelcollectie(
            @Schema(example = "Departementsvoorkeur uitgesproken, regio achterhoek") String officieleTitel) {
    }

    @Schema(description = "Classificatie: de Woo-informatiecategorie (TOOI-waardelijst informatiecategorieën)")
    public record Classificatiecollectie(List<Waarde> informatiecategorieen) {
    }

    @Schema(description = "Een handeling met het besluit: de vaststelling, door wie, wanneer")
    public record Documenthandeling(
            @Schema(description = "Soort handeling (TOOI-waardelijst soorthandelingen)") Waarde soortHandeling,
            @Schema(description = "Wanneer (Nederlandse tijd)") OffsetDateTime atTime,
            @Schema(description = "Het orgaan of de organisatie die de handeling verrichtte") Waarde wasAssociatedWith) {
    }
}
