package nl.regioregister.query.woo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The recorded decisions for publication under the Woo, newest first, paged like the history: DiWoo metadata per
 * decision, its openbaarheid and document location, its content without personal data, never who recorded it. For
 * integrators who publish, auditors and BZK; a region's users read their decisions in the history.
 */
@RestController
@RequestMapping("/v1/woo/besluiten")
@Tag(name = "Woo-publicatie")
@PreAuthorize("hasAnyRole('INTEGRATOR', 'AUDITOR', 'BZK', 'DEPARTEMENT', 'BEHEER')")
class WooController {

    static final int STANDAARD_LIMIT = 50;
    static final int MAXIMALE_LIMIT = 200;
    private static final Pattern REGIO = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final VastgelegdeBesluiten besluiten;
    private final Woopublicatie publicatie;

    WooController(VastgelegdeBesluiten besluiten, Woopublicatie publicatie) {
        this.besluiten = besluiten;
        this.publicatie = publicatie;
    }

    @GetMapping
    @Operation(summary = "Besluiten met DiWoo-metadata voor een Woo-platform, nieuwste eerst, per pagina",
            description = "Per besluit de DiWoo-metadata (informatiecategorie 'overige besluiten van algemene "
                    + "strekking', publisher, verantwoordelijke, officiële titel, creatiedatum, vaststelling door het "
                    + "orgaan dat besloot), de openbaarheid, de documentlocatie uit de bron en de inhoud zonder "
                    + "persoonsgegevens. Pagineert op positie: de link 'volgende' (ook in de header Link) geeft de "
                    + "oudere besluiten.")
    ResponseEntity<Woobesluitenpagina> besluiten(
            @Parameter(description = "Alleen besluiten over deze regio") @RequestParam(required = false) String regio,
            @Parameter(description = "Alleen besluiten met een lagere positie: de positie van het laatste besluit "
                    + "van de vorige pagina") @RequestParam(required = false) String na,
            @Parameter(description = "Aantal besluiten per pagina, 1 tot " + MAXIMALE_LIMIT + " (standaard "
                    + STANDAARD_LIMIT + "; meer wordt " + MAXIMALE_LIMIT + ")")
            @RequestParam(required = false) String limit) {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        String gekozenRegio = regio(regio, controle);
        Long vanaf = positie(na, controle);
        int aantal = aantal(limit, controle);
        controle.afronden();

        List<VastgelegdeBesluiten.Vastgelegd> gevonden = besluiten.pagina(gekozenRegio, vanaf, aantal + 1);
        boolean meer = gevonden.size() > aantal;
        List<Woobesluit> pagina = (meer ? gevonden.subList(0, aantal) : gevonden).stream()
                .map(publicatie::van).toList();
        String volgende = meer ? volgende(gekozenRegio, pagina.get(pagina.size() - 1).positie(), aantal) : null;
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.ok();
        if (volgende != null) {
            antwoord.header(HttpHeaders.LINK, "<" + volgende + ">; rel=\"next\"");
        }
        return antwoord.body(new Woobesluitenpagina(pagina, volgende));
    }

    private static String volgende(String regio, long laatste, int aantal) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/v1/woo/besluiten");
        if (regio != null) {
            link.queryParam("regio", regio);
        }
        return link.queryParam("na", laatste).queryParam("limit", aantal).encode().build().toUriString();
    }

    private static String regio(String waarde, OngeldigeInvoer.Controle controle) {
        if (waarde == null) {
            return null;
        }
        if (!REGIO.matcher(waarde).matches()) {
            controle.schending("regio", "patroon", "een regio-id in kleine letters, cijfers en streepjes, zoals"
                    + " achterhoek");
            return null;
        }
        return waarde;
    }

    private static Long positie(String waarde, OngeldigeInvoer.Controle controle) {
        if (waarde == null) {
            return null;
        }
        try {
            long positie = Long.parseLong(waarde.strip());
            if (positie >= 1) {
                return positie;
            }
        } catch (NumberFormatException geenGetal) {
            // reported below
        }
        controle.schending("na", "positie", "een gebeurtenispositie, een geheel getal van 1 of meer");
        return null;
    }

    private static int aantal(String waarde, OngeldigeInvoer.Controle controle) {
        if (waarde == null) {
            return STANDAARD_LIMIT;
        }
        try {
            int aantal = Integer.parseInt(waarde.strip());
            if (aantal >= 1) {
                return Math.min(aantal, MAXIMALE_LIMIT);
            }
        } catch (NumberFormatException geenGetal) {
            // reported below
        }
        controle.schending("limit", "bereik", "een geheel getal van 1 tot " + MAXIMALE_LIMIT);
        return STANDAARD_LIMIT;
    }
}
