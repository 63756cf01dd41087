package nl.regioregister.command.correctie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.regioregister.command.besluit.Besluitenregister;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/besluiten")
@Tag(name = "Correcties", description = "Een eerder besluit herroepen of corrigeren zonder de historie te herschrijven")
class HerroepingController {

    private final Besluitvorming besluitvorming;
    /** A provider, so that web slices without the event store still start. */
    private final ObjectProvider<Besluitenregister> register;

    HerroepingController(Besluitvorming besluitvorming, ObjectProvider<Besluitenregister> register) {
        this.besluitvorming = besluitvorming;
        this.register = register;
    }

    @Schema(description = "Herroeping van een eerder besluit")
    record HerroepVerzoek(
            @Schema(description = "Waarom het besluit niet meer geldt", example = "Verkeerde naam vastgelegd")
            @NotBlank @Size(max = 4000) String reden,
            @Schema(description = "De positie van het besluit dat het vervangt, bij een correctie", example = "42")
            @Positive Long vervangenDoor,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{positie}/herroep")
    @Neemt(HerroepBesluit.class)
    @Operation(summary = "Herroep een eerder besluit, met de reden; bij een correctie met het vervangende besluit",
            description = "Het herroepen besluit blijft in de historie, naast de herroeping; de status van de regio telt "
                    + "het niet meer mee. Een regio herroept alleen besluiten die zij zelf vastlegde, het Rijk (BZK) "
                    + "de andere. Een besluit wordt eenmaal herroepen; een herroeping wordt niet herroepen.")
    @ProbleemResponses
    BesluitVastgelegd herroep(@PathVariable long positie, @Valid @RequestBody HerroepVerzoek verzoek,
                              Authentication wie) {
        String regioId = register.getObject().op(positie).orElseThrow(() -> new OnbekendBesluit(positie)).regioId();
        return besluitvorming.neem(Herroeping.id(positie),
                new HerroepBesluit(positie, regioId, verzoek.reden(), verzoek.vervangenDoor()), verzoek.besluit(), wie);
    }
}
