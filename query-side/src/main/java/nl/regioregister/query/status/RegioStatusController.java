package nl.regioregister.query.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.query.kamer.VerlopenToezeggingen;
import nl.regioregister.query.programma.Programmabesluiten;
import nl.regioregister.query.programma.Programmaparameters;
import nl.regioregister.query.persoon.Persoonsgegevens;
import nl.regioregister.query.platform.LeesNaSchrijven;
import nl.regioregister.query.platform.NietGevonden;
import nl.regioregister.query.platform.OngeldigeInvoer;
import nl.regioregister.query.platform.ProjectieStand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import nl.regioregister.query.platform.Aanvrager;
import nl.regioregister.query.platform.Stroomtoewijzing;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Regiostatus", description = "Stand van een regio en overzicht per programma, ook in het verleden")
class RegioStatusController {

    /** A region's status with what is late today; {@code positie} is the last event it reflects. */
    record RegioStatusAntwoord(RegioStatus status, List<Signalen.Signaal> signalen, long positie,
                               Instant bekendOp, LocalDate geldendOp) {
    }

    record Geld(BigDecimal toegekend, BigDecimal btwSchatting, BigDecimal uitbetaald, BigDecimal btwTeruggevraagd,
                BigDecimal besteed, BigDecimal beschikbaar) {
        static Geld nul() {
            BigDecimal nul = RegioStatus.nul();
            return new Geld(nul, nul, nul, nul, nul, nul);
        }

        Geld plus(RegioStatus.Jaar jaar) {
            return new Geld(toegekend.add(jaar.toegekend), btwSchatting.add(jaar.btwSchatting),
                    uitbetaald.add(jaar.uitbetaald), btwTeruggevraagd.add(jaar.btwTeruggevraagd),
                    besteed.add(jaar.besteed), beschikbaar.add(jaar.getBeschikbaar()));
        }

        Geld plus(Geld ander) {
            return new Geld(toegekend.add(ander.toegekend), btwSchatting.add(ander.btwSchatting),
                    uitbetaald.add(ander.uitbetaald), btwTeruggevraagd.add(ander.btwTeruggevraagd),
                    besteed.add(ander.besteed), beschikbaar.add(ander.beschikbaar));
        }
    }

    record RegioInProgramma(String regioId, String naam, String fase, List<Signalen.Signaal> signalen,
                            Map<Integer, Geld> procesmiddelenPerJaar, Geld procesmiddelenTotaal) {
    }

    /** {@code npvr}: the NPVR's parameters in effect today, which the signals are held against. */
    record ProgrammaOverzicht(String programma, List<RegioInProgramma> regios, Map<Integer, Geld> totaalPerJaar,
                              List<VerlopenToezeggingen.Verlopen> verlopenToezeggingen, long positie,
                              Programmaparameters npvr) {
    }

    private final RegioStatusOpslag opslag;
    private final Tijdreis tijdreis;
    private final GeldendeStand geldendeStand;
    private final Herbouw herbouw;
    private final RegioStatusMeldingen meldingen;
    private final ProjectieStand stand;
    private final LeesNaSchrijven leesNaSchrijven;
    private final VerlopenToezeggingen verlopenToezeggingen;

    private final Stroomtoewijzing stromen;
    private final Programmabesluiten programmabesluiten;
    private final Persoonsgegevens persoonsgegevens;

    RegioStatusController(RegioStatusOpslag opslag, Tijdreis tijdreis, GeldendeStand geldendeStand, Herbouw herbouw,
                          RegioStatusMeldingen meldingen, ProjectieStand stand, LeesNaSchrijven leesNaSchrijven,
                          VerlopenToezeggingen verlopenToezeggingen, Stroomtoewijzing stromen,
                          Programmabesluiten programmabesluiten, Persoonsgegevens persoonsgegevens) {
        this.programmabesluiten = programmabesluiten;
        this.persoonsgegevens = persoonsgegevens;
        this.verlopenToezeggingen = verlopenToezeggingen;
        this.stromen = stromen;
        this.leesNaSchrijven = leesNaSchrijven;
        this.opslag = opslag;
        this.tijdreis = tijdreis;
        this.geldendeStand = geldendeStand;
        this.herbouw = herbouw;
        this.meldingen = meldingen;
        this.stand = stand;
    }

    @GetMapping("/v1/regios/{regioId}/status")
    @Operation(summary = "De stand van een regio: programma's, bestuur, agenda, procesmiddelen, trajecten, signalen",
            description = "Zonder parameter: zoals het vandaag (Europe/Amsterdam) geldt. Een besluit telt vanaf zijn "
                    + "ingangsdatum, in volgorde van ingang; een besluit dat later ingaat staat onder aangekondigd en "
                    + "wordt op zijn ingangsdatum huidig. Met geldendOp: zoals het op die datum gold, met alles wat "
                    + "tot nu is vastgelegd. Met bekendOp: wat tot dat moment was vastgelegd, zoals het op de dag van "
                    + "dat moment gold. Alle drie zijn dezelfde berekening.")
    ResponseEntity<RegioStatusAntwoord> status(@PathVariable String regioId,
                               @Parameter(description = "UTC-moment, bv. 2025-03-01T00:00:00Z")
                               @RequestParam(required = false) Instant bekendOp,
                               @Parameter(description = "Datum, bv. 2025-03-01")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate geldendOp,
                               @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                               @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false)
                               Long minimalePositie) {
        if (bekendOp != null && geldendOp != null) {
            throw OngeldigeInvoer.van("geldendOp", "kies bekendOp of geldendOp, niet beide");
        }
        // time travel reads the index this projection keeps, so it waits for the same position as the live view
        LeesNaSchrijven.Uitkomst uitkomst = leesNaSchrijven.wacht(RegioStatusOpslag.PROJECTIE, minimalePositie);
        Optional<RegioStatus> status;
        if (bekendOp != null) {
            status = tijdreis.bekendOp(regioId, bekendOp);
        } else if (geldendOp != null) {
            status = tijdreis.geldendOp(regioId, geldendOp);
        } else {
            int generatie = opslag.actieveGeneratie();
            RegioStatus gevonden = opslag.lees(generatie, regioId)
                    .map(opgeslagen -> geldendeStand.vandaag(generatie, regioId, opgeslagen))
                    .filter(s -> s.regioId != null)
                    .orElseThrow(() -> new NietGevonden("De regio " + regioId));
            Personen.vulIn(gevonden, persoonsgegevens);
            return LeesNaSchrijven.ok(uitkomst).body(new RegioStatusAntwoord(gevonden,
                    Signalen.van(gevonden, gevonden.peildatum, npvrOp(gevonden.peildatum)), gevonden.positie, null,
                    null));
        }
        RegioStatus gevonden = status.orElseThrow(() -> new NietGevonden("De regio " + regioId));
        // the programme's parameters as known at the same moment, or in effect on the same date, as the status
        Programmaparameters npvr = bekendOp != null
                ? programmabesluiten.bekendOp(Programma.NPVR, bekendOp).orElse(null)
                : npvrOp(gevonden.peildatum);
        Personen.vulIn(gevonden, persoonsgegevens);
        return LeesNaSchrijven.ok(uitkomst).body(new RegioStatusAntwoord(gevonden,
                Signalen.van(gevonden, gevonden.peildatum, npvr), gevonden.positie, bekendOp, geldendOp));
    }

    private Programmaparameters npvrOp(LocalDate datum) {
        return programmabesluiten.geldendOp(Programma.NPVR, datum).orElse(null);
    }

    @GetMapping("/v1/programmas/{programma}/overzicht")
    @Operation(summary = "Alle regio's van een programma met fase, signalen en procesmiddelen, totalen per jaar, en "
            + "de toezeggingen aan de Kamer die over hun termijn zijn")
    ResponseEntity<ProgrammaOverzicht> overzicht(@PathVariable String programma,
                                                 @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                                                 @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false)
                                                 Long minimalePositie) {
        LeesNaSchrijven.Uitkomst uitkomst = leesNaSchrijven.wacht(RegioStatusOpslag.PROJECTIE, minimalePositie);
        String naam = programma.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (java.util.Arrays.stream(nl.regioregister.events.regio.Programma.values())
                .noneMatch(bekend -> bekend.name().equals(naam))) {
            throw new NietGevonden("Het programma " + programma);
        }
        LocalDate vandaag = geldendeStand.vandaag();
        Programmaparameters npvr = npvrOp(vandaag);
        // the position first, the documents after: the answer reflects at least what it names, never less
        long positie = stand.van(RegioStatusOpslag.PROJECTIE);
        Map<Integer, Geld> totaal = new TreeMap<>();
        List<RegioInProgramma> regios = alleOp(opslag, geldendeStand, vandaag).stream()
                .filter(s -> s.programmas.containsKey(naam) && !s.programmas.get(naam).lopendOp(vandaag).isEmpty())
                .map(s -> {
                    Map<Integer, Geld> perJaar = new TreeMap<>();
                    s.procesmiddelen.forEach((jaar, geld) -> {
                        perJaar.put(jaar, Geld.nul().plus(geld));
                        totaal.merge(jaar, Geld.nul().plus(geld), Geld::plus);
                    });
                    Geld regioTotaal = perJaar.values().stream().reduce(Geld.nul(), Geld::plus);
                    return new RegioInProgramma(s.regioId, s.naam, fase(s), Signalen.van(s, vandaag, npvr), perJaar,
                            regioTotaal);
                })
                .sorted(java.util.Comparator.comparing(RegioInProgramma::naam))
                .toList();
        return LeesNaSchrijven.ok(uitkomst)
                .body(new ProgrammaOverzicht(naam, regios, totaal, verlopenToezeggingen.op(vandaag), positie,
                        npvr));
    }

    @GetMapping(path = "/v1/regios/{regioId}/status/stroom", produces = "text/event-stream")
    @Operation(summary = "Server-Sent Events bij elke wijziging van de stand van de regio")
    SseEmitter stroom(@PathVariable String regioId) {
        if (opslag.lees(opslag.actieveGeneratie(), regioId).isEmpty()) {
            throw new NietGevonden("De regio " + regioId);
        }
        return meldingen.abonneer(regioId, stromen.neemVoorAangemelde());
    }

    @GetMapping(path = "/v1/programmas/overzicht/stroom", produces = "text/event-stream")
    @Operation(summary = "Server-Sent Events bij elke wijziging van de stand van een regio")
    SseEmitter overzichtStroom(Authentication login) {
        // a region's user hears only about its own region (Regiotoegang)
        Aanvrager aanvrager = Aanvrager.uit(login);
        return meldingen.abonneer(aanvrager.isRegio() ? aanvrager.organisatie() : null,
                stromen.neemVoorAangemelde());
    }

    @PostMapping("/v1/beheer/projecties/regio-status/herbouw")
    @PreAuthorize("hasRole('BEHEER')")
    @Operation(summary = "Bouw de regiostatus opnieuw op uit alle gebeurtenissen; de oude blijft leesbaar tot de "
            + "nieuwe bij is")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202",
            description = "Herbouw gestart; volg de voortgang met GET op hetzelfde pad",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Herbouw.Voortgang.class)))
    ResponseEntity<Herbouw.Voortgang> herbouw() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(herbouw.start());
    }

    @GetMapping("/v1/beheer/projecties/regio-status/herbouw")
    @PreAuthorize("hasRole('BEHEER')")
    @Operation(summary = "Voortgang van de laatste herbouw: verwerkt, totaal, snelheid, geschatte restduur")
    Herbouw.Voortgang voortgang() {
        return herbouw.voortgang().orElseThrow(() -> new NietGevonden("Een herbouw van regio-status"));
    }

    /** Every region's status as it is in effect on the day: the live view's own reading, for the overview and list. */
    static List<RegioStatus> alleOp(RegioStatusOpslag opslag, GeldendeStand geldendeStand, LocalDate dag) {
        int generatie = opslag.actieveGeneratie();
        return opslag.allePerRegio(generatie).entrySet().stream()
                .map(regio -> geldendeStand.op(generatie, regio.getKey(), regio.getValue(), dag))
                .filter(s -> s.regioId != null)
                .toList();
    }

    /** The phase of the long-term agenda, as the dashboards name it. */
    static String fase(RegioStatus s) {
        if (s.uitvoeringsagendas.values().stream().anyMatch(a -> a.vastgesteldeVersie != null)) {
            return "UITVOERING";
        }
        if (s.plan != null && s.plan.vastgesteldeVersie != null) {
            return "UITVOERINGSAGENDA_IN_VOORBEREIDING";
        }
        if (s.plan != null) {
            return "PLAN_IN_VOORBEREIDING";
        }
        return "START";
    }
}
