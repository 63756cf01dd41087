package nl.regioregister.command.kamer;

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
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
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
@RequestMapping("/v1/toezeggingen")
@Tag(name = "Toezeggingen", description = "Toezeggingen aan de Tweede Kamer, tot een Kamerbrief ze vervult")
class ToezeggingBesluitenController {

    private final Besluitvorming besluitvorming;

    ToezeggingBesluitenController(Besluitvorming besluitvorming) {
        this.besluitvorming = besluitvorming;
    }

    @Schema(description = "Registratie van een toezegging")
    record RegistreerToezeggingVerzoek(
            @Schema(example = "TZ202510-012") @NotBlank
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                    message = "letters, cijfers, punten, liggende streepjes en koppeltekens, hoogstens 64 tekens")
            String toezeggingId,
            @Schema(example = "Een financiële bandbreedte en bijbehorende keuzes die aansluiten bij de behoeften van de "
                    + "11 regio's")
            @NotBlank @VrijeTekst @Size(max = 4000) String omschrijving,
            @Schema(description = "Het Kamerlid of de commissie", example = "lid Bikker") @Size(max = 200)
            String gedaanAan,
            @Schema(description = "Het debat of de brief waarin de toezegging is gedaan",
                    example = "Debat over regio's en grensoverschrijdende samenwerking, 2 oktober 2025")
            @NotBlank @Size(max = 1000) String gedaanIn,
            @Schema(description = "Datum waarop de toezegging uiterlijk wordt vervuld; of noem de termijn",
                    example = "2026-03-31") LocalDate uiterlijk,
            @Schema(description = "De termijn in de woorden van de toezegging", example = "na de jaarwisseling")
            @Size(max = 200) String termijn,
            @Schema(description = "Wie de toezegging deed of draagt", example = "minister van BZK") @Size(max = 200)
            String bewindspersoon,
            @Schema(example = "BZK") Departement departement,
            @Schema(example = "NPVR") Programma programma,
            @Schema(description = "De regio's waar de toezegging over gaat", example = "[\"achterhoek\"]")
            List<@NotBlank @Size(max = 100) String> regios,
            @Schema(description = "Kamerstuknummer van de motie waar de toezegging bij hoort", example = "29697-169")
            @Size(max = 60) String motie,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping
    @Neemt(RegistreerToezegging.class)
    @Operation(summary = "Registreer een toezegging aan de Kamer",
            description = "Alleen het Rijk (rol BZK). Met een datum, een termijn in woorden ('rond de zomer'), of "
                    + "beide. Een toezegging wordt eenmaal geregistreerd; een verlopen datum wordt als te laat "
                    + "getoond, niet geweigerd.")
    @ProbleemResponses
    BesluitVastgelegd registreer(@Valid @RequestBody RegistreerToezeggingVerzoek verzoek, Authentication wie) {
        RegistreerToezegging besluit = new RegistreerToezegging(verzoek.toezeggingId(), verzoek.omschrijving(),
                verzoek.gedaanAan(), verzoek.gedaanIn(), verzoek.uiterlijk(), verzoek.termijn(),
                verzoek.bewindspersoon(), verzoek.departement(), verzoek.programma(), verzoek.regios(),
                verzoek.motie());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Schema(description = "Verzetten van de termijn van een toezegging")
    record VerzetTermijnVerzoek(
            @Schema(example = "2026-06-30") @NotNull LocalDate nieuweTermijn,
            @Schema(description = "Waarom de termijn verandert; wordt naast de toezegging getoond",
                    example = "De brief wacht op het besluit van het nieuwe kabinet")
            @NotBlank @VrijeTekst @Size(max = 4000) String reden,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{toezeggingId}/verzet-termijn")
    @Neemt(VerzetToezeggingstermijn.class)
    @Operation(summary = "Verzet de termijn van een toezegging, met de reden",
            description = "Alleen het Rijk (rol BZK). Niet meer nadat de toezegging is vervuld.")
    @ProbleemResponses
    BesluitVastgelegd verzetTermijn(@PathVariable String toezeggingId,
                                    @Valid @RequestBody VerzetTermijnVerzoek verzoek, Authentication wie) {
        VerzetToezeggingstermijn besluit = new VerzetToezeggingstermijn(toezeggingId, verzoek.nieuweTermijn(),
                verzoek.reden());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }

    @Schema(description = "Hoe de toezegging is vervuld: een Kamerbrief, een brief met referentie, of anders")
    record VervulVerzoek(
            @Schema(description = "Kamerstuknummer van de brief", example = "29 697, nr. 175")
            @Size(max = 60) String kamerbrief,
            @Schema(description = "Datum van vervulling", example = "2026-02-12") LocalDate datum,
            @Schema(description = "Verouderd: de datum van de Kamerbrief; gebruik datum") LocalDate kamerbriefDatum,
            @Schema(description = "Referentie van de brief of het document", example = "2026-0000301213")
            @Size(max = 200) String referentie,
            @Schema(description = "Hoe de toezegging anders is vervuld",
                    example = "Gesprek met IenW op 16 oktober 2025, gemeld in de brief van 19 december 2025")
            @Size(max = 1000) String wijze,
            @NotNull @Valid BesluitGegevens besluit) {
    }

    @PostMapping("/{toezeggingId}/vervul")
    @Neemt(VervulToezegging.class)
    @Operation(summary = "Leg de Kamerbrief vast die de toezegging vervult",
            description = "Alleen het Rijk (rol BZK). Eenmaal, tenzij de vervulling is herroepen; met een "
                    + "Kamerstuknummer (genormaliseerd), de referentie van een brief die nog geen nummer heeft, of de "
                    + "wijze waarop de toezegging anders is vervuld.")
    @ProbleemResponses
    BesluitVastgelegd vervul(@PathVariable String toezeggingId, @Valid @RequestBody VervulVerzoek verzoek,
                             Authentication wie) {
        VervulToezegging besluit = new VervulToezegging(toezeggingId, verzoek.kamerbrief(),
                verzoek.datum() != null ? verzoek.datum() : verzoek.kamerbriefDatum(), verzoek.referentie(),
                verzoek.wijze());
        return besluitvorming.neem(besluit.aggregaatId(), besluit, verzoek.besluit(), wie);
    }
}
