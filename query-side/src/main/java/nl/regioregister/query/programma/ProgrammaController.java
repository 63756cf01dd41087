package nl.regioregister.query.programma;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.query.platform.Nederland;
import nl.regioregister.query.platform.NietGevonden;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programma's", description = "De parameters van een programma zoals de vastgelegde besluiten ze op een "
        + "datum laten gelden, met die besluiten")
class ProgrammaController {

    /**
     * A programme with the parameters in effect on {@code geldendOp} (null before its start) and every decision about
     * it, the later ones included, each with its ingangsdatum and accountability.
     */
    record ProgrammaAntwoord(String programma, String naam, LocalDate geldendOp, Programmaparameters parameters,
                             List<Besluitregel> besluiten) {
    }

    record Besluitregel(String besluit, LocalDate ingangsdatum, Instant geregistreerdOp, String genomenDoor,
                        String motivering, String bron, Object inhoud,
                        @Schema(description = "Wanneer een later besluit dit besluit herriep; dan telt het niet meer")
                        Instant herroepenOp) {
    }

    private final Programmabesluiten programmabesluiten;
    private final Clock clock;

    ProgrammaController(Programmabesluiten programmabesluiten, Clock clock) {
        this.programmabesluiten = programmabesluiten;
        this.clock = clock;
    }

    @GetMapping("/v1/programmas/{programma}")
    @Operation(summary = "De parameters van een programma en de besluiten die ze vastlegden",
            description = "Zonder parameter: zoals ze vandaag (Europe/Amsterdam) gelden. Met geldendOp: zoals ze op die "
                    + "datum golden, met alles wat tot nu is vastgelegd. Elk besluit telt vanaf zijn ingangsdatum; de "
                    + "signalen in de status en het overzicht lezen dezelfde parameters op hun eigen datum.")
    @ApiResponse(responseCode = "200", description = "Het programma")
    @ApiResponse(responseCode = "404", description = "Onbekend programma of een programma zonder vastgelegd besluit")
    ProgrammaAntwoord programma(@PathVariable String programma,
                                @Parameter(description = "Datum, bv. 2025-03-01")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate geldendOp) {
        Programma gevraagd = programma(programma);
        List<Programmabesluit> besluiten = programmabesluiten.van(gevraagd);
        if (besluiten.isEmpty()) {
            throw new NietGevonden("Het programma " + programma);
        }
        LocalDate datum = geldendOp != null ? geldendOp : Nederland.vandaag(clock);
        return new ProgrammaAntwoord(gevraagd.name(), gevraagd.naam(), datum,
                Programmaparameters.geldendOp(besluiten, datum),
                besluiten.stream().map(b -> new Besluitregel(b.gebeurtenis().getClass().getSimpleName(),
                        b.besluit().ingangsdatum(), b.besluit().geregistreerdOp(), b.besluit().genomenDoor(),
                        b.besluit().motivering(), b.besluit().bron(), b.gebeurtenis(), b.herroepenOp())).toList());
    }

    /** The programme in the path in kebab-case ({@code npvr}, {@code regio-deal}). */
    static Programma programma(String pad) {
        String naam = pad.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Programma.values()).filter(p -> p.name().equals(naam)).findFirst()
                .orElseThrow(() -> new NietGevonden("Het programma " + pad));
    }
}
