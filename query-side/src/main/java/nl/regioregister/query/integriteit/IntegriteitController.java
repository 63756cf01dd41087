package nl.regioregister.query.integriteit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditors' proofs that the history they are shown is complete and unaltered: signed checkpoints of the
 * register's Merkle tree (RFC 9162), inclusion proofs per event, consistency proofs between checkpoints and an
 * export to verify offline. The public key is public.
 */
@RestController
@RequestMapping("/v1/integriteit")
@Tag(name = "Integriteit")
class IntegriteitController {

    private static final Pattern REGIO = Pattern.compile("[a-z0-9-]{1,100}");

    /**
     * RFC 9162's inclusion proof of one event against a signed checkpoint, with the event as stored now (payload and
     * metadata as base64 of the stored bytes), so that the leaf hash can be computed from it (docs/integriteit.md).
     */
    record Inclusiebewijs(String gebeurtenisId, long blad, Gebeurtenisblad gebeurtenis, Controlepunt controlepunt,
            List<byte[]> bewijs) {
    }

    /** RFC 9162's consistency proof: the tree of {@code van} leaves is a prefix of the tree of {@code tot} leaves. */
    record Consistentiebewijs(long van, long tot, byte[] wortelVan, byte[] wortelTot, List<byte[]> bewijs) {
    }

    private final Controlepunten controlepunten;
    private final Boomopslag opslag;
    private final Ondertekenaar ondertekenaar;
    private final IntegriteitExport export;

    IntegriteitController(Controlepunten controlepunten, Boomopslag opslag, Ondertekenaar ondertekenaar,
            IntegriteitExport export) {
        this.controlepunten = controlepunten;
        this.opslag = opslag;
        this.ondertekenaar = ondertekenaar;
        this.export = export;
    }

    @GetMapping("/controlepunten/laatste")
    @PreAuthorize("hasAnyRole('AUDITOR', 'BEHEER')")
    @Operation(summary = "Het laatst getekende controlepunt: grootte, wortel (base64), tijdstip en Ed25519-handtekening",
            description = "Bewaar het: een later controlepunt moet het uitbreiden (zie consistentiebewijs).")
    Controlepunt laatste() {
        return laatsteControlepunt();
    }

    @PostMapping("/controlepunten")
    @PreAuthorize("hasAnyRole('AUDITOR', 'BEHEER')")
    @Operation(summary = "Teken nu een controlepunt over de huidige boom",
            description = "Controleert eerst de bladen opnieuw tegen de opgeslagen gebeurtenissen (standaard alle; "
                    + "'sinds-vorige' alleen die sinds het vorige controlepunt) en weigert (409) een boom die er niet "
                    + "meer bij past.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Het nieuw getekende controlepunt",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Controlepunt.class)))
    ResponseEntity<Controlepunt> teken(@Parameter(description = "volledig (standaard) of sinds-vorige")
            @RequestParam(required = false) String controle) {
        Controlepunten.Controle soort;
        if (controle == null || controle.equals("volledig")) {
            soort = Controlepunten.Controle.VOLLEDIG;
        } else if (controle.equals("sinds-vorige")) {
            soort = Controlepunten.Controle.SINDS_VORIGE;
        } else {
            throw new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending("controle", "keuze",
                    "kies volledig of sinds-vorige")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(controlepunten.teken(soort));
    }

    @GetMapping(value = "/publieke-sleutel", produces = "application/x-pem-file")
    @Operation(summary = "De Ed25519 publieke sleutel waarmee controlepunten getekend zijn (PEM)")
    String publiekeSleutel() {
        return Sleutels.pem(ondertekenaar.sleutel().publiek());
    }

    @GetMapping("/gebeurtenissen/{gebeurtenisId}/inclusiebewijs")
    @PreAuthorize("hasAnyRole('AUDITOR', 'BEHEER')")
    @Operation(summary = "Het inclusiebewijs van een gebeurtenis tegen het laatste of een opgegeven controlepunt")
    Inclusiebewijs inclusiebewijs(@PathVariable String gebeurtenisId,
            @Parameter(description = "Grootte van een eerder getekend controlepunt (standaard het laatste)")
            @RequestParam(required = false) Long grootte) {
        Controlepunt controlepunt = grootte == null ? laatsteControlepunt() : controlepuntVan(grootte, "grootte");
        long blad = opslag.bladVan(gebeurtenisId).orElseThrow(() -> new NietInDeBoom(
                "Gebeurtenis " + gebeurtenisId + " staat (nog) niet in de boom."));
        if (blad >= controlepunt.grootte()) {
            throw new NietInDeBoom("Gebeurtenis " + gebeurtenisId + " (blad " + blad + ") valt buiten het "
                    + "controlepunt van " + controlepunt.grootte() + " bladen; teken een nieuw controlepunt.");
        }
        List<byte[]> hashes = opslag.bladHashes(controlepunt.grootte());
        Gebeurtenisblad gebeurtenis = opslag.globaleIndexVan(blad).flatMap(opslag::gebeurtenis).orElse(null);
        return new Inclusiebewijs(gebeurtenisId, blad, gebeurtenis, controlepunt,
                Merkleboom.inclusiebewijs(hashes, blad, controlepunt.grootte()));
    }

    @GetMapping("/consistentiebewijs")
    @PreAuthorize("hasAnyRole('AUDITOR', 'BEHEER')")
    @Operation(summary = "Het consistentiebewijs tussen twee getekende controlepunten (van ≤ tot)")
    Consistentiebewijs consistentiebewijs(@RequestParam(required = false) Long van,
            @RequestParam(required = false) Long tot) {
        OngeldigeInvoer.Controle invoer = new OngeldigeInvoer.Controle();
        if (van == null) {
            invoer.schending("van", "verplicht", "geef de grootte van het eerdere controlepunt");
        }
        if (tot == null) {
            invoer.schending("tot", "verplicht", "geef de grootte van het latere controlepunt");
        }
        if (van != null && tot != null && van > tot) {
            invoer.schending("van", "volgorde", "van mag niet groter zijn dan tot");
        }
        invoer.afronden();
        Controlepunt eerder = controlepuntVan(van, "van");
        Controlepunt later = controlepuntVan(tot, "tot");
        List<byte[]> hashes = opslag.bladHashes(later.grootte());
        return new Consistentiebewijs(van, tot, eerder.wortel(), later.wortel(),
                Merkleboom.consistentiebewijs(hashes, van, tot));
    }

    @GetMapping(value = "/export", produces = "application/zip")
    @PreAuthorize("hasAnyRole('AUDITOR', 'BEHEER')")
    @Operation(summary = "De historie van het register of van één regio met alle bewijzen, om offline te verifiëren",
            description = "Een zip met export.json, gebeurtenissen.jsonl, controlepunt.json en publieke-sleutel.pem, "
                    + "bewezen tegen het laatste controlepunt. Verifieer met de verificateur (zie README).")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "Alleen de gebeurtenissen van deze regio (standaard het hele register)")
            @RequestParam(required = false) String regio) {
        if (regio != null && !REGIO.matcher(regio).matches()) {
            throw new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending("regio", "patroon",
                    "een regio-id bestaat uit kleine letters, cijfers en streepjes")));
        }
        Controlepunt controlepunt = laatsteControlepunt();
        ondertekenaar.sleutel();
        String naam = "regioregister-" + (regio == null ? "register" : regio) + "-" + controlepunt.grootte() + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build()
                        .toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(uit -> export.schrijf(controlepunt, regio, uit));
    }

    private Controlepunt laatsteControlepunt() {
        return opslag.laatsteControlepunt().orElseThrow(() -> new NietInDeBoom(
                "Er is nog geen controlepunt getekend; vraag er een aan met POST /v1/integriteit/controlepunten."));
    }

    private Controlepunt controlepuntVan(long grootte, String parameter) {
        return opslag.controlepunten().stream().filter(c -> c.grootte() == grootte).reduce((a, b) -> b)
                .orElseThrow(() -> new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending(parameter,
                        "onbekend-controlepunt", "er is geen getekend controlepunt met grootte " + grootte))));
    }
}
