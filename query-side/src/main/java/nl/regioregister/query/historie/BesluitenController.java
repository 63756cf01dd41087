package nl.regioregister.query.historie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import nl.regioregister.query.platform.Aanvrager;
import nl.regioregister.query.platform.LeesNaSchrijven;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit history: every recorded decision, newest first. Auditors, BZK, departments and beheer read all of it; a region's user
 * reads only the decisions about their own region (those whose payload names it as {@code regioId}), and gets
 * {@code 403} when asking for another region's.
 */
@RestController
@RequestMapping("/v1/besluiten")
@Tag(name = "Besluitenhistorie")
@PreAuthorize("hasAnyRole('AUDITOR', 'BZK', 'DEPARTEMENT', 'BEHEER', 'REGIO')")
class BesluitenController {

    static final int STANDAARD_LIMIT = 50;
    static final int MAXIMALE_LIMIT = 200;

    private final BesluitenhistorieRepository besluiten;
    private final BesluitenExport export;
    private final LeesNaSchrijven leesNaSchrijven;

    BesluitenController(BesluitenhistorieRepository besluiten, BesluitenExport export, LeesNaSchrijven leesNaSchrijven) {
        this.besluiten = besluiten;
        this.export = export;
        this.leesNaSchrijven = leesNaSchrijven;
    }

    @GetMapping
    @Operation(summary = "Besluiten, nieuwste eerst, per pagina",
            description = "Pagineert op positie: de link 'volgende' (ook in de header Link) geeft de oudere besluiten.")
    ResponseEntity<Besluitenpagina> besluiten(
            @Parameter(description = "Alleen besluiten over deze regio") @RequestParam(required = false) String regio,
            @Parameter(description = "Soort(en) besluit; herhaal of scheid met komma's")
            @RequestParam(name = "type", required = false) List<String> type,
            @Parameter(description = "Vastgelegd door deze gebruiker") @RequestParam(required = false) String actor,
            @Parameter(description = "Namens deze organisatie") @RequestParam(required = false) String organisatie,
            @Parameter(description = "Vastgelegd op of na dit tijdstip of deze datum")
            @RequestParam(required = false) String geregistreerdVanaf,
            @Parameter(description = "Vastgelegd vóór dit tijdstip of deze datum")
            @RequestParam(required = false) String geregistreerdTot,
            @Parameter(description = "Van kracht op of na deze datum") @RequestParam(required = false) String ingangsVanaf,
            @Parameter(description = "Van kracht vóór deze datum") @RequestParam(required = false) String ingangsTot,
            @Parameter(description = "Alleen besluiten met een lagere positie: de positie van het laatste besluit "
                    + "van de vorige pagina") @RequestParam(required = false) String na,
            @Parameter(description = "Aantal besluiten per pagina, 1 tot " + MAXIMALE_LIMIT + " (standaard "
                    + STANDAARD_LIMIT + "; meer wordt " + MAXIMALE_LIMIT + ")")
            @RequestParam(required = false) String limit,
            @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
            @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie,
            Authentication login) {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        Besluitfilter filter = Besluitfilter.lees(regio, type, actor, organisatie, geregistreerdVanaf,
                geregistreerdTot, ingangsVanaf, ingangsTot, controle);
        Long vanaf = positie("na", na, controle);
        int aantal = aantal(limit, controle);
        controle.afronden();
        Besluitfilter toegestaan = binnenToegang(filter, Aanvrager.uit(login));

        LeesNaSchrijven.Uitkomst stand = leesNaSchrijven.wacht(BesluitenhistorieProjectie.NAAM, minimalePositie);
        List<Besluit> gevonden = besluiten.pagina(toegestaan, vanaf, aantal + 1);
        boolean meer = gevonden.size() > aantal;
        List<Besluit> pagina = meer ? gevonden.subList(0, aantal) : gevonden;
        String volgende = meer ? volgende(filter, pagina.get(pagina.size() - 1).positie(), aantal) : null;
        ResponseEntity.BodyBuilder antwoord = LeesNaSchrijven.ok(stand);
        if (volgende != null) {
            antwoord.header(HttpHeaders.LINK, "<" + volgende + ">; rel=\"next\"");
        }
        return antwoord.body(new Besluitenpagina(pagina, stand.positie(), volgende));
    }

    @GetMapping("/{positie}")
    @Operation(summary = "Eén besluit, op zijn gebeurtenispositie")
    ResponseEntity<Besluit> besluit(@PathVariable long positie,
                                    @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                                    @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false) Long minimalePositie,
                                    Authentication login) {
        Aanvrager aanvrager = Aanvrager.uit(login);
        return leesNaSchrijven.antwoord(BesluitenhistorieProjectie.NAAM, minimalePositie, () -> {
            Besluit besluit = besluiten.besluit(positie)
                    .orElseThrow(() -> new NietGevonden("Het besluit op positie " + positie));
            if (aanvrager.isRegio() && (aanvrager.organisatie() == null
                    || !aanvrager.organisatie().equals(besluit.regioId()))) {
                throw new AccessDeniedException("een regio leest alleen de besluiten over de eigen regio");
            }
            return besluit;
        });
    }

    @GetMapping("/export")
    @Operation(summary = "Alle besluiten van het filter als CSV of JSON Lines, oudste eerst, gestreamd",
            description = "Het formaat volgt uit 'formaat', anders uit Accept (text/csv of application/x-ndjson); "
                    + "standaard CSV (RFC 4180, met kopregel).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            description = "De besluiten als CSV (inhoud als JSON-tekst) of als JSON Lines (één besluit per regel)",
            content = {
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/x-ndjson",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String regio,
            @RequestParam(name = "type", required = false) List<String> type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String organisatie,
            @RequestParam(required = false) String geregistreerdVanaf,
            @RequestParam(required = false) String geregistreerdTot,
            @RequestParam(required = false) String ingangsVanaf,
            @RequestParam(required = false) String ingangsTot,
            @Parameter(description = "csv of jsonl") @RequestParam(required = false) String formaat,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication login) {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        Besluitfilter filter = Besluitfilter.lees(regio, type, actor, organisatie, geregistreerdVanaf,
                geregistreerdTot, ingangsVanaf, ingangsTot, controle);
        BesluitenExport.Formaat gekozen = formaat(formaat, accept, controle);
        controle.afronden();
        Aanvrager aanvrager = Aanvrager.uit(login);
        Besluitfilter toegestaan = binnenToegang(filter, aanvrager);
        return ResponseEntity.ok()
                .contentType(gekozen.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("besluiten." + gekozen.extensie).build().toString())
                .body(export.schrijf(toegestaan, gekozen, aanvrager.naam()));
    }

    /** A region's user reads only their own region's decisions. */
    private static Besluitfilter binnenToegang(Besluitfilter filter, Aanvrager aanvrager) {
        if (!aanvrager.isRegio()) {
            return filter;
        }
        if (aanvrager.organisatie() == null
                || filter.regio() != null && !filter.regio().equals(aanvrager.organisatie())) {
            throw new AccessDeniedException("een regio leest alleen de besluiten over de eigen regio");
        }
        return filter.alleenRegio(aanvrager.organisatie());
    }

    private static String volgende(Besluitfilter filter, long laatste, int aantal) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/v1/besluiten");
        if (filter.regio() != null) {
            link.queryParam("regio", filter.regio());
        }
        filter.typen().forEach(t -> link.queryParam("type", t));
        queryParam(link, "actor", filter.actor());
        queryParam(link, "organisatie", filter.organisatie());
        queryParam(link, "geregistreerdVanaf", filter.geregistreerdVanaf());
        queryParam(link, "geregistreerdTot", filter.geregistreerdTot());
        queryParam(link, "ingangsVanaf", filter.ingangsVanaf());
        queryParam(link, "ingangsTot", filter.ingangsTot());
        return link.queryParam("na", laatste).queryParam("limit", aantal).encode().build().toUriString();
    }

    private static void queryParam(UriComponentsBuilder link, String naam, Object waarde) {
        if (waarde != null) {
            link.queryParam(naam, waarde.toString());
        }
    }

    private static Long positie(String naam, String waarde, OngeldigeInvoer.Controle controle) {
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
        controle.schending(naam, "positie", "een gebeurtenispositie, een geheel getal van 1 of meer");
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

    private static BesluitenExport.Formaat formaat(String formaat, String accept, OngeldigeInvoer.Controle controle) {
        if (formaat != null) {
            return switch (formaat.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> BesluitenExport.Formaat.CSV;
                case "jsonl", "ndjson" -> BesluitenExport.Formaat.JSONL;
                default -> {
                    controle.schending("formaat", "keuze", "csv of jsonl");
                    yield BesluitenExport.Formaat.CSV;
                }
            };
        }
        String gevraagd = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        boolean jsonl = gevraagd.contains("application/x-ndjson") || gevraagd.contains("application/jsonl");
        return jsonl && !gevraagd.contains("text/csv") ? BesluitenExport.Formaat.JSONL : BesluitenExport.Formaat.CSV;
    }
}
