package nl.regioregister.command.kamer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.VrijeTekst;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/kamerbrieven")
@Tag(name = "Kamerbrieven", description = "Brieven aan de Tweede Kamer die toezeggingen vervullen en moties uitvoeren")
class KamerbriefBesluitenController {

    private final Besluitvorming besluitvorming;

    KamerbriefBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Een Kamerbrief als besluit")
    record LegKamerbriefVastVerzoek(
            @Schema(description = "Id van de brief in het register, zoals de referentie van het ministerie",
                    example = "2025-0000963736") @NotBlank
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                    message = "letters, cijfers, punten, liggende streepjes en koppeltekens, hoogstens 64 tekens")
            String kamerbriefId,
            @Schema(description = "Datum van de brief", example = "2025-12-19") @NotNull LocalDate datum,
            @Schema(description = "Kamerstuknummer van de brief, als hij er een heeft", example = "29 697, nr. 180")
            @Size(max = 60) String kamerstuknummer,
            @Schema(example = "Uitvoering motie Flach over regio's buiten de nationale programma's")
            @NotBlank @VrijeTekst @Size(max = 1000) String onderwerp,
            @Schema(description = "De verantwoordelijke bewindspersoon", example = "minister van BZK")
            @NotBlank @Size(max = 200) String bewindspersoon,
            @Schema(description = "Waar de brief te vinden is",
                    example = "https://zoek.officielebekendmakingen.nl/kst-29697-180")
            @NotBlank @Size(max = 1000) String document,
            @Schema(description = "SHA-256 van het bestand van de brief, 64 kleine hexadecimale tekens",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @Pattern(regexp = "[0-9a-f]{64}", message = "64 kleine hexadecimale tekens") String sha256,
            @Schema(description = "De toezeggingen die de brief vervult", example = "[\"voortgangsbrief-npvr\"]")
            List<@NotBlank @Size(max = 64) String> toezeggingen,
            @Schema(description = "Kamerstuknummers van de moties die de brief uitvoert", example = "[\"29697-169\"]")
            List<@NotBlank @Size(max = 60) String> moties,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Neemt(LegKamerbriefVast.class)
    @PostMapping
    @Operation(summary = "Leg een Kamerbrief vast, met de toezeggingen die hij vervult en de moties die hij uitvoert",
            description = "Alleen het Rijk (rol BZK). Een brief wordt eenmaal vastgelegd; het Kamerstuknummer is "
                    + "optioneel (genormaliseerd). De genoemde toezeggingen en moties zijn geregistreerd; onbekende "
                    + "worden alle tegelijk gemeld. Een herroepen brief telt niet meer mee bij de toezeggingen en "
                    + "moties.")
    @ProbleemResponses
    BesluitVastgelegd legVast(@Valid @RequestBody LegKamerbriefVastVerzoek verzoek, Authentication wie) {
        LegKamerbriefVast besluit = new LegKamerbriefVast(verzoek.kamerbriefId(), verzoek.datum(),
                verzoek.kamerstuknummer(), verzoek.onderwerp(), verzoek.bewindspersoon(), verzoek.document(),
                verzoek.sha256(), verzoek.toezeggingen(), verzoek.moties());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }
}
