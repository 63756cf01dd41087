package nl.regioregister.query.beheer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators see which events the projections could not process, and have them tried again. */
@RestController
@RequestMapping("/v1/beheer/dode-brieven")
@Tag(name = "Beheer")
@PreAuthorize("hasRole('BEHEER')")
class DodeBrievenController {

    private static final Logger LOG = LoggerFactory.getLogger(DodeBrievenController.class);
    static final int MAXIMAAL_PER_GROEP = 1000;

    private final DodeBrieven dodeBrieven;

    DodeBrievenController(DodeBrieven dodeBrieven) {
        this.dodeBrieven = dodeBrieven;
    }

    @GetMapping
    @Operation(summary = "De dode brieven per processing group, met hun oorzaak")
    DodeBrief.Overzicht overzicht(
            @Parameter(description = "Hoeveel brieven per groep te tonen, 1 tot " + MAXIMAAL_PER_GROEP
                    + " (standaard 100); 'aantal' telt ze alle")
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAXIMAAL_PER_GROEP) {
            throw new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending("limit", "bereik",
                    "een geheel getal van 1 tot " + MAXIMAAL_PER_GROEP)));
        }
        return dodeBrieven.overzicht(limit);
    }

    @PostMapping("/{processingGroup}/verwerk-opnieuw")
    @Operation(summary = "Bied de wachtende gebeurtenissen van een processing group opnieuw aan",
            description = "Elke reeks wordt één keer geprobeerd; het antwoord telt wat verwerkt is en wat nog wacht.")
    DodeBrief.Herverwerking verwerkOpnieuw(@PathVariable String processingGroup, Authentication login) {
        DodeBrief.Herverwerking uitkomst = dodeBrieven.verwerkOpnieuw(processingGroup);
        LOG.info("Dode brieven van {} opnieuw aangeboden door {}: {} verwerkt, {} wachten nog", processingGroup,
                login.getName(), uitkomst.verwerkteBrieven(), uitkomst.resterendeBrieven());
        return uitkomst;
    }
}
