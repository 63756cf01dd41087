package nl.regioregister.query.abonnement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regioregister.events.EventType;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.feed.FeedFilter;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.query.feed.FeedSignaal;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions (abonnementen). Only integrators subscribe, and each sees and changes only their own: another
 * integrator's subscription answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/v1/abonnementen")
@Tag(name = "Abonnementen")
@PreAuthorize("hasRole('INTEGRATOR')")
class AbonnementController {

    private final AbonnementRepository abonnementen;
    private final Callbackcontrole controle;
    private final FeedRepository feed;
    private final FeedSignaal signaal;
    private final Schemacatalogus schemas;
    private final Clock klok;

    AbonnementController(AbonnementRepository abonnementen, Callbackcontrole controle, FeedRepository feed,
                         FeedSignaal signaal, Schemacatalogus schemas, ObjectProvider<Clock> klok) {
        this.abonnementen = abonnementen;
        this.controle = controle;
        this.feed = feed;
        this.signaal = signaal;
        this.schemas = schemas;
        this.klok = klok.getIfAvailable(Clock::systemUTC);
    }

    @Schema(description = "Welke gebeurtenissen: typen (met of zonder revisie), regio's, ingangsdata (grenzen"
            + " inbegrepen); leeg filtert niet")
    record Filter(List<String> typen, List<String> regios, LocalDate ingangsdatumVanaf,
                  LocalDate ingangsdatumTotEnMet) {
    }

    @Schema(description = "Een nieuw abonnement")
    record NieuwAbonnement(
            @Schema(description = "https-URL die elke gebeurtenis als POST ontvangt") String callbackUrl,
            @Schema(description = "Standard Webhooks-geheim: whsec_ gevolgd door base64 van 24 tot 64 willekeurige"
                    + " bytes; het register geeft het nooit terug") String geheim,
            Filter filter,
            @Schema(description = "Feedpositie waarna afgeleverd wordt; 0 levert de hele historie, zonder waarde"
                    + " alleen nieuwe gebeurtenissen") Long vanaf) {
    }

    @Schema(description = "Een abonnement en hoe ver de aflevering is")
    record AbonnementView(UUID id, String callbackUrl, Filter filter, String status,
                          @Schema(description = "Feedpositie tot waar alles is afgeleverd") long positie,
                          @Schema(description = "Mislukte pogingen voor de volgende gebeurtenis") int mislukkingen,
                          Instant falendSinds, Instant volgendePoging, Instant aangemaaktOp) {

        static AbonnementView van(Abonnement a) {
            return new AbonnementView(a.id(), a.callbackUrl(), new Filter(a.filter().typen(), a.filter().regios(),
                    a.filter().ingangsdatumVanaf(), a.filter().ingangsdatumTotEnMet()), a.status().name(), a.cursor(),
                    a.pogingen(), a.falendSinds(), a.status() == Abonnement.Status.ACTIEF ? a.volgendePoging() : null,
                    a.aangemaaktOp());
        }
    }

    @Schema(description = "De abonnementen van de aangemelde integrator")
    record Abonnementen(List<AbonnementView> abonnementen) {
    }

    @Schema(description = "Afleverpogingen, nieuwste eerst")
    record Afleverpogingen(List<AbonnementRepository.Poging> pogingen) {
    }

    @PostMapping
    @Operation(summary = "Neem een abonnement op gebeurtenissen, af te leveren als ondertekende webhooks")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Abonnement genomen; Location wijst naar het abonnement",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "/v1/abonnementen/{id}",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AbonnementView.class)))
    ResponseEntity<AbonnementView> neem(@RequestBody NieuwAbonnement verzoek, Principal integrator) {
        Map<String, String> fouten = new LinkedHashMap<>();
        URI url = null;
        if (verzoek.callbackUrl() == null || verzoek.callbackUrl().isBlank()) {
            fouten.put("callbackUrl", "verplicht");
        } else {
            try {
                url = controle.controleer(verzoek.callbackUrl());
            } catch (Callbackcontrole.Geweigerd e) {
                fouten.put("callbackUrl", e.getMessage());
            }
        }
        try {
            Handtekening.sleutel(verzoek.geheim());
        } catch (IllegalArgumentException e) {
            fouten.put("geheim", e.getMessage());
        }
        Filter filter = verzoek.filter() == null ? new Filter(null, null, null, null) : verzoek.filter();
        FeedFilter feedFilter = new FeedFilter(filter.typen(), filter.regios(), filter.ingangsdatumVanaf(),
                filter.ingangsdatumTotEnMet());
        List<String> onbekend = feedFilter.typen().stream().filter(type -> !bekendType(type)).toList();
        if (!onbekend.isEmpty()) {
            fouten.put("filter.typen", "onbekende gebeurtenistypen: " + String.join(", ", onbekend));
        }
        if (feedFilter.ingangsdatumVanaf() != null && feedFilter.ingangsdatumTotEnMet() != null
                && feedFilter.ingangsdatumTotEnMet().isBefore(feedFilter.ingangsdatumVanaf())) {
            fouten.put("filter.ingangsdatumTotEnMet", "ligt voor ingangsdatumVanaf");
        }
        long kop = feed.kop();
        if (verzoek.vanaf() != null && (verzoek.vanaf() < 0 || verzoek.vanaf() > kop)) {
            fouten.put("vanaf", "een positie van 0 tot en met " + kop);
        }
        if (!fouten.isEmpty()) {
            throw OngeldigeInvoer.van(fouten);
        }
        Instant nu = klok.instant().truncatedTo(ChronoUnit.MICROS);
        Abonnement abonnement = new Abonnement(UUID.randomUUID(), integrator.getName(), url.toString(),
                verzoek.geheim(), feedFilter, Abonnement.Status.ACTIEF, verzoek.vanaf() == null ? kop : verzoek.vanaf(),
                0, null, nu, nu);
        abonnementen.nieuw(abonnement);
        signaal.meld();
        return ResponseEntity.created(URI.create("/v1/abonnementen/" + abonnement.id()))
                .body(AbonnementView.van(abonnement));
    }

    @GetMapping
    @Operation(summary = "De eigen abonnementen")
    Abonnementen eigen(Principal integrator) {
        return new Abonnementen(abonnementen.vanEigenaar(integrator.getName()).stream()
                .map(AbonnementView::van).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén eigen abonnement")
    AbonnementView een(@PathVariable UUID id, Principal integrator) {
        return AbonnementView.van(eigen(id, integrator));
    }

    @PostMapping("/{id}/pauzeer")
    @Operation(summary = "Pauzeer de afleveringen; gebeurtenissen wachten in de feed")
    AbonnementView pauzeer(@PathVariable UUID id, Principal integrator) {
        if (!abonnementen.pauzeer(id, integrator.getName())) {
            throw niet(id);
        }
        return een(id, integrator);
    }

    @PostMapping("/{id}/hervat")
    @Operation(summary = "Hervat de afleveringen waar ze stonden")
    AbonnementView hervat(@PathVariable UUID id, Principal integrator) {
        return opnieuw(id, null, integrator);
    }

    @PostMapping("/{id}/opnieuw-afleveren")
    @Operation(summary = "Lever opnieuw af, na een falende periode, of vanaf een eerdere positie",
            description = "Zet een falend of gepauzeerd abonnement weer actief, zonder de mislukkingen tot nu toe;"
                    + " met vanaf opnieuw vanaf die feedpositie.")
    AbonnementView opnieuwAfleveren(@PathVariable UUID id, @RequestParam(required = false) Long vanaf,
                                    Principal integrator) {
        return opnieuw(id, vanaf, integrator);
    }

    private AbonnementView opnieuw(UUID id, Long vanaf, Principal integrator) {
        if (vanaf != null && (vanaf < 0 || vanaf > feed.kop())) {
            throw OngeldigeInvoer.van("vanaf", "een positie van 0 tot en met " + feed.kop());
        }
        if (!abonnementen.hervat(id, integrator.getName(), vanaf, klok.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw niet(id);
        }
        signaal.meld();
        return een(id, integrator);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Beëindig een abonnement")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Abonnement beëindigd")
    ResponseEntity<Void> beeindig(@PathVariable UUID id, Principal integrator) {
        if (!abonnementen.verwijder(id, integrator.getName())) {
            throw niet(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/afleverpogingen")
    @Operation(summary = "De afleverpogingen van een eigen abonnement, nieuwste eerst",
            description = "Blader terug met voor = het kleinste volgnummer van de vorige pagina.")
    Afleverpogingen pogingen(@PathVariable UUID id, @RequestParam(required = false) Long voor,
                             @RequestParam(defaultValue = "100") int limit, Principal integrator) {
        eigen(id, integrator);
        if (limit < 1) {
            throw OngeldigeInvoer.van("limit", "ten minste 1");
        }
        return new Afleverpogingen(abonnementen.pogingen(id, voor, Math.min(limit, 1000)));
    }

    private Abonnement eigen(UUID id, Principal integrator) {
        return abonnementen.van(id, integrator.getName()).orElseThrow(() -> niet(id));
    }

    private static NietGevonden niet(UUID id) {
        return new NietGevonden("Het abonnement " + id);
    }

    private boolean bekendType(String type) {
        return schemas.kent(type) || schemas.typen().keySet().stream().anyMatch(t -> EventType.basis(t).equals(type));
    }
}
