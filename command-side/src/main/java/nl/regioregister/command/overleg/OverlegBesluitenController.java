package nl.regioregister.command.overleg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.overleg.Overlegsoort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regios/{regioId}/overleggen")
@Tag(name = "Overleggen", description = "Bestuurlijk overleg Rijk-regio en de andere overleggen van een NPVR-regio")
class OverlegBesluitenController {

    private final Besluitvorming besluitvorming;

    OverlegBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Een gehouden overleg")
    record LegVastVerzoek(
            @Schema(example = "BESTUURLIJK_OVERLEG_RIJK_REGIO") @NotNull Overlegsoort soort,
            @Schema(example = "2025-03-20") @NotNull LocalDate datum,
            @Schema(example = "[\"bestuurlijk trekker\", \"rijksvertegenwoordiger\"]")
            List<@NotBlank @Size(max = 200) String> deelnemers,
            @Schema(example = "[\"Voorkeursdepartement\", \"Adaptieve agenda\"]")
            List<@NotBlank @Size(max = 500) String> onderwerpen,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/leg-vast")
    @Neemt(LegOverlegVast.class)
    @Operation(summary = "Leg vast dat een overleg van de regio is gehouden",
            description = "De regio zelf of het Rijk (BZK). De status signaleert een jaar met minder dan twee "
                    + "bestuurlijke overleggen Rijk-regio; dat wordt nooit geweigerd.")
    @ProbleemResponses
    BesluitVastgelegd legVast(@PathVariable String regioId, @Valid @RequestBody LegVastVerzoek verzoek,
                              Authentication wie) {
        LegOverlegVast besluit = new LegOverlegVast(regioId, verzoek.soort(), verzoek.datum(), verzoek.deelnemers(),
                verzoek.onderwerpen());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }
}
