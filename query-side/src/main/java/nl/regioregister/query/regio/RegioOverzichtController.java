package nl.regioregister.query.regio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.regioregister.query.platform.LeesNaSchrijven;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.ProjectieStand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regios")
@Tag(name = "Regio's")
class RegioOverzichtController {

    private final RegioOverzichtRepository regios;
    private final ProjectieStand stand;
    private final LeesNaSchrijven leesNaSchrijven;

    RegioOverzichtController(RegioOverzichtRepository regios, ProjectieStand stand, LeesNaSchrijven leesNaSchrijven) {
        this.regios = regios;
        this.stand = stand;
        this.leesNaSchrijven = leesNaSchrijven;
    }

    @GetMapping
    @Operation(summary = "Alle regio's met hun huidige rijksvertegenwoordiger")
    ResponseEntity<RegioOverzicht.Regios> alle(
            @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
            @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie) {
        return leesNaSchrijven.antwoord(RegioOverzichtProjectie.NAAM, minimalePositie, () -> {
            long positie = stand.van(RegioOverzichtProjectie.NAAM);
            return new RegioOverzicht.Regios(regios.alle(), positie);
        });
    }

    @GetMapping("/{regioId}")
    @Operation(summary = "Eén regio met haar huidige rijksvertegenwoordiger")
    ResponseEntity<RegioOverzicht.RegioMetPositie> regio(
            @PathVariable String regioId,
            @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
            @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie) {
        return leesNaSchrijven.antwoord(RegioOverzichtProjectie.NAAM, minimalePositie, () -> {
            long positie = stand.van(RegioOverzichtProjectie.NAAM);
            return regios.regio(regioId)
                    .map(regio -> new RegioOverzicht.RegioMetPositie(regio, positie))
                    .orElseThrow(() -> new NietGevonden("De regio " + regioId));
        });
    }
}
