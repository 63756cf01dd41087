package nl.regioregister.command.procesmiddelen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regios/{regioId}")
@Tag(name = "Procesmiddelen", description = "De regiokassier en de procesmiddelen van een NPVR-regio: toekenning, "
        + "uitbetaling als decentralisatie-uitkering, btw-teruggave, overdracht en besteding")
class ProcesmiddelenBesluitenController {

    private static final String CENTEN = "een bedrag is in euro's en centen, met hoogstens twee decimalen";
    private static final String POSITIEF = "een bedrag is groter dan nul";
    private static final String NIET_NEGATIEF = "een bedrag is niet negatief";

    private final Besluitvorming besluitvorming;

    ProcesmiddelenBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Aanwijzing van de regiokassier")
    record WijsRegiokassierAanVerzoek(
            @Schema(example = "GEMEENTE") @NotNull Kassiersoort soort,
            @Schema(example = "Gemeente Doetinchem") @NotBlank @Size(max = 200) String naam,
            @Schema(example = "DOORGEVEN_AAN_SAMENWERKINGSVERBAND") @NotNull Beheervorm beheervorm,
            @Schema(description = "Alleen bij doorgeven: het samenwerkingsverband, bijvoorbeeld een openbaar lichaam "
                    + "(Wgr)", example = "Regio Achterhoek") @Size(max = 200) String samenwerkingsverband,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/wijs-regiokassier-aan")
    @Neemt(WijsRegiokassierAan.class)
    @Operation(summary = "Wijs de gemeente of provincie aan die de procesmiddelen voor de regio ontvangt en beheert",
            description = "Alleen de regio zelf. Vervangt de vorige regiokassier. De regio's moesten hun kassier "
                    + "aanwijzen vóór de datum die het programma noemt (1 februari 2025, GET /v1/programmas/npvr); een "
                    + "latere aanwijzing wordt aangenomen en als te laat getoond.")
    @ProbleemResponses
    BesluitVastgelegd wijsRegiokassierAan(@PathVariable String regioId,
                                          @Valid @RequestBody WijsRegiokassierAanVerzoek verzoek,
                                          Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new WijsRegiokassierAan(regioId, verzoek.soort(), verzoek.naam(), verzoek.beheervorm(),
                        verzoek.samenwerkingsverband()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Toekenning van de procesmiddelen voor een jaar")
    record KenToeVerzoek(
            @Schema(example = "2025") @NotNull Integer jaar,
            @Schema(description = "Euro's en centen", example = "350000.00")
            @NotNull @Positive(message = POSITIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal bedrag,
            @Schema(description = "De inschatting van de regio van de compensabele btw in het bedrag; gaat naar het "
                    + "btw-compensatiefonds", example = "8677.69")
            @NotNull @PositiveOrZero(message = NIET_NEGATIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal geschatteCompensabeleBtw,
            @Schema(description = "Verplicht wanneer het bedrag hoger is dan het jaarbedrag van het programma dat op "
                    + "de ingangsdatum geldt (€ 350.000,00 sinds 22 januari 2025)")
            @VrijeTekst @Size(max = 4000) String redenAfwijking,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/ken-toe")
    @Neemt(KenProcesmiddelenToe.class)
    @Operation(summary = "Ken de procesmiddelen voor een jaar toe",
            description = "Alleen het Rijk (rol BZK). Eenmaal per jaar van de financieringsperiode (de jaren van de "
                    + "procesmiddelen die het programma op de ingangsdatum noemt, 2025-2027, tenzij verlengd), ook "
                    + "voordat de regio een regiokassier aanwees (die is nodig om uit te betalen); meer dan het "
                    + "jaarbedrag van het programma (€ 350.000,00) alleen met een reden. Een toekenning wordt gewijzigd "
                    + "met wijzig-toekenning.")
    @ProbleemResponses
    BesluitVastgelegd kenToe(@PathVariable String regioId, @Valid @RequestBody KenToeVerzoek verzoek,
                             Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new KenProcesmiddelenToe(regioId, verzoek.jaar(), verzoek.bedrag(),
                        verzoek.geschatteCompensabeleBtw(), verzoek.redenAfwijking()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Wijziging van de toekenning van een jaar")
    record WijzigToekenningVerzoek(
            @Schema(description = "Euro's en centen", example = "350000.00")
            @NotNull @Positive(message = POSITIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal bedrag,
            @Schema(description = "De gewijzigde inschatting van de compensabele btw", example = "0.00")
            @NotNull @PositiveOrZero(message = NIET_NEGATIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal geschatteCompensabeleBtw,
            @Schema(description = "Verplicht wanneer het bedrag hoger is dan het jaarbedrag van € 350.000,00")
            @Size(max = 4000) String redenAfwijking,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/{jaar}/wijzig-toekenning")
    @Neemt(WijzigProcesmiddelenToekenning.class)
    @Operation(summary = "Wijzig de toekenning van de procesmiddelen van een jaar",
            description = "Alleen het Rijk (rol BZK), op een toegekend jaar; bijvoorbeeld op het verzoek van de regio "
                    + "een deel zonder btw-afdracht uit te keren. Een al gedane uitbetaling blijft wat zij was.")
    @ProbleemResponses
    BesluitVastgelegd wijzigToekenning(@PathVariable String regioId, @PathVariable int jaar,
                                       @Valid @RequestBody WijzigToekenningVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new WijzigProcesmiddelenToekenning(regioId, jaar, verzoek.bedrag(),
                        verzoek.geschatteCompensabeleBtw(), verzoek.redenAfwijking()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Uitbetaling van de toegekende procesmiddelen van een jaar")
    record BetaalUitVerzoek(@NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/{jaar}/betaal-uit")
    @Neemt(BetaalProcesmiddelenUit.class)
    @Operation(summary = "Betaal de toegekende procesmiddelen van een jaar uit als decentralisatie-uitkering",
            description = "Alleen het Rijk (rol BZK). Via het Gemeentefonds of het Provinciefonds, naar de soort "
                    + "regiokassier; uitgekeerd wordt het toegekende bedrag min de geschatte compensabele btw, die in "
                    + "het btw-compensatiefonds wordt gestort. Eenmaal per jaar, alleen aan een aangewezen regiokassier.")
    @ProbleemResponses
    BesluitVastgelegd betaalUit(@PathVariable String regioId, @PathVariable int jaar,
                                @Valid @RequestBody BetaalUitVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId), new BetaalProcesmiddelenUit(regioId, jaar),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Btw die de regiokassier uit het btw-compensatiefonds terugkreeg")
    record BtwTeruggaveVerzoek(
            @Schema(description = "Euro's en centen", example = "2100.00")
            @NotNull @Positive(message = POSITIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal bedrag,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/{jaar}/registreer-btw-teruggave")
    @Neemt(RegistreerBtwTeruggave.class)
    @Operation(summary = "Registreer btw die de regiokassier voor een jaar terugkreeg uit het btw-compensatiefonds",
            description = "De regio of het Rijk. Het bedrag wordt besteedbaar in dat jaar. Meer terug dan voor dat "
                    + "jaar in het fonds is gestort wordt vastgelegd en als signaal getoond.")
    @ProbleemResponses
    BesluitVastgelegd registreerBtwTeruggave(@PathVariable String regioId, @PathVariable int jaar,
                                             @Valid @RequestBody BtwTeruggaveVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new RegistreerBtwTeruggave(regioId, jaar, verzoek.bedrag()), verzoek.besluit(), wie);
    }

    @Schema(description = "Overdracht van niet bestede middelen naar een later jaar")
    record DraagOverVerzoek(
            @Schema(example = "2026") @NotNull Integer naarJaar,
            @Schema(description = "Euro's en centen", example = "50000.00")
            @NotNull @Positive(message = POSITIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal bedrag,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/{jaar}/draag-over")
    @Neemt(DraagProcesmiddelenOver.class)
    @Operation(summary = "Draag niet bestede procesmiddelen van een jaar over naar een later jaar",
            description = "Alleen de regio zelf. Meer dan in dat jaar beschikbaar is (uitgekeerd plus teruggekregen "
                    + "btw, plus overgedragen naar, min overgedragen uit en besteed) wordt vastgelegd en als signaal "
                    + "getoond.")
    @ProbleemResponses
    BesluitVastgelegd draagOver(@PathVariable String regioId, @PathVariable int jaar,
                                @Valid @RequestBody DraagOverVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new DraagProcesmiddelenOver(regioId, jaar, verzoek.naarJaar(), verzoek.bedrag()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Besteding van procesmiddelen")
    record BestedingVerzoek(
            @Schema(example = "PERSONEEL") @NotNull Bestedingscategorie categorie,
            @Schema(description = "Euro's en centen, inclusief betaalde btw", example = "120000.00")
            @NotNull @Positive(message = POSITIEF) @Digits(integer = 12, fraction = 2, message = CENTEN)
            BigDecimal bedrag,
            @Schema(description = "Waaraan; verplicht bij OVERIG", example = "Programmamanager NPVR, 0,8 fte")
            @VrijeTekst @Size(max = 1000) String omschrijving,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/{jaar}/registreer-besteding")
    @Neemt(RegistreerBesteding.class)
    @Operation(summary = "Registreer een besteding van de procesmiddelen van een jaar",
            description = "Alleen de regio zelf. Ook voor de uitkering binnen is (voorfinanciering door de kassier): "
                    + "een jaar waarin meer is besteed dan beschikbaar is, wordt als signaal getoond.")
    @ProbleemResponses
    BesluitVastgelegd registreerBesteding(@PathVariable String regioId, @PathVariable int jaar,
                                          @Valid @RequestBody BestedingVerzoek verzoek, Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new RegistreerBesteding(regioId, jaar, verzoek.categorie(), verzoek.bedrag(), verzoek.omschrijving()),
                verzoek.besluit(), wie);
    }

    @Schema(description = "Verlenging van de financieringsperiode van de regio")
    record VerlengFinancieringsperiodeVerzoek(
            @Schema(description = "Het nieuwe laatste jaar waarvoor procesmiddelen kunnen worden toegekend",
                    example = "2029") @NotNull Integer laatsteJaar,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/procesmiddelen/verleng-financieringsperiode")
    @Neemt(VerlengFinancieringsperiode.class)
    @Operation(summary = "Verleng de jaren waarvoor de regio procesmiddelen kan krijgen",
            description = "Alleen het Rijk (rol BZK). Per regio vastgelegd: een kabinetsbesluit voor alle regio's "
                    + "wordt voor elke regio vastgelegd waarvoor het geldt (een besluit voor alle regio's tegelijk is een "
                    + "wijziging van de parameters van het programma). Eerst 2025 tot en met 2027; een verlenging "
                    + "eindigt later en uiterlijk in het laatste jaar van het NPVR dat op de ingangsdatum geldt (2044).")
    @ProbleemResponses
    BesluitVastgelegd verlengFinancieringsperiode(@PathVariable String regioId,
                                                  @Valid @RequestBody VerlengFinancieringsperiodeVerzoek verzoek,
                                                  Authentication wie) {
        return besluitvorming.neem(Procesmiddelen.aggregaatId(regioId),
                new VerlengFinancieringsperiode(regioId, verzoek.laatsteJaar()), verzoek.besluit(), wie);
    }
}
