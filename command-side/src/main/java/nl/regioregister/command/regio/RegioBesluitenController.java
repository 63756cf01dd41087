package nl.regioregister.command.regio;

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
import nl.regioregister.events.Departement;
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.regio.Bestuursrol;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioSoort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/v1/regios")
@Tag(name = "Regio's", description = "Besluiten over een regio, haar programma's, haar aanspreekpunt en haar bestuur")
class RegioBesluitenController {

    private final Besluitvorming besluitvorming;

    RegioBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    // --- registration ---

    @Schema(description = "Registratie van een regio")
    record RegistreerRegioVerzoek(
            @Schema(description = "Kleine letters, cijfers en koppeltekens", example = "rivierenland")
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String regioId,
            @Schema(example = "Rivierenland") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "SAMENWERKINGSVERBAND_VAN_GEMEENTEN") @NotNull RegioSoort soort,
            @Schema(example = "[\"Gelderland\"]") List<@NotBlank @Size(max = 100) String> provincies,
            @Schema(example = "[\"Buren\", \"Culemborg\", \"Tiel\"]") List<@NotBlank @Size(max = 100) String> gemeenten,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping
    @Neemt(RegistreerRegio.class)
    @Operation(summary = "Registreer een regio",
            description = "Alleen het Rijk (rol BZK). Een regio wordt eenmaal geregistreerd.")
    @ProbleemResponses
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Regio geregistreerd; Location wijst naar de regio",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "/v1/regios/{regioId}", schema = @Schema(type = "string")))
    ResponseEntity<BesluitVastgelegd> registreerRegio(@Valid @RequestBody RegistreerRegioVerzoek verzoek,
                                                      Authentication wie) {
        BesluitVastgelegd vastgelegd = besluitvorming.neem(verzoek.regioId(),
                new RegistreerRegio(verzoek.regioId(), verzoek.naam(), verzoek.soort(), verzoek.provincies(),
                        verzoek.gemeenten()),
                verzoek.besluit(), wie);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{regioId}").buildAndExpand(verzoek.regioId()).toUri())
                .body(vastgelegd);
    }

    // --- programmes ---

    @Schema(description = "Opname van de regio in een programma")
    record NeemOpInProgrammaVerzoek(
            @Schema(example = "REGIO_DEAL") @NotNull Programma programma,
            @Schema(description = "Begin van de deelname; standaard de ingangsdatum van het besluit",
                    example = "2024-01-01") LocalDate vanaf,
            @Schema(description = "Welk deel, bijvoorbeeld de tranche van een Regio Deal",
                    example = "5e tranche") @VrijeTekst @Size(max = 1000) String omschrijving,
            @Schema(description = "De bijdrage van het Rijk in euro's, bijvoorbeeld die van een Regio Deal",
                    example = "25000000.00")
            @jakarta.validation.constraints.DecimalMin(value = "0.01", message = "een bedrag is groter dan nul")
            @jakarta.validation.constraints.Digits(integer = 13, fraction = 2,
                    message = "een bedrag is in euro's en centen, met hoogstens twee decimalen")
            java.math.BigDecimal rijksbijdrage,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/neem-op-in-programma")
    @Neemt(NeemOpInProgramma.class)
    @Operation(summary = "Neem de regio vanaf een datum op in een programma",
            description = "Alleen het Rijk (rol BZK). Geweigerd als de regio al aan het programma deelneemt, of als "
                    + "de nieuwe deelname begint voor het einde van de vorige.")
    @ProbleemResponses
    BesluitVastgelegd neemOpInProgramma(@PathVariable String regioId,
                                        @Valid @RequestBody NeemOpInProgrammaVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId,
                new NeemOpInProgramma(regioId, verzoek.programma(), verzoek.vanaf(), verzoek.omschrijving(),
                        verzoek.rijksbijdrage()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Einde van de deelname van de regio aan een programma")
    record BeeindigProgrammadeelnameVerzoek(
            @Schema(example = "REGIO_DEAL") @NotNull Programma programma,
            @Schema(description = "Vanaf deze datum neemt de regio niet meer deel; standaard de ingangsdatum van het "
                    + "besluit", example = "2028-01-01") LocalDate per,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/beeindig-programmadeelname")
    @Neemt(BeeindigProgrammadeelname.class)
    @Operation(summary = "Beëindig de deelname van de regio aan een programma",
            description = "Alleen het Rijk (rol BZK). Geweigerd als de regio niet deelneemt, of als het einde voor "
                    + "het begin van de deelname ligt.")
    @ProbleemResponses
    BesluitVastgelegd beeindigProgrammadeelname(@PathVariable String regioId,
                                                @Valid @RequestBody BeeindigProgrammadeelnameVerzoek verzoek,
                                                Authentication wie) {
        return besluitvorming.neem(regioId,
                new BeeindigProgrammadeelname(regioId, verzoek.programma(), verzoek.per()), verzoek.besluit(), wie);
    }

    // --- aanspreekpunt ---

    @Schema(description = "Plaatsing van het structurele aanspreekpunt bij een departement")
    record BelegAanspreekpuntVerzoek(
            @Schema(example = "IENW") @NotNull Departement departement,
            @Schema(description = "De beleidsmatige raakvlakken die de keuze voor dit departement dragen",
                    example = "bereikbaarheid en waterveiligheid")
            @NotBlank @VrijeTekst @Size(max = 2000) String beleidsmatigeRaakvlakken,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/beleg-aanspreekpunt")
    @Neemt(BelegAanspreekpunt.class)
    @Operation(summary = "Beleg het structurele aanspreekpunt van een regio buiten de nationale programma's",
            description = "Alleen het Rijk (rol BZK); motie Flach, Kamerstuk 29697-169. Bij het departement met de "
                    + "grootste beleidsmatige raakvlakken; vervangt een eerdere plaatsing. Geweigerd zolang de regio "
                    + "deelneemt aan NPVR, NPLV, NOVEX of een Regio Deal: die geven haar eigen contacten bij het Rijk.")
    @ProbleemResponses
    BesluitVastgelegd belegAanspreekpunt(@PathVariable String regioId,
                                         @Valid @RequestBody BelegAanspreekpuntVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId,
                new BelegAanspreekpunt(regioId, verzoek.departement(), verzoek.beleidsmatigeRaakvlakken()),
                verzoek.besluit(), wie);
    }

    // --- governance ---

    @Schema(description = "Benoeming van de rijksvertegenwoordiger")
    record BenoemRijksvertegenwoordigerVerzoek(
            @Schema(example = "J. de Vries") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "DG Mobiliteit") @Size(max = 200) String functie,
            @Schema(example = "IENW") @NotNull Departement departement,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/benoem-rijksvertegenwoordiger")
    @Neemt(BenoemRijksvertegenwoordiger.class)
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

    @Schema(description = "Benoeming van de ambtelijk regioadviseur")
    record BenoemRegioadviseurVerzoek(
            @Schema(example = "P. de Boer") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "regio-coördinator") @Size(max = 200) String functie,
            @Schema(description = "Meestal BZK", example = "BZK") @NotNull Departement departement,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/benoem-regioadviseur")
    @Neemt(BenoemRegioadviseur.class)
    @Operation(summary = "Benoem de ambtelijk regioadviseur van de regio",
            description = "Alleen het Rijk (rol BZK). Vervangt de vorige regioadviseur.")
    @ProbleemResponses
    BesluitVastgelegd benoemRegioadviseur(@PathVariable String regioId,
                                          @Valid @RequestBody BenoemRegioadviseurVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId,
                new BenoemRegioadviseur(regioId, verzoek.naam(), verzoek.functie(), verzoek.departement()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Aanwijzing van de bestuurlijk trekker: een bestuurder uit de regio")
    record WijsBestuurlijkTrekkerAanVerzoek(
            @Schema(example = "A. Bakker") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "wethouder") @NotBlank @Size(max = 200) String functie,
            @Schema(example = "gemeente Doetinchem") @NotBlank @Size(max = 200) String organisatie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/wijs-bestuurlijk-trekker-aan")
    @Neemt(WijsBestuurlijkTrekkerAan.class)
    @Operation(summary = "Wijs een bestuurder uit de regio aan als bestuurlijk trekker",
            description = "Alleen de regio zelf. Vervangt de vorige bestuurlijk trekker.")
    @ProbleemResponses
    BesluitVastgelegd wijsBestuurlijkTrekkerAan(@PathVariable String regioId,
                                                @Valid @RequestBody WijsBestuurlijkTrekkerAanVerzoek verzoek,
                                                Authentication wie) {
        return besluitvorming.neem(regioId,
                new WijsBestuurlijkTrekkerAan(regioId, verzoek.naam(), verzoek.functie(), verzoek.organisatie()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Aanstelling van een medewerker van de regio")
    record StelAanVerzoek(
            @Schema(example = "M. Jansen") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "Programmamanager NPVR") @Size(max = 200) String functie,
            @Schema(example = "Regio Achterhoek") @Size(max = 200) String organisatie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/stel-programmamanager-aan")
    @Neemt(StelProgrammamanagerAan.class)
    @Operation(summary = "Stel de programmamanager van de regio aan",
            description = "Alleen de regio zelf. Vervangt de vorige programmamanager.")
    @ProbleemResponses
    BesluitVastgelegd stelProgrammamanagerAan(@PathVariable String regioId,
                                              @Valid @RequestBody StelAanVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId,
                new StelProgrammamanagerAan(regioId, verzoek.naam(), verzoek.functie(), verzoek.organisatie()),
                verzoek.besluit(), wie);
    }

    @PostMapping("/{regioId}/stel-programmamedewerker-aan")
    @Neemt(StelProgrammamedewerkerAan.class)
    @Operation(summary = "Stel de programmamedewerker van de regio aan",
            description = "Alleen de regio zelf. Vervangt de vorige programmamedewerker.")
    @ProbleemResponses
    BesluitVastgelegd stelProgrammamedewerkerAan(@PathVariable String regioId,
                                                 @Valid @RequestBody StelAanVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId,
                new StelProgrammamedewerkerAan(regioId, verzoek.naam(), verzoek.functie(), verzoek.organisatie()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Voorkeur van de regio voor haar voorkeursdepartement")
    record SpreekDepartementsvoorkeurUitVerzoek(
            @Schema(example = "IENW") @NotNull Departement voorkeur,
            @Schema(description = "Een ander departement dan de voorkeur", example = "VRO") Departement alternatief,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/spreek-departementsvoorkeur-uit")
    @Neemt(SpreekDepartementsvoorkeurUit.class)
    @Operation(summary = "Spreek de voorkeur van de regio voor een voorkeursdepartement uit",
            description = "Alleen de regio zelf. Het Rijk beslist; zie wijs-voorkeursdepartement-aan.")
    @ProbleemResponses
    BesluitVastgelegd spreekDepartementsvoorkeurUit(@PathVariable String regioId,
                                                    @Valid @RequestBody SpreekDepartementsvoorkeurUitVerzoek verzoek,
                                                    Authentication wie) {
        return besluitvorming.neem(regioId,
                new SpreekDepartementsvoorkeurUit(regioId, verzoek.voorkeur(), verzoek.alternatief()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Aanwijzing van het voorkeursdepartement en zijn ambtelijk trekker")
    record WijsVoorkeursdepartementAanVerzoek(
            @Schema(example = "IENW") @NotNull Departement departement,
            @Schema(description = "Leeg zolang de trekker niet bekend is", example = "R. Mulder")
            @Size(max = 200) String ambtelijkTrekker,
            @Schema(example = "directeur Regionale Bereikbaarheid") @Size(max = 200) String ambtelijkTrekkerFunctie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/wijs-voorkeursdepartement-aan")
    @Neemt(WijsVoorkeursdepartementAan.class)
    @Operation(summary = "Wijs het voorkeursdepartement van de regio en zijn ambtelijk trekker aan",
            description = "Alleen het Rijk (rol BZK); mag afwijken van de voorkeur van de regio. Vervangt het vorige "
                    + "departement en de vorige trekker; zonder trekker is die rol vacant.")
    @ProbleemResponses
    BesluitVastgelegd wijsVoorkeursdepartementAan(@PathVariable String regioId,
                                                  @Valid @RequestBody WijsVoorkeursdepartementAanVerzoek verzoek,
                                                  Authentication wie) {
        return besluitvorming.neem(regioId,
                new WijsVoorkeursdepartementAan(regioId, verzoek.departement(), verzoek.ambtelijkTrekker(),
                        verzoek.ambtelijkTrekkerFunctie()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Einde van een benoeming")
    record BeeindigBenoemingVerzoek(
            @Schema(example = "PROGRAMMAMANAGER") @NotNull Bestuursrol rol,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/beeindig-benoeming")
    @Neemt(BeeindigBenoeming.class)
    @Operation(summary = "Beëindig de benoeming in een rol; de rol is daarna vacant",
            description = "Het Rijk (rol BZK) voor rijksvertegenwoordiger, regioadviseur en ambtelijk trekker van het "
                    + "voorkeursdepartement; de regio zelf voor bestuurlijk trekker, programmamanager en "
                    + "programmamedewerker. Geweigerd als de rol vacant is.")
    @ProbleemResponses
    BesluitVastgelegd beeindigBenoeming(@PathVariable String regioId,
                                        @Valid @RequestBody BeeindigBenoemingVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(regioId, new BeeindigBenoeming(regioId, verzoek.rol()), verzoek.besluit(), wie);
    }
}
