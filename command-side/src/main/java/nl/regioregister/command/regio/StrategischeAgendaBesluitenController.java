package nl.regioregister.command.regio;

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
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.regio.Ontwikkelfase;
import nl.regioregister.events.regio.SamenhangendTraject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every decision here may be recorded by BZK or by the region itself; the agenda is identified by its region. */
@RestController
@RequestMapping("/v1/strategische-agendas")
@Tag(name = "Strategische agenda's", description = "De strategische agenda van een regio en het Rijk "
        + "(Werkwijze Strategische Agenda's regio en Rijk, 1 juli 2026)")
class StrategischeAgendaBesluitenController {

    private final Besluitvorming besluitvorming;

    StrategischeAgendaBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    private BesluitVastgelegd neem(String regioId, Object besluit, BesluitGegevens gegevens, Authentication wie) {
        return besluitvorming.neem(StrategischeAgenda.id(regioId), besluit, gegevens, wie);
    }

    @Schema(description = "Het initiatief van de regio")
    record LegRegionaalInitiatiefVastVerzoek(
            @Schema(example = "Zeeland werkt met overheden, ondernemers en onderwijs aan een toekomstvisie en agenda")
            @NotBlank @VrijeTekst @Size(max = 4000) String omschrijving,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/leg-regionaal-initiatief-vast")
    @Neemt(LegRegionaalInitiatiefVast.class)
    @Operation(summary = "Leg het initiatief van de regio voor een strategische agenda vast",
            description = "Zonder regionaal initiatief wordt de agenda niet vastgesteld; fase, kansen en samenhang "
                    + "worden ook eerder vastgelegd. Vervangt een eerdere omschrijving.")
    @ProbleemResponses
    BesluitVastgelegd legRegionaalInitiatiefVast(@PathVariable String regioId,
                                                 @Valid @RequestBody LegRegionaalInitiatiefVastVerzoek verzoek,
                                                 Authentication wie) {
        return neem(regioId, new LegRegionaalInitiatiefVast(regioId, verzoek.omschrijving()), verzoek.besluit(), wie);
    }

    @Schema(description = "De ontwikkelfase van de regio")
    record LegOntwikkelfaseVastVerzoek(
            @Schema(example = "UITGEWERKTE_VISIE") @NotNull Ontwikkelfase fase,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/leg-ontwikkelfase-vast")
    @Neemt(LegOntwikkelfaseVast.class)
    @Operation(summary = "Leg de ontwikkelfase van de regio vast",
            description = "Geweigerd zonder regionaal initiatief. Vervangt een eerdere fase.")
    @ProbleemResponses
    BesluitVastgelegd legOntwikkelfaseVast(@PathVariable String regioId,
                                           @Valid @RequestBody LegOntwikkelfaseVastVerzoek verzoek,
                                           Authentication wie) {
        return neem(regioId, new LegOntwikkelfaseVast(regioId, verzoek.fase()), verzoek.besluit(), wie);
    }

    @Schema(description = "Een gezamenlijke ontwikkelkans met meerwaarde voor regio en Rijk")
    record BenoemGezamenlijkeKansVerzoek(
            @Schema(description = "Identificeert de kans binnen de agenda", example = "Energiehaven")
            @NotBlank @Size(max = 200) String titel,
            @Schema(example = "Een haven voor wind op zee") @VrijeTekst @Size(max = 4000) String omschrijving,
            @Schema(example = "werkgelegenheid in de regio") @NotBlank @VrijeTekst @Size(max = 4000) String meerwaardeRegio,
            @Schema(example = "de energietransitie") @NotBlank @VrijeTekst @Size(max = 4000) String meerwaardeRijk,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/benoem-gezamenlijke-kans")
    @Neemt(BenoemGezamenlijkeKans.class)
    @Operation(summary = "Benoem een gezamenlijke ontwikkelkans van regio en Rijk",
            description = "Geweigerd zonder regionaal initiatief, of als een kans met dezelfde titel al is benoemd.")
    @ProbleemResponses
    BesluitVastgelegd benoemGezamenlijkeKans(@PathVariable String regioId,
                                             @Valid @RequestBody BenoemGezamenlijkeKansVerzoek verzoek,
                                             Authentication wie) {
        return neem(regioId, new BenoemGezamenlijkeKans(regioId, verzoek.titel(), verzoek.omschrijving(),
                verzoek.meerwaardeRegio(), verzoek.meerwaardeRijk()), verzoek.besluit(), wie);
    }

    @Schema(description = "Een gezamenlijke kans die vervalt")
    record LaatGezamenlijkeKansVallenVerzoek(
            @Schema(example = "Energiehaven") @NotBlank @Size(max = 200) String titel,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/laat-gezamenlijke-kans-vallen")
    @Neemt(LaatGezamenlijkeKansVallen.class)
    @Operation(summary = "Laat een gezamenlijke kans vallen",
            description = "Geweigerd als er geen kans met die titel is benoemd.")
    @ProbleemResponses
    BesluitVastgelegd laatGezamenlijkeKansVallen(@PathVariable String regioId,
                                                 @Valid @RequestBody LaatGezamenlijkeKansVallenVerzoek verzoek,
                                                 Authentication wie) {
        return neem(regioId, new LaatGezamenlijkeKansVallen(regioId, verzoek.titel()), verzoek.besluit(), wie);
    }

    @Schema(description = "De lopende trajecten waarmee de agenda samenhangt")
    record LegSamenhangMetTrajectenVastVerzoek(
            @Schema(example = "[\"NOVEX\", \"RUIMTE_VOOR_ECONOMIE\"]") List<@NotNull SamenhangendTraject> trajecten,
            @Schema(example = "[\"Regio Deal Zeeuws-Vlaanderen\"]")
            List<@NotBlank @Size(max = 200) String> overigeTrajecten,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/leg-samenhang-met-trajecten-vast")
    @Neemt(LegSamenhangMetTrajectenVast.class)
    @Operation(summary = "Leg vast met welke lopende trajecten de agenda samenhangt",
            description = "Vervangt eerdere lijsten; lege lijsten leggen vast dat er geen zijn.")
    @ProbleemResponses
    BesluitVastgelegd legSamenhangMetTrajectenVast(@PathVariable String regioId,
                                                   @Valid @RequestBody LegSamenhangMetTrajectenVastVerzoek verzoek,
                                                   Authentication wie) {
        return neem(regioId, new LegSamenhangMetTrajectenVast(regioId, verzoek.trajecten(),
                verzoek.overigeTrajecten()), verzoek.besluit(), wie);
    }

    @Schema(description = "Vaststelling van de strategische agenda")
    record StelStrategischeAgendaVastVerzoek(
            @Schema(description = "Standaard de ingangsdatum van het besluit", example = "2027-03-01")
            LocalDate vastgesteldOp,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/stel-strategische-agenda-vast")
    @Neemt(StelStrategischeAgendaVast.class)
    @Operation(summary = "Stel de strategische agenda vast",
            description = "Vraagt een regionaal initiatief, een gezamenlijke kans, een vastgelegde samenhang met "
                    + "lopende trajecten en het akkoord van regio en Rijk op de agenda zoals die nu is, in elke "
                    + "ontwikkelfase. Een gewijzigde agenda wordt vastgesteld als volgende versie; een ongewijzigde "
                    + "niet opnieuw.")
    @ProbleemResponses
    BesluitVastgelegd stelStrategischeAgendaVast(@PathVariable String regioId,
                                                 @Valid @RequestBody StelStrategischeAgendaVastVerzoek verzoek,
                                                 Authentication wie) {
        return neem(regioId, new StelStrategischeAgendaVast(regioId, verzoek.vastgesteldOp()), verzoek.besluit(), wie);
    }

    @Schema(description = "Akkoord van één kant op de strategische agenda")
    record GeefAkkoordVerzoek(@NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{regioId}/geef-akkoord-op-strategische-agenda")
    @Neemt(GeefAkkoordOpStrategischeAgenda.class)
    @Operation(summary = "Geef akkoord op de strategische agenda zoals die nu is",
            description = "De regio zelf (rol REGIO) of het Rijk (rol BZK): wie het vastlegt bepaalt de kant. Een "
                    + "wijziging van de agenda na een akkoord vraagt een nieuw akkoord.")
    @ProbleemResponses
    BesluitVastgelegd geefAkkoord(@PathVariable String regioId, @Valid @RequestBody GeefAkkoordVerzoek verzoek,
                                  Authentication wie) {
        return neem(regioId, new GeefAkkoordOpStrategischeAgenda(regioId), verzoek.besluit(), wie);
    }
}
