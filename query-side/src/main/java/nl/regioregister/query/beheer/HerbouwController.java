package nl.regioregister.query.beheer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.Schaduwherbouw;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators rebuild a table projection (the decision history, the moties and toezeggingen) from the whole event store
 * while its current tables stay readable. The region status and the list of regions read from it have their own
 * rebuild, {@code /v1/beheer/projecties/regio-status/herbouw}; the feed keeps its positions and is never rebuilt.
 */
@RestController
@Tag(name = "Beheer")
class HerbouwController {

    private static final Logger LOG = LoggerFactory.getLogger(HerbouwController.class);
    private static final String PROJECTIE = "De projectie: besluitenhistorie of kamer";

    private final Schaduwherbouw herbouw;

    HerbouwController(Schaduwherbouw herbouw) {
        this.herbouw = herbouw;
    }

    @PostMapping("/v1/beheer/projecties/{projectie}/herbouw")
    @PreAuthorize("hasRole('BEHEER')")
    @Operation(summary = "Bouw een projectie opnieuw op uit alle gebeurtenissen; de huidige blijft leesbaar tot de "
            + "nieuwe bij is en neemt dan in één keer haar plaats in")
    @ApiResponse(responseCode = "202", description = "Herbouw gestart; volg de voortgang met GET op hetzelfde pad",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Schaduwherbouw.Voortgang.class)))
    ResponseEntity<Schaduwherbouw.Voortgang> herbouw(@Parameter(description = PROJECTIE) @PathVariable String projectie,
                                                     Authentication login) {
        bekend(projectie);
        Schaduwherbouw.Voortgang voortgang = herbouw.start(projectie);
        LOG.info("Herbouw van {} gevraagd door {}", projectie, login.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(voortgang);
    }

    @GetMapping("/v1/beheer/projecties/{projectie}/herbouw")
    @PreAuthorize("hasRole('BEHEER')")
    @Operation(summary = "Voortgang van de laatste herbouw: verwerkt, totaal, snelheid, geschatte restduur")
    Schaduwherbouw.Voortgang voortgang(@Parameter(description = PROJECTIE) @PathVariable String projectie) {
        bekend(projectie);
        return herbouw.voortgang(projectie).orElseThrow(() -> new NietGevonden("Een herbouw van " + projectie));
    }

    private void bekend(String projectie) {
        if (!herbouw.kent(projectie)) {
            throw new NietGevonden("De projectie " + projectie);
        }
    }
}
