package nl.regioregister.command.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The Rijk's decisions on what the NPVR departments commit to for a region's plan. */
@RestController
@RequestMapping("/v1/regios/{regioId}/inspanningsverplichtingen")
@Tag(name = "Inspanningsverplichtingen", description = "Wat de tien NPVR-departementen zich voor het plan van een "
        + "regio inspannen te doen")
class InspanningsverplichtingBesluitenController {

    private static final String KENMERK = "Kenmerk van de inspanningsverplichting binnen de regio";

    private final Besluitvorming besluitvorming;

    InspanningsverplichtingBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Een nieuwe inspanningsverplichting van een departement")
    record GaAanVerzoek(
            @Schema(description = KENMERK + "; kleine letters, cijfers en koppeltekens", example = "ienw-regioexpres")
            @NotBlank @Size(max = 60) String kenmerk,
            @Schema(description = "Een van de tien NPVR-departementen", example = "IENW") @NotNull
            Departement departement,
            @Schema(example = "Doortrekken van de RegioExpres") @NotBlank @VrijeTekst @Size(max = 20000) String inzet,
            @Schema(description = "Euro's, hoogstens twee decimalen; leeg als er geen bedrag bij hoort",
                    example = "75000000.00")
            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal bedrag,
            @Schema(description = "Beginjaar-eindjaar", example = "2026-2029") @NotNull
            @Pattern(regexp = AgendaVerzoeken.PERIODE_PATROON) String periode,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "De nieuwe inhoud van een inspanningsverplichting; het departement blijft")
    record WijzigVerzoek(
            @Schema(example = "RegioExpres en busvervoer") @NotBlank @VrijeTekst @Size(max = 20000) String inzet,
            @Schema(example = "80000000.00") @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
            BigDecimal bedrag,
            @Schema(example = "2026-2033") @NotNull @Pattern(regexp = AgendaVerzoeken.PERIODE_PATROON) String periode,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @Schema(description = "Intrekken van een inspanningsverplichting")
    record TrekInVerzoek(@NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/ga-aan")
    @Neemt(GaInspanningsverplichtingAan.class)
    @Operation(summary = "Leg de inspanningsverplichting van een departement voor het plan van de regio vast",
            description = "Het Rijk: de rol BZK, of het departement zelf (rol DEPARTEMENT) voor de eigen "
                    + "verplichting; alleen voor de tien NPVR-departementen (BZK, VWS, OCW, SZW, "
                    + "JenV, IenW, VRO, LVVN, EZ, KGG), en pas als de regio een plan heeft ingediend. Het kenmerk "
                    + "kiest de aanvrager; het is uniek binnen de regio, ook na intrekken.")
    @ProbleemResponses
    BesluitVastgelegd gaAan(@PathVariable String regioId, @Valid @RequestBody GaAanVerzoek verzoek,
                            Authentication wie) {
        return neem(regioId, new GaInspanningsverplichtingAan(regioId, verzoek.kenmerk(), verzoek.departement(),
                verzoek.inzet(), verzoek.bedrag(), AgendaVerzoeken.periode(verzoek.periode(), "periode")),
                verzoek.besluit(), wie);
    }

    @PostMapping("/{kenmerk}/wijzig")
    @Neemt(WijzigInspanningsverplichting.class)
    @Operation(summary = "Wijzig de inhoud van een inspanningsverplichting",
            description = "Het Rijk: de rol BZK, of het departement van de verplichting (rol DEPARTEMENT); niet "
                    + "na intrekken.")
    @ProbleemResponses
    BesluitVastgelegd wijzig(@PathVariable String regioId,
                             @Parameter(description = KENMERK, example = "ienw-regioexpres")
                             @PathVariable String kenmerk,
                             @Valid @RequestBody WijzigVerzoek verzoek, Authentication wie) {
        return neem(regioId, new WijzigInspanningsverplichting(regioId, kenmerk, verzoek.inzet(), verzoek.bedrag(),
                AgendaVerzoeken.periode(verzoek.periode(), "periode")), verzoek.besluit(), wie);
    }

    @PostMapping("/{kenmerk}/trek-in")
    @Neemt(TrekInspanningsverplichtingIn.class)
    @Operation(summary = "Trek een inspanningsverplichting in", description = "Het Rijk: de rol BZK, of het "
            + "departement van de verplichting (rol DEPARTEMENT); eenmaal.")
    @ProbleemResponses
    BesluitVastgelegd trekIn(@PathVariable String regioId,
                             @Parameter(description = KENMERK, example = "ienw-regioexpres")
                             @PathVariable String kenmerk,
                             @Valid @RequestBody TrekInVerzoek verzoek, Authentication wie) {
        return neem(regioId, new TrekInspanningsverplichtingIn(regioId, kenmerk), verzoek.besluit(), wie);
    }

    private BesluitVastgelegd neem(String regioId, AgendaBesluit besluit, BesluitGegevens gegevens,
                                   Authentication wie) {
        return besluitvorming.neem(LangjarigeAgenda.id(regioId), besluit, gegevens, wie);
    }
}
