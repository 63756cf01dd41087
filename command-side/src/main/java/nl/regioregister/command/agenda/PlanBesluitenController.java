package nl.regioregister.command.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.regioregister.command.agenda.AgendaVerzoeken.DocumentVerzoek;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Decisions on a region's plan voor de regio. Every decision after submission names the version it concerns. */
@RestController
@RequestMapping("/v1/regios/{regioId}/plan")
@Tag(name = "Plan voor de regio", description = "Indienen, terugsturen, akkoord, vaststellen en intrekken van het "
        + "plan voor de regio (langjarige agenda NPVR, deel 1)")
class PlanBesluitenController {

    private final Besluitvorming besluitvorming;

    PlanBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Een (nieuwe versie van het) plan voor de regio")
    record DienPlanInVerzoek(
            @Schema(description = "Tekst of samenvatting per hoofdstuk; alle vier de hoofdstukken van bijlage 1",
                    example = "{\"INTRODUCTIE\": \"Achterhoek Visie 2050\", \"PROBLEEMANALYSE\": \"Vergrijzing en "
                            + "ontgroening\", \"HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF\": \"Regio Deal\", "
                            + "\"ORGANISATIE\": \"Stuurgroep NPVR\"}")
            @VrijeTekst @NotNull Map<Hoofdstuk, @Size(max = 20000) String> hoofdstukken,
            @Schema(description = "Het jaar waarnaar het toekomstbeeld kijkt", example = "2050")
            @NotNull @Min(2026) @Max(2100) Integer visiejaar,
            @Schema(description = "De regionale doorvertaling van elk van de drie NPVR-doelstellingen",
                    example = "{\"VEILIGE_EN_LEEFBARE_REGIO\": \"Passende woningbouw\", "
                            + "\"DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU\": \"Bereikbaarheid\", "
                            + "\"GEZONDE_EN_KANSRIJKE_TOEKOMST\": \"Arbeidsmarkt\"}")
            @VrijeTekst @NotNull Map<Doelstelling, @Size(max = 20000) String> doorvertaling,
            @NotNull @Valid DocumentVerzoek document,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Terugsturen van de ingediende versie met opmerkingen")
    record StuurPlanTerugVerzoek(
            @Schema(example = "2") @NotNull @Positive Integer versie,
            @Schema(example = "Werk de organisatie en de rol van het Rijk verder uit")
            @NotBlank @VrijeTekst @Size(max = 20000) String opmerkingen,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Een besluit over één versie van het plan")
    record PlanVersieVerzoek(
            @Schema(example = "2") @NotNull @Positive Integer versie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/dien-in")
    @Neemt(DienPlanIn.class)
    @Operation(summary = "De regio dient (een nieuwe versie van) haar plan voor de regio in",
            description = "Alleen de regio zelf. Elke indiening is een nieuwe versie (1, 2, ...); een vastgestelde "
                    + "versie blijft gelden tot een latere is vastgesteld. Alle vier de hoofdstukken en de "
                    + "doorvertaling van alle drie de doelstellingen zijn verplicht. De streefdatum van het "
                    + "programma (rond de zomer van 2025, GET /v1/programmas/npvr) wordt niet afgedwongen.")
    @ProbleemResponses
    BesluitVastgelegd dienIn(@PathVariable String regioId, @Valid @RequestBody DienPlanInVerzoek verzoek,
                             Authentication wie) {
        return neem(regioId, new DienPlanIn(regioId, verzoek.hoofdstukken(), verzoek.visiejaar(),
                verzoek.doorvertaling(), DocumentVerzoek.van(verzoek.document())), verzoek.besluit(), wie);
    }

    @PostMapping("/stuur-terug")
    @Neemt(StuurPlanTerug.class)
    @Operation(summary = "Het Rijk stuurt de ingediende versie terug met opmerkingen",
            description = "Alleen het Rijk (rol BZK). De regio kan daarna een nieuwe versie indienen.")
    @ProbleemResponses
    BesluitVastgelegd stuurTerug(@PathVariable String regioId, @Valid @RequestBody StuurPlanTerugVerzoek verzoek,
                                 Authentication wie) {
        return neem(regioId, new StuurPlanTerug(regioId, verzoek.versie(), verzoek.opmerkingen()), verzoek.besluit(),
                wie);
    }

    @PostMapping("/geef-akkoord-regio")
    @Neemt(GeefAkkoordRegioOpPlan.class)
    @Operation(summary = "De regio geeft akkoord op de ingediende versie",
            description = "Alleen de regio zelf, eenmaal per versie, en alleen op de versie die ingediend ligt.")
    @ProbleemResponses
    BesluitVastgelegd geefAkkoordRegio(@PathVariable String regioId, @Valid @RequestBody PlanVersieVerzoek verzoek,
                                       Authentication wie) {
        return neem(regioId, new GeefAkkoordRegioOpPlan(regioId, verzoek.versie()), verzoek.besluit(), wie);
    }

    @PostMapping("/geef-akkoord-rijk")
    @Neemt(GeefAkkoordRijkOpPlan.class)
    @Operation(summary = "Het Rijk geeft akkoord op de ingediende versie",
            description = "Alleen het Rijk (rol BZK), eenmaal per versie, en alleen op de versie die ingediend ligt.")
    @ProbleemResponses
    BesluitVastgelegd geefAkkoordRijk(@PathVariable String regioId, @Valid @RequestBody PlanVersieVerzoek verzoek,
                                      Authentication wie) {
        return neem(regioId, new GeefAkkoordRijkOpPlan(regioId, verzoek.versie()), verzoek.besluit(), wie);
    }

    @PostMapping("/stel-vast")
    @Neemt(StelVast.class)
    @Operation(summary = "Het Rijk stelt de versie vast waarop regio en Rijk beide akkoord gaven",
            description = "Alleen het Rijk (rol BZK). Geweigerd (regel akkoord-ontbreekt) zolang het akkoord van de "
                    + "regio, het Rijk of beide op die versie ontbreekt.")
    @ProbleemResponses
    BesluitVastgelegd stelVast(@PathVariable String regioId, @Valid @RequestBody PlanVersieVerzoek verzoek,
                               Authentication wie) {
        return neem(regioId, StelVast.plan(regioId, verzoek.versie()), verzoek.besluit(), wie);
    }

    @PostMapping("/trek-in")
    @Neemt(TrekPlanIn.class)
    @Operation(summary = "De regio trekt de ingediende versie in",
            description = "Alleen de regio zelf, en alleen voor vaststelling; een eerder vastgestelde versie blijft "
                    + "gelden.")
    @ProbleemResponses
    BesluitVastgelegd trekIn(@PathVariable String regioId, @Valid @RequestBody PlanVersieVerzoek verzoek,
                             Authentication wie) {
        return neem(regioId, new TrekPlanIn(regioId, verzoek.versie()), verzoek.besluit(), wie);
    }

    private BesluitVastgelegd neem(String regioId, AgendaBesluit besluit, BesluitGegevens gegevens,
                                   Authentication wie) {
        return besluitvorming.neem(LangjarigeAgenda.id(regioId), besluit, gegevens, wie);
    }
}
