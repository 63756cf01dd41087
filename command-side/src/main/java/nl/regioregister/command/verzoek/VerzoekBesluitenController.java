package nl.regioregister.command.verzoek;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.Departement;
import nl.regioregister.events.verzoek.Verzoekuitkomst;
import nl.regioregister.events.verzoek.Verzoeksoort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regios/{regioId}/verzoeken")
@Tag(name = "Verzoeken aan het Rijk", description = "Maatwerk, afwijkingen, knelpunten en ondersteuning die een regio "
        + "vraagt, en het antwoord van het Rijk")
class VerzoekBesluitenController {

    private final Besluitvorming besluitvorming;

    VerzoekBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Een verzoek van de regio aan het Rijk")
    record DienVerzoekInVerzoek(
            @Schema(example = "btw-procesmiddelen") @NotBlank @Size(max = 60) String verzoekId,
            @Schema(example = "AFWIJKING") @NotNull Verzoeksoort soort,
            @Schema(example = "300K van de 350K procesmiddelen per jaar zonder btw-afdracht uitkeren")
            @NotBlank @Size(max = 1000) String onderwerp,
            @Schema(example = "De middelen gaan naar eigen personeel, waarop geen compensabele btw rust")
            @Size(max = 4000) String toelichting,
            @Schema(example = "BZK") Departement gerichtAan,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/dien-in")
    @Neemt(DienVerzoekIn.class)
    @Operation(summary = "Dien een verzoek van de regio in bij het Rijk",
            description = "Alleen de regio zelf. Eenmaal per verzoekId.")
    @ProbleemResponses
    BesluitVastgelegd dienIn(@PathVariable String regioId, @Valid @RequestBody DienVerzoekInVerzoek verzoek,
                             Authentication wie) {
        DienVerzoekIn besluit = new DienVerzoekIn(regioId, verzoek.verzoekId(), verzoek.soort(), verzoek.onderwerp(),
                verzoek.toelichting(), verzoek.gerichtAan());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Schema(description = "Het antwoord van het Rijk")
    record BeantwoordVerzoekVerzoek(
            @Schema(example = "TOEGEKEND") @NotNull Verzoekuitkomst uitkomst,
            @Schema(example = "Vanaf 2025 wordt alleen over 50K btw ingehouden") @NotBlank @Size(max = 4000)
            String antwoord,
            @Schema(description = "Bij DOORVERWEZEN: het departement dat het verzoek oppakt") Departement doorverwezenNaar,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{verzoekId}/beantwoord")
    @Neemt(BeantwoordVerzoek.class)
    @Operation(summary = "Beantwoord een verzoek van de regio",
            description = "Alleen het Rijk (rol BZK). Een later antwoord vervangt een eerder; de historie houdt beide.")
    @ProbleemResponses
    BesluitVastgelegd beantwoord(@PathVariable String regioId, @PathVariable String verzoekId,
                                 @Valid @RequestBody BeantwoordVerzoekVerzoek verzoek, Authentication wie) {
        BeantwoordVerzoek besluit = new BeantwoordVerzoek(regioId, verzoekId, verzoek.uitkomst(), verzoek.antwoord(),
                verzoek.doorverwezenNaar());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }
}
