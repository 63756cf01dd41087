package nl.regioregister.command.programma;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/programmas/{programma}")
@Tag(name = "Programmabesluiten", description = "Het programma zelf als besluiten van het kabinet: start, "
        + "parameters en programma's die erin opgaan")
class ProgrammaBesluitenController {

    private final Besluitvorming besluitvorming;

    ProgrammaBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "De start van een programma met zijn parameters")
    record StartProgrammaVerzoek(
            @Schema(example = "2025") @NotNull Integer eersteJaar,
            @Schema(description = "Laatste jaar van de programmahorizon", example = "2044") @NotNull Integer laatsteJaar,
            @Schema(description = "Procesmiddelen per regio per jaar, als het besluit die noemt", example = "350000.00")
            BigDecimal procesmiddelenPerJaar,
            @Schema(example = "2027") Integer procesmiddelenTotEnMetJaar,
            @Schema(example = "2025-02-01") LocalDate kassierUiterlijk,
            @Schema(example = "2025-09-22") LocalDate planStreefdatum,
            @Schema(example = "2025-12-31") LocalDate uitvoeringsagendaStreefdatum,
            @Schema(example = "[\"BZK\", \"VWS\"]") List<@NotNull Departement> departementen,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Een later besluit dat parameters van het programma wijzigt; wat het niet noemt blijft")
    record WijzigProgrammaparametersVerzoek(
            @Schema(example = "2049") Integer laatsteJaar,
            @Schema(example = "400000.00") BigDecimal procesmiddelenPerJaar,
            @Schema(example = "2030") Integer procesmiddelenTotEnMetJaar,
            @Schema(example = "2025-02-01") LocalDate kassierUiterlijk,
            @Schema(example = "2025-09-22") LocalDate planStreefdatum,
            @Schema(example = "2026-06-30") LocalDate uitvoeringsagendaStreefdatum,
            @Schema(description = "De volledige lijst vanaf de ingangsdatum", example = "[\"BZK\", \"DEF\"]")
            List<@NotNull Departement> departementen,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Een bestaand programma dat opgaat in dit programma")
    record LaatProgrammaOpgaanVerzoek(
            @Schema(example = "Regio's aan de Grens") @NotBlank @Size(max = 200) String opgegaanProgramma,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Neemt(StartProgramma.class)
    @PostMapping("/start")
    @Operation(summary = "Leg het kabinetsbesluit vast dat het programma start, met zijn parameters",
            description = "Alleen het Rijk (rol BZK). Een programma start eenmaal (409 programma-al-gestart); een later "
                    + "besluit wijzigt zijn parameters. De regels en signalen lezen de parameters die op hun datum "
                    + "gelden.")
    @ProbleemResponses
    BesluitVastgelegd start(@PathVariable String programma, @Valid @RequestBody StartProgrammaVerzoek verzoek,
                            Authentication wie) {
        StartProgramma besluit = new StartProgramma(programma(programma), verzoek.eersteJaar(), verzoek.laatsteJaar(),
                verzoek.procesmiddelenPerJaar(), verzoek.procesmiddelenTotEnMetJaar(), verzoek.kassierUiterlijk(),
                verzoek.planStreefdatum(), verzoek.uitvoeringsagendaStreefdatum(), verzoek.departementen());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Neemt(WijzigProgrammaparameters.class)
    @PostMapping("/wijzig-parameters")
    @Operation(summary = "Leg een later besluit vast dat parameters van het programma wijzigt",
            description = "Alleen het Rijk (rol BZK). Geldt vanaf de ingangsdatum van het besluit; eerdere data houden "
                    + "de parameters van toen. 404 programma-niet-gestart voor een programma zonder startbesluit; 400 "
                    + "als de parameters niet kloppen (horizon, jaren van de procesmiddelen, bedrag).")
    @ProbleemResponses
    BesluitVastgelegd wijzig(@PathVariable String programma, @Valid @RequestBody WijzigProgrammaparametersVerzoek verzoek,
                             Authentication wie) {
        WijzigProgrammaparameters besluit = new WijzigProgrammaparameters(programma(programma), verzoek.laatsteJaar(),
                verzoek.procesmiddelenPerJaar(), verzoek.procesmiddelenTotEnMetJaar(), verzoek.kassierUiterlijk(),
                verzoek.planStreefdatum(), verzoek.uitvoeringsagendaStreefdatum(), verzoek.departementen());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Neemt(LaatProgrammaOpgaan.class)
    @PostMapping("/laat-opgaan")
    @Operation(summary = "Leg vast dat een bestaand programma opgaat in dit programma",
            description = "Alleen het Rijk (rol BZK), bijvoorbeeld Regio's aan de Grens in het NPVR (Kamerbrief 20 "
                    + "december 2024). 409 programma-al-opgegaan als het al was opgegaan.")
    @ProbleemResponses
    BesluitVastgelegd laatOpgaan(@PathVariable String programma, @Valid @RequestBody LaatProgrammaOpgaanVerzoek verzoek,
                                 Authentication wie) {
        LaatProgrammaOpgaan besluit = new LaatProgrammaOpgaan(programma(programma), verzoek.opgegaanProgramma());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    /** The programme in the path in kebab-case ({@code npvr}, {@code regio-deal}); unknown is 404. */
    static Programma programma(String pad) {
        String naam = pad.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Programma.values()).filter(p -> p.name().equals(naam)).findFirst()
                .orElseThrow(() -> new ProgrammaNietGestart(pad));
    }
}
