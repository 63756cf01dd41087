package nl.regioregister.command.regio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.Departement;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regios")
@Tag(name = "Regio's", description = "Besluiten over een regio en haar bestuur")
class RegioBesluitenController {

    private final Besluitvorming besluitvorming;

    RegioBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Benoeming van de rijksvertegenwoordiger")
    record BenoemRijksvertegenwoordigerVerzoek(
            @Schema(example = "J. de Vries") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "DG Mobiliteit") @Size(max = 200) String functie,
            @Schema(example = "IENW") @NotNull Departement departement,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/benoem-rijksvertegenwoordiger")
    @Operation(summary = "Benoem een DG van een departement tot rijksvertegenwoordiger van de regio",
            description = "Alleen het Rijk (rol BZK). Vervangt de vorige rijksvertegenwoordiger; de historie houdt beide.")
    @ProbleemResponses
    BesluitVastgelegd benoemRijksvertegenwoordiger(@PathVariable String regioId,
                                                   @Valid @RequestBody BenoemRijksvertegenwoordigerVerzoek verzoek,
                                                   Authentication wie) {
        return besluitvorming.neem(regioId,
                new BenoemRijksvertegenwoordiger(regioId, verzoek.naam(), verzoek.functie(), verzoek.departement()),
                verzoek.besluit(), wie);
    }
}
