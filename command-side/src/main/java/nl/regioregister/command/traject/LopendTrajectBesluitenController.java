package nl.regioregister.command.traject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.Departement;
import nl.regioregister.events.VrijeTekst;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every decision here may be recorded by BZK or by the trajectory's own region. */
@RestController
@RequestMapping("/v1")
@Tag(name = "Lopende trajecten", description = "Programma's en regelingen die al lopen tussen het Rijk en een regio")
class LopendTrajectBesluitenController {

    private static final String TRAJECT_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Besluitvorming besluitvorming;

    LopendTrajectBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    /** Answers with the trajectId the client uses in later requests, not the prefixed aggregate identifier. */
    private BesluitVastgelegd neem(String trajectId, Object besluit, BesluitGegevens gegevens, Authentication wie) {
        BesluitVastgelegd vastgelegd = besluitvorming.neem(LopendTraject.id(trajectId), besluit, gegevens, wie);
        return new BesluitVastgelegd(trajectId, vastgelegd.versie(), vastgelegd.positie());
    }

    @Schema(description = "Registratie van een lopend traject")
    record RegistreerLopendTrajectVerzoek(
            @Schema(description = "Kleine letters, cijfers en koppeltekens; zonder id kiest het register een UUID",
                    example = "regio-deal-5") @Size(max = 100) @Pattern(regexp = TRAJECT_ID) String trajectId,
            @Schema(example = "Regio Deal 5e tranche") @NotBlank @Size(max = 200) String naam,
            @Schema(description = "De verantwoordelijke departementen", example = "[\"VRO\"]")
            List<@NotNull Departement> departementen,
            @Schema(description = "Een andere verantwoordelijke overheid, als er geen departement is",
                    example = "Provincie Gelderland") @Size(max = 200) String andereOverheid,
            @Schema(description = "Sinds wanneer het traject loopt, als dat bekend is", example = "2024-01-01") LocalDate vanaf,
            @Schema(description = "Het bekende einde van de looptijd", example = "2027-12-31") LocalDate tot,
            @Schema(description = "In euro's, ten hoogste twee decimalen", example = "25000000.00")
            @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal bedrag,
            @Schema(description = "De omvang in andere termen; nodig zonder bedrag", example = "351 woningen")
            @VrijeTekst @Size(max = 2000) String omvang,
            @Schema(description = "Wat het programma kan doen om gaten te overbruggen of continuïteit te borgen",
                    example = "langjarige borging van projecten onder de deal") @VrijeTekst @Size(max = 4000)
            String actieVoorContinuiteit,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/regios/{regioId}/lopende-trajecten")
    @Neemt(RegistreerLopendTraject.class)
    @Operation(summary = "Registreer een lopend traject van de regio",
            description = "Het Rijk (rol BZK) of de regio zelf. Antwoordt met het id van het traject. Geweigerd voor "
                    + "een onbekende regio of een id dat al bestaat.")
    @ProbleemResponses
    BesluitVastgelegd registreerLopendTraject(@PathVariable String regioId,
                                              @Valid @RequestBody RegistreerLopendTrajectVerzoek verzoek,
                                              Authentication wie) {
        String trajectId = verzoek.trajectId() != null ? verzoek.trajectId() : UUID.randomUUID().toString();
        return neem(trajectId, new RegistreerLopendTraject(trajectId, regioId, verzoek.naam(),
                verzoek.departementen(), verzoek.andereOverheid(), verzoek.vanaf(), verzoek.tot(), verzoek.bedrag(),
                verzoek.omvang(), verzoek.actieVoorContinuiteit()), verzoek.besluit(), wie);
    }

    @Schema(description = "De beschrijving van een lopend traject zoals die nu is; vervangt de vorige geheel")
    record WerkLopendTrajectBijVerzoek(
            @Schema(description = "De regio van het traject", example = "achterhoek") @NotBlank String regioId,
            @Schema(example = "Regio Deal Achterhoek, 5e tranche") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "[\"VRO\"]") List<@NotNull Departement> departementen,
            @Schema(example = "Provincie Gelderland") @Size(max = 200) String andereOverheid,
            @Schema(description = "Sinds wanneer het traject loopt, als dat bekend is", example = "2024-01-01") LocalDate vanaf,
            @Schema(example = "2027-12-31") LocalDate tot,
            @Schema(example = "25000000.00")
            @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal bedrag,
            @Schema(example = "351 woningen") @VrijeTekst @Size(max = 2000) String omvang,
            @Schema(example = "Opijver, Grensland College, Routekaart LLO") @VrijeTekst @Size(max = 4000)
            String actieVoorContinuiteit,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/lopende-trajecten/{trajectId}/werk-bij")
    @Neemt(WerkLopendTrajectBij.class)
    @Operation(summary = "Werk de beschrijving van een lopend traject bij",
            description = "Het Rijk (rol BZK) of de regio van het traject. Geweigerd voor een gesloten traject.")
    @ProbleemResponses
    BesluitVastgelegd werkLopendTrajectBij(@PathVariable String trajectId,
                                           @Valid @RequestBody WerkLopendTrajectBijVerzoek verzoek,
                                           Authentication wie) {
        return neem(trajectId, new WerkLopendTrajectBij(trajectId, verzoek.regioId(), verzoek.naam(),
                verzoek.departementen(), verzoek.andereOverheid(), verzoek.vanaf(), verzoek.tot(), verzoek.bedrag(),
                verzoek.omvang(), verzoek.actieVoorContinuiteit()), verzoek.besluit(), wie);
    }

    @Schema(description = "Sluiting van een lopend traject")
    record SluitLopendTrajectVerzoek(
            @Schema(description = "De regio van het traject", example = "achterhoek") @NotBlank String regioId,
            @Schema(description = "Standaard de ingangsdatum van het besluit", example = "2028-01-01")
            LocalDate einddatum,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/lopende-trajecten/{trajectId}/sluit")
    @Neemt(SluitLopendTraject.class)
    @Operation(summary = "Sluit een lopend traject",
            description = "Het Rijk (rol BZK) of de regio van het traject. Geweigerd als het al gesloten is of als de "
                    + "einddatum voor het begin ligt.")
    @ProbleemResponses
    BesluitVastgelegd sluitLopendTraject(@PathVariable String trajectId,
                                         @Valid @RequestBody SluitLopendTrajectVerzoek verzoek, Authentication wie) {
        return neem(trajectId, new SluitLopendTraject(trajectId, verzoek.regioId(), verzoek.einddatum()),
                verzoek.besluit(), wie);
    }
}
