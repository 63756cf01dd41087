package nl.regioregister.command.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.agenda.AgendaVerzoeken.DocumentVerzoek;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.ProbleemResponses;
import nl.regioregister.events.Departement;
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.agenda.Financieringsinstrument;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.Bijdrage;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Partijsoort;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions on a region's uitvoeringsagenda's. An agenda is named by its four-year period in the path
 * ({@code 2026-2029}); every decision after submission names the version it concerns.
 */
@RestController
@RequestMapping("/v1/regios/{regioId}/uitvoeringsagendas")
@Tag(name = "Uitvoeringsagenda", description = "Indienen, terugsturen, akkoord, vaststellen, intrekken, voortgang, "
        + "evaluatie en herijking van de vierjarige uitvoeringsagenda (langjarige agenda NPVR, deel 2)")
class UitvoeringsagendaBesluitenController {

    private static final String PERIODE = "Vier kalenderjaren, beginjaar-eindjaar";

    private final Besluitvorming besluitvorming;

    UitvoeringsagendaBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Wat een partij naar verwachting bijdraagt aan een activiteit")
    record BijdrageVerzoek(
            @Schema(example = "DEPARTEMENT") @NotNull Partijsoort partijsoort,
            @Schema(description = "Alleen bij een departement", example = "VRO") Departement departement,
            @Schema(description = "Naam van de partner (of het regionale orgaan)",
                    example = "Woningcorporaties Achterhoek") @Size(max = 300) String partij,
            @Schema(example = "Flexpoolcapaciteit") @VrijeTekst @Size(max = 4000) String omschrijving,
            @Schema(description = "Euro's, hoogstens twee decimalen; leeg als de bijdrage (alleen) geen geld is",
                    example = "250000.00")
            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal bedrag) {

        Bijdrage alsBijdrage() {
            return new Bijdrage(partijsoort, departement, partij, omschrijving, bedrag);
        }
    }

    @Schema(description = "Een activiteit of interventie van de uitvoeringsagenda")
    record ActiviteitVerzoek(
            @Schema(description = "Korte code, uniek binnen de agenda", example = "A1")
            @NotBlank @Size(max = 30) String code,
            @Schema(example = "Versnellen van passende woningbouw in de kernen") @NotBlank @VrijeTekst @Size(max = 4000)
            String omschrijving,
            @Schema(description = "De doelstelling(en) die de activiteit dient") @NotEmpty
            List<@NotNull Doelstelling> doelstellingen,
            @Schema(example = "Regio Achterhoek, portefeuillehouder wonen") @NotBlank @Size(max = 300) String eigenaar,
            @Schema(example = "1.500 woningen voor starters en ouderen in 2029") @NotBlank @VrijeTekst @Size(max = 4000)
            String beoogdResultaat,
            @Schema(description = "Verwachte bijdragen van departementen, regio en partners")
            List<@NotNull @Valid BijdrageVerzoek> bijdragen,
            @Schema(description = "Hoe inwoners worden betrokken", example = "Inwonersavonden per kern")
            @VrijeTekst @Size(max = 4000) String inwonersbetrokkenheid) {

        Activiteit alsActiviteit() {
            return new Activiteit(code, omschrijving, doelstellingen, eigenaar, beoogdResultaat,
                    bijdragen == null ? List.of() : bijdragen.stream().map(BijdrageVerzoek::alsBijdrage).toList(),
                    inwonersbetrokkenheid);
        }
    }

    @Schema(description = "De inhoud van een uitvoeringsagenda")
    record AgendaInhoud(
            @NotEmpty List<@NotNull @Valid ActiviteitVerzoek> activiteiten,
            @Schema(description = "Hoe de aanpak wordt gemonitord en getoetst",
                    example = "Jaarlijkse voortgangsrapportage aan de stuurgroep") @NotBlank @VrijeTekst @Size(max = 20000)
            String monitoring,
            @Schema(description = "De indicatoren van de monitoring",
                    example = "[\"Regionale monitor brede welvaart\", \"Leefbarometer\"]")
            @NotEmpty List<@NotBlank @Size(max = 500) String> indicatoren,
            @Schema(description = "Organisatie en afstemming, ook hoe procesmiddelen en uitvoeringsmiddelen worden "
                    + "besteed") @VrijeTekst @Size(max = 20000) String organisatie,
            @NotNull @Valid DocumentVerzoek document) {

        List<Activiteit> activiteitenAlsWaarden() {
            return activiteiten.stream().map(ActiviteitVerzoek::alsActiviteit).toList();
        }
    }

    @Schema(description = "Een (nieuwe versie van de) uitvoeringsagenda van een periode")
    record DienUitvoeringsagendaInVerzoek(
            @Schema(description = PERIODE, example = "2026-2029") @NotNull
            @Pattern(regexp = AgendaVerzoeken.PERIODE_PATROON) String periode,
            @NotNull @Valid AgendaInhoud inhoud,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "De uitvoeringsagenda van de volgende vier jaar, na evaluatie van deze")
    record HerijkVerzoek(
            @NotNull @Valid AgendaInhoud inhoud,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Terugsturen van de ingediende versie met opmerkingen")
    record StuurUitvoeringsagendaTerugVerzoek(
            @Schema(example = "1") @NotNull @Positive Integer versie,
            @Schema(example = "Noem de bijdrage van OCW") @NotBlank @VrijeTekst @Size(max = 20000) String opmerkingen,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Een besluit over één versie van de uitvoeringsagenda")
    record UitvoeringsagendaVersieVerzoek(
            @Schema(example = "1") @NotNull @Positive Integer versie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "De voortgang van een activiteit op een peildatum")
    record VoortgangVerzoek(
            @Schema(example = "OP_SCHEMA") @NotNull Voortgangsstatus status,
            @Schema(example = "400 woningen gereed") @VrijeTekst @Size(max = 4000) String toelichting,
            @Schema(example = "2027-06-30") @NotNull LocalDate peildatum,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "De evaluatie van de vastgestelde uitvoeringsagenda")
    record EvaluatieVerzoek(
            @Schema(example = "Woningbouw op schema, RegioExpres vertraagd door netcongestie")
            @NotBlank @VrijeTekst @Size(max = 20000) String evaluatie,
            @Schema(description = "Het evaluatierapport, als dat er is") @Valid DocumentVerzoek document,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/dien-in")
    @Neemt(DienUitvoeringsagendaIn.class)
    @Operation(summary = "De regio dient (een nieuwe versie van) de uitvoeringsagenda van een periode in",
            description = "Alleen de regio zelf, ook voordat het plan is vastgesteld (één adaptieve agenda). Een "
                    + "periode beslaat hele kalenderjaren vanaf het eerste jaar van het programma en overlapt geen "
                    + "andere uitvoeringsagenda; een periode van geen vier jaar is een signaal, geen weigering. Een "
                    + "nieuwe indiening voor dezelfde periode is een nieuwe versie. "
                    + "De streefdatum van het programma (eind 2025, GET /v1/programmas/npvr) wordt niet afgedwongen.")
    @ProbleemResponses
    BesluitVastgelegd dienIn(@PathVariable String regioId, @Valid @RequestBody DienUitvoeringsagendaInVerzoek verzoek,
                             Authentication wie) {
        AgendaInhoud inhoud = verzoek.inhoud();
        return neem(regioId, new DienUitvoeringsagendaIn(regioId, AgendaVerzoeken.periode(verzoek.periode(), "periode"),
                inhoud.activiteitenAlsWaarden(), inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                DocumentVerzoek.van(inhoud.document())), verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/stuur-terug")
    @Neemt(StuurUitvoeringsagendaTerug.class)
    @Operation(summary = "Het Rijk stuurt de ingediende versie terug met opmerkingen",
            description = "Alleen het Rijk (rol BZK).")
    @ProbleemResponses
    BesluitVastgelegd stuurTerug(@PathVariable String regioId,
                                 @Parameter(description = PERIODE, example = "2026-2029") @PathVariable String periode,
                                 @Valid @RequestBody StuurUitvoeringsagendaTerugVerzoek verzoek, Authentication wie) {
        return neem(regioId, new StuurUitvoeringsagendaTerug(regioId, pad(periode), verzoek.versie(),
                verzoek.opmerkingen()), verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/geef-akkoord-regio")
    @Neemt(GeefAkkoordRegioOpUitvoeringsagenda.class)
    @Operation(summary = "De regio geeft akkoord op de ingediende versie",
            description = "Alleen de regio zelf, eenmaal per versie.")
    @ProbleemResponses
    BesluitVastgelegd geefAkkoordRegio(@PathVariable String regioId,
                                       @Parameter(description = PERIODE, example = "2026-2029")
                                       @PathVariable String periode,
                                       @Valid @RequestBody UitvoeringsagendaVersieVerzoek verzoek, Authentication wie) {
        return neem(regioId, new GeefAkkoordRegioOpUitvoeringsagenda(regioId, pad(periode), verzoek.versie()),
                verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/geef-akkoord-rijk")
    @Neemt(GeefAkkoordRijkOpUitvoeringsagenda.class)
    @Operation(summary = "Het Rijk geeft akkoord op de ingediende versie",
            description = "Alleen het Rijk (rol BZK), eenmaal per versie.")
    @ProbleemResponses
    BesluitVastgelegd geefAkkoordRijk(@PathVariable String regioId,
                                      @Parameter(description = PERIODE, example = "2026-2029")
                                      @PathVariable String periode,
                                      @Valid @RequestBody UitvoeringsagendaVersieVerzoek verzoek, Authentication wie) {
        return neem(regioId, new GeefAkkoordRijkOpUitvoeringsagenda(regioId, pad(periode), verzoek.versie()),
                verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/stel-vast")
    @Neemt(StelVast.class)
    @Operation(summary = "Het Rijk stelt de versie vast waarop regio en Rijk beide akkoord gaven",
            description = "Alleen het Rijk (rol BZK). Geweigerd (regel akkoord-ontbreekt) zolang het akkoord van de "
                    + "regio, het Rijk of beide op die versie ontbreekt.")
    @ProbleemResponses
    BesluitVastgelegd stelVast(@PathVariable String regioId,
                               @Parameter(description = PERIODE, example = "2026-2029") @PathVariable String periode,
                               @Valid @RequestBody UitvoeringsagendaVersieVerzoek verzoek, Authentication wie) {
        return neem(regioId, StelVast.uitvoeringsagenda(regioId, pad(periode), verzoek.versie()), verzoek.besluit(),
                wie);
    }

    @PostMapping("/{periode}/trek-in")
    @Neemt(TrekUitvoeringsagendaIn.class)
    @Operation(summary = "De regio trekt de ingediende versie in",
            description = "Alleen de regio zelf, en alleen voor vaststelling.")
    @ProbleemResponses
    BesluitVastgelegd trekIn(@PathVariable String regioId,
                             @Parameter(description = PERIODE, example = "2026-2029") @PathVariable String periode,
                             @Valid @RequestBody UitvoeringsagendaVersieVerzoek verzoek, Authentication wie) {
        return neem(regioId, new TrekUitvoeringsagendaIn(regioId, pad(periode), verzoek.versie()), verzoek.besluit(),
                wie);
    }

    @PostMapping("/{periode}/activiteiten/{activiteit}/meld-voortgang")
    @Neemt(MeldVoortgang.class)
    @Operation(summary = "Meld de voortgang van een activiteit van de vastgestelde uitvoeringsagenda",
            description = "De regio zelf of het Rijk (rol BZK). Alleen voor activiteiten van de vastgestelde versie, "
                    + "en niet meer na de evaluatie.")
    @ProbleemResponses
    BesluitVastgelegd meldVoortgang(@PathVariable String regioId,
                                    @Parameter(description = PERIODE, example = "2026-2029")
                                    @PathVariable String periode,
                                    @Parameter(description = "Code van de activiteit", example = "A1")
                                    @PathVariable String activiteit,
                                    @Valid @RequestBody VoortgangVerzoek verzoek, Authentication wie) {
        return neem(regioId, new MeldVoortgang(regioId, pad(periode), activiteit, verzoek.status(),
                verzoek.toelichting(), verzoek.peildatum()), verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/evalueer")
    @Neemt(EvalueerUitvoeringsagenda.class)
    @Operation(summary = "Leg de evaluatie van de vastgestelde uitvoeringsagenda vast",
            description = "De regio zelf of het Rijk (rol BZK); eenmaal per periode. Daarna volgt de herijking.")
    @ProbleemResponses
    BesluitVastgelegd evalueer(@PathVariable String regioId,
                               @Parameter(description = PERIODE, example = "2026-2029") @PathVariable String periode,
                               @Valid @RequestBody EvaluatieVerzoek verzoek, Authentication wie) {
        return neem(regioId, new EvalueerUitvoeringsagenda(regioId, pad(periode), verzoek.evaluatie(),
                DocumentVerzoek.van(verzoek.document())), verzoek.besluit(), wie);
    }

    @PostMapping("/{periode}/herijk")
    @Neemt(HerijkUitvoeringsagenda.class)
    @Operation(summary = "De regio herijkt de geëvalueerde uitvoeringsagenda naar de volgende vier jaar",
            description = "Alleen de regio zelf, na de evaluatie van deze periode. Dient versie 1 in van de "
                    + "uitvoeringsagenda van de direct volgende periode (bij 2026-2029: 2030-2033), gekoppeld aan "
                    + "deze; die doorloopt daarna dezelfde cyclus.")
    @ProbleemResponses
    BesluitVastgelegd herijk(@PathVariable String regioId,
                             @Parameter(description = "De geëvalueerde periode", example = "2026-2029")
                             @PathVariable String periode,
                             @Valid @RequestBody HerijkVerzoek verzoek, Authentication wie) {
        AgendaInhoud inhoud = verzoek.inhoud();
        return neem(regioId, new HerijkUitvoeringsagenda(regioId, pad(periode), inhoud.activiteitenAlsWaarden(),
                inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                DocumentVerzoek.van(inhoud.document())), verzoek.besluit(), wie);
    }

    @Schema(description = "Geld van het Rijk voor de uitvoering van de agenda")
    record OndersteuningVerzoek(
            @Schema(example = "ienw-regioexpres-2027") @NotNull @Size(max = 60) String kenmerk,
            @Schema(example = "IENW") @NotNull Departement departement,
            @Schema(example = "SPECIFIEKE_UITKERING") @NotNull Financieringsinstrument instrument,
            @Schema(description = "Euro's, hoogstens twee decimalen", example = "5000000.00")
            @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal bedrag,
            @Schema(description = "De jaren waarvoor het geld is, beginjaar-eindjaar", example = "2027-2029")
            @NotNull String jaren,
            @Schema(description = "De begroting waaruit het komt", example = "36 600 XII, artikel 14")
            @Size(max = 300) String begroting,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{periode}/zeg-ondersteuning-toe")
    @Neemt(ZegUitvoeringsondersteuningToe.class)
    @Operation(summary = "Het Rijk zegt geld toe voor de uitvoering van de uitvoeringsagenda",
            description = "Alleen het Rijk (rol BZK): bedrag, instrument, jaren en begroting, per kenmerk eenmaal. "
                    + "Voor een uitvoeringsagenda die het register kent, ook voordat zij is vastgesteld.")
    @ProbleemResponses
    BesluitVastgelegd zegOndersteuningToe(@PathVariable String regioId,
                                          @Parameter(description = PERIODE, example = "2026-2029")
                                          @PathVariable String periode,
                                          @Valid @RequestBody OndersteuningVerzoek verzoek, Authentication wie) {
        return neem(regioId, new ZegUitvoeringsondersteuningToe(regioId, pad(periode), verzoek.kenmerk(),
                verzoek.departement(), verzoek.instrument(), verzoek.bedrag(),
                AgendaVerzoeken.periode(verzoek.jaren(), "jaren"), verzoek.begroting()), verzoek.besluit(), wie);
    }

    private static Periode pad(String periode) {
        return AgendaVerzoeken.periode(periode, "periode");
    }

    private BesluitVastgelegd neem(String regioId, AgendaBesluit besluit, BesluitGegevens gegevens,
                                   Authentication wie) {
        return besluitvorming.neem(LangjarigeAgenda.id(regioId), besluit, gegevens, wie);
    }
}
