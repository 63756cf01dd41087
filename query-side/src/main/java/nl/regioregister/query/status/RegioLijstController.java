package nl.regioregister.query.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.regioregister.query.persoon.Persoonsgegevens;
import nl.regioregister.query.platform.LeesNaSchrijven;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.ProjectieStand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The regions in brief, with their current rijksvertegenwoordiger, read from the region status documents. */
@RestController
@RequestMapping("/v1/regios")
@Tag(name = "Regio's")
class RegioLijstController {

    @Schema(description = "Houder van een bestuursrol")
    record Houder(String naam, String functie, String organisatie, LocalDate sinds) {
    }

    @Schema(description = "Een regio met haar huidige rijksvertegenwoordiger")
    record Regio(String id, String naam, String soort, List<String> provincies, List<String> gemeenten,
                 Houder rijksvertegenwoordiger) {
    }

    @Schema(description = "Alle regio's, met de gebeurtenispositie die het overzicht weergeeft")
    record Regios(List<Regio> regios, long positie) {
    }

    @Schema(description = "Eén regio, met de gebeurtenispositie die het overzicht weergeeft")
    record RegioMetPositie(Regio regio, long positie) {
    }

    private final RegioStatusOpslag opslag;
    private final GeldendeStand geldendeStand;
    private final ProjectieStand stand;
    private final LeesNaSchrijven leesNaSchrijven;
    private final Persoonsgegevens persoonsgegevens;

    RegioLijstController(RegioStatusOpslag opslag, GeldendeStand geldendeStand, ProjectieStand stand,
                         LeesNaSchrijven leesNaSchrijven, Persoonsgegevens persoonsgegevens) {
        this.persoonsgegevens = persoonsgegevens;
        this.opslag = opslag;
        this.geldendeStand = geldendeStand;
        this.stand = stand;
        this.leesNaSchrijven = leesNaSchrijven;
    }

    @GetMapping
    @Operation(summary = "Alle regio's met hun huidige rijksvertegenwoordiger")
    ResponseEntity<Regios> alle(
            @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
            @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie) {
        return leesNaSchrijven.antwoord(RegioStatusOpslag.PROJECTIE, minimalePositie, () -> {
            // the position first, the documents after: the answer reflects at least what it names
            long positie = stand.van(RegioStatusOpslag.PROJECTIE);
            return new Regios(Personen.vulIn(RegioStatusController.alleOp(opslag, geldendeStand,
                            geldendeStand.vandaag()), persoonsgegevens).stream()
                    .map(RegioLijstController::kort)
                    .sorted(Comparator.comparing(Regio::naam))
                    .toList(), positie);
        });
    }

    @GetMapping("/{regioId}")
    @Operation(summary = "Eén regio met haar huidige rijksvertegenwoordiger")
    ResponseEntity<RegioMetPositie> regio(
            @PathVariable String regioId,
            @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
            @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie) {
        return leesNaSchrijven.antwoord(RegioStatusOpslag.PROJECTIE, minimalePositie, () -> {
            long positie = stand.van(RegioStatusOpslag.PROJECTIE);
            return leesVandaag(regioId)
                    .map(status -> new RegioMetPositie(kort(status), positie))
                    .orElseThrow(() -> new NietGevonden("De regio " + regioId));
        });
    }

    private java.util.Optional<RegioStatus> leesVandaag(String regioId) {
        int generatie = opslag.actieveGeneratie();
        return opslag.lees(generatie, regioId).map(s -> geldendeStand.vandaag(generatie, regioId, s))
                .filter(s -> s.regioId != null)
                .map(s -> Personen.vulIn(s, persoonsgegevens));
    }

    private static Regio kort(RegioStatus status) {
        RegioStatus.Houder rv = status.bestuur.get("RIJKSVERTEGENWOORDIGER");
        Houder houder = rv == null || rv.vacant ? null : new Houder(rv.naam, rv.functie, rv.organisatie, rv.sinds);
        return new Regio(status.regioId, status.naam, status.soort, status.provincies, status.gemeenten, houder);
    }
}
