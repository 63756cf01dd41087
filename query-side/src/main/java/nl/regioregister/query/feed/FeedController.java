package nl.regioregister.query.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.platform.OngeldigeInvoer;
import nl.regioregister.query.platform.Stroomtoewijzing;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The integrators' feed: every event in commit order, as CloudEvents, to page through or to follow live. */
@RestController
@Tag(name = "Gebeurtenissen")
@PreAuthorize("hasAnyRole('INTEGRATOR', 'AUDITOR', 'BZK', 'DEPARTEMENT', 'BEHEER')")
class FeedController {

    private final FeedRepository feed;
    private final CloudEvents cloudEvents;
    private final FeedVolgers volgers;
    private final FeedInstellingen instellingen;
    private final Schemacatalogus catalogus;
    private final Stroomtoewijzing stromen;

    FeedController(FeedRepository feed, CloudEvents cloudEvents, FeedVolgers volgers, FeedInstellingen instellingen,
                   Schemacatalogus catalogus, Stroomtoewijzing stromen) {
        this.catalogus = catalogus;
        this.stromen = stromen;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.volgers = volgers;
        this.instellingen = instellingen;
    }

    @GetMapping(value = "/v1/events", produces = {CloudEvents.BATCH, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Gebeurtenissen na een positie, in commitvolgorde, als CloudEvents-batch",
            description = "De positie staat in het attribuut sequence. Het antwoord verwijst met een Link-header"
                    + " (rel=\"next\") naar de volgende pagina; een pagina die niet vol is, is de kop van de feed.")
    ResponseEntity<byte[]> pagina(
            @Parameter(description = "Positie waarna gelezen wordt; 0 is het begin")
            @RequestParam(defaultValue = "0") long na,
            @Parameter(description = "Hoeveel gebeurtenissen ten hoogste; begrensd op de ingestelde maximumpagina")
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Gebeurtenistypen, met of zonder revisie, of kort zoals in de besluitenhistorie,"
                    + " bijv. nl.regioregister.regio.RijksvertegenwoordigerBenoemd of RijksvertegenwoordigerBenoemd")
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "Regio-id's, bijv. achterhoek") @RequestParam(required = false) List<String> regio,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ingangsdatumVanaf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate ingangsdatumTotEnMet) {
        FeedFilter filter = filter(type, regio, ingangsdatumVanaf, ingangsdatumTotEnMet);
        if (na < 0) {
            throw OngeldigeInvoer.van("na", "een positie is 0 of groter");
        }
        if (limit < 1) {
            throw OngeldigeInvoer.van("limit", "ten minste 1");
        }
        int grootte = Math.min(limit, instellingen.maxPagina());
        FeedRepository.Pagina pagina = feed.pagina(na, filter, grootte);
        String volgende = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("na", pagina.volgende())
                .replaceQueryParam("limit", grootte)
                .build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CloudEvents.BATCH))
                .header(HttpHeaders.LINK, "<" + volgende + ">; rel=\"next\"")
                .body(cloudEvents.batch(pagina.regels()));
    }

    @GetMapping(value = "/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Gebeurtenissen live als Server-Sent Events, hervatbaar met Last-Event-ID",
            description = "Elk bericht is één CloudEvent (JSON structured format) met als id zijn positie. Zonder"
                    + " Last-Event-ID en zonder na begint de stroom bij de kop: alleen nieuwe gebeurtenissen.")
    SseEmitter stroom(
            @RequestHeader(value = "Last-Event-ID", required = false) String laatsteId,
            @Parameter(description = "Positie waarna de stroom begint; Last-Event-ID gaat voor")
            @RequestParam(required = false) Long na,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) List<String> regio,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ingangsdatumVanaf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate ingangsdatumTotEnMet) {
        FeedFilter filter = filter(type, regio, ingangsdatumVanaf, ingangsdatumTotEnMet);
        long vanaf;
        if (laatsteId != null && !laatsteId.isBlank()) {
            try {
                vanaf = Long.parseLong(laatsteId.trim());
            } catch (NumberFormatException e) {
                throw OngeldigeInvoer.van("Last-Event-ID", "een positie uit de feed");
            }
        } else {
            vanaf = na != null ? na : feed.kop();
        }
        if (vanaf < 0) {
            throw OngeldigeInvoer.van(laatsteId != null ? "Last-Event-ID" : "na", "een positie is 0 of groter");
        }
        return volgers.volg(vanaf, filter, stromen.neemVoorAangemelde());
    }

    private FeedFilter filter(List<String> type, List<String> regio, LocalDate vanaf, LocalDate totEnMet) {
        if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
            throw OngeldigeInvoer.van("ingangsdatumTotEnMet", "ligt voor ingangsdatumVanaf");
        }
        FeedFilter gevraagd = new FeedFilter(type, regio, vanaf, totEnMet);
        return new FeedFilter(catalogus.volledigeTypen(gevraagd.typen()), gevraagd.regios(), vanaf, totEnMet);
    }
}
