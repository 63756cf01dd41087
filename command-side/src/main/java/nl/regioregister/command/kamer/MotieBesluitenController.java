package nl.regioregister.command.kamer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.events.VrijeTekst;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/moties")
@Tag(name = "Moties", description = "Moties van de Tweede Kamer en hoe het ministerie ze uitvoert")
class MotieBesluitenController {

    private static final String KAMERSTUK = "Kamerstuknummer, zoals 29697-169 of 29 697, nr. 169";

    private final Besluitvorming besluitvorming;

    MotieBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Registratie van een aangenomen motie")
    record RegistreerMotieVerzoek(
            @Schema(description = KAMERSTUK, example = "29 697, nr. 169") @NotBlank @Size(max = 60)
            String kamerstuknummer,
            @Schema(example = "Motie van het lid Flach over een langjarige agenda voor regio's buiten de nationale "
                    + "programma's") @NotBlank @Size(max = 1000) String titel,
            @Schema(example = "[\"Flach\"]") @NotEmpty List<@NotBlank @Size(max = 200) String> indieners,
            @Schema(description = "Datum waarop de Kamer de motie aannam") @NotNull LocalDate aangenomenOp,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping
    @Neemt(RegistreerMotie.class)
    @Operation(summary = "Registreer een aangenomen motie",
            description = "Alleen het Rijk (rol BZK). Het Kamerstuknummer wordt genormaliseerd (29 697, nr. 169 "
                    + "wordt 29697-169); een motie wordt eenmaal geregistreerd.")
    @ProbleemResponses
    BesluitVastgelegd registreer(@Valid @RequestBody RegistreerMotieVerzoek verzoek, Authentication wie) {
        RegistreerMotie besluit = new RegistreerMotie(verzoek.kamerstuknummer(), verzoek.titel(),
                verzoek.indieners(), verzoek.aangenomenOp());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Schema(description = "Een besluit of brief waarmee de motie wordt uitgevoerd")
    record RegistreerUitvoeringVerzoek(
            @Schema(description = "Het besluit of de brief", example = "Kamerbrief 19 december 2025")
            @NotBlank @Size(max = 1000) String referentie,
            @Schema(example = "Regio's buiten nationale programma's krijgen een structureel aanspreekpunt bij het "
                    + "Rijk") @NotBlank @VrijeTekst @Size(max = 4000) String omschrijving,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{kamerstuknummer}/registreer-uitvoering")
    @Neemt(RegistreerUitvoeringVanMotie.class)
    @Operation(summary = "Leg een besluit of brief vast waarmee de motie wordt uitgevoerd",
            description = "Alleen het Rijk (rol BZK). Een motie verzamelt er meer in de loop van de tijd; niet meer "
                    + "nadat zij is afgedaan.")
    @ProbleemResponses
    BesluitVastgelegd registreerUitvoering(@Parameter(description = KAMERSTUK) @PathVariable String kamerstuknummer,
                                           @Valid @RequestBody RegistreerUitvoeringVerzoek verzoek,
                                           Authentication wie) {
        RegistreerUitvoeringVanMotie besluit = new RegistreerUitvoeringVanMotie(kamerstuknummer, verzoek.referentie(),
                verzoek.omschrijving());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Schema(description = "Afdoening van de motie")
    record DoeAfVerzoek(
            @Schema(description = "De brief of het besluit waarmee de motie is afgedaan",
                    example = "Kamerbrief 19 december 2025") @NotBlank @Size(max = 1000) String referentie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{kamerstuknummer}/doe-af")
    @Neemt(DoeMotieAf.class)
    @Operation(summary = "Leg vast dat de motie is afgedaan",
            description = "Alleen het Rijk (rol BZK). Eenmaal, tenzij de afdoening is herroepen.")
    @ProbleemResponses
    BesluitVastgelegd doeAf(@Parameter(description = KAMERSTUK) @PathVariable String kamerstuknummer,
                            @Valid @RequestBody DoeAfVerzoek verzoek, Authentication wie) {
        DoeMotieAf besluit = new DoeMotieAf(kamerstuknummer, verzoek.referentie());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }
}
