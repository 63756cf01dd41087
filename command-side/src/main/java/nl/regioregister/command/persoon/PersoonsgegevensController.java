package nl.regioregister.command.persoon;

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
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/personen")
@Tag(name = "Personen", description = "Besluiten over de persoonsgegevens van personen die in besluiten genoemd zijn")
class PersoonsgegevensController {

    private final Besluitvorming besluitvorming;

    PersoonsgegevensController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Het wissen van de persoonsgegevens van een persoon")
    record WisPersoonsgegevensVerzoek(
            @Schema(description = "De wettelijke grondslag", example = "AVG art. 17 lid 1 onder a")
            @NotBlank @Size(max = 500) String grondslag,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Neemt(WisPersoonsgegevens.class)
    @PostMapping("/{persoonId}/wis-persoonsgegevens")
    @Operation(summary = "Wis naam en functie van een in besluiten genoemde persoon (AVG)",
            description = "Rol BZK of BEHEER. De besluiten die de persoon noemen blijven zoals ze zijn vastgelegd en "
                    + "bewezen; ze noemen voortaan een gewiste persoon. Het wissen is zelf een besluit "
                    + "(PersoonsgegevensGewist) met motivering en bron. Geweigerd als de persoon onbekend is (404) "
                    + "of al gewist (409).")
    @ProbleemResponses
    BesluitVastgelegd wisPersoonsgegevens(@PathVariable String persoonId,
                                          @Valid @RequestBody WisPersoonsgegevensVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(persoonId, new WisPersoonsgegevens(persoonId, verzoek.grondslag()),
                verzoek.besluit(), wie);
    }
}
