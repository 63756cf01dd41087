package nl.regioregister.command.regio;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.regioregister.command.besluit.Tekst;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.regio.AkkoordOpStrategischeAgendaGegeven;
import nl.regioregister.events.regio.GezamenlijkeKansBenoemd;
import nl.regioregister.events.regio.GezamenlijkeKansVervallen;
import nl.regioregister.events.regio.Ontwikkelfase;
import nl.regioregister.events.regio.OntwikkelfaseVastgelegd;
import nl.regioregister.events.regio.RegionaalInitiatiefVastgelegd;
import nl.regioregister.events.regio.SamenhangMetTrajectenVastgelegd;
import nl.regioregister.events.regio.StrategischeAgendaVastgesteld;
import nl.regioregister.events.regio.Zijde;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The strategische agenda of a region and the Rijk, following the principles of the brief Werkwijze Strategische
 * Agenda's regio en Rijk (1 juli 2026): regional initiative and ownership, meeting the region in its development
 * phase, shared opportunities with added value for both, and coherence with running trajectories.
 * <p>
 * What region and Rijk find in their talks (the phase, shared opportunities, coherence) is recorded whenever it is
 * found, also before the region's initiative is recorded and in any phase: "Het Rijk zal aansluiten bij de fase
 * waarin een regio zich bevindt". It is formalised only on the region's initiative ("Het is alleen kansrijk als
 * voldoende initiatief in de regio aanwezig is"), with at least one shared opportunity and its coherence with running
 * trajectories considered, and with the akkoord of both sides ("wordt gezamenlijk gedragen"); the agenda stays a
 * living document, and a changed agenda is formalised again as the next version, with new akkoorden. A separate aggregate from {@link Regio}, so that a region's governance and its
 * agenda do not contend.
 */
@Aggregate
public class StrategischeAgenda {

    private static final String PREFIX = "strategische-agenda:";

    @AggregateIdentifier
    private String agendaId;
    private String regioId;
    private boolean initiatief;
    private Ontwikkelfase fase;
    /** The titles of the shared opportunities, by their title compared without regard to case. */
    private final Map<String, String> kansen = new HashMap<>();
    private boolean samenhangVastgelegd;
    private int versie;
    private LocalDate vastgesteldOp;
    private boolean gewijzigdSindsVaststelling;
    /** The sides that agreed to the agenda as it now stands; a change clears them. */
    private final java.util.Set<Zijde> akkoorden = java.util.EnumSet.noneOf(Zijde.class);

    protected StrategischeAgenda() {
    }

    /** The aggregate identifier of a region's strategische agenda in the shared event table. */
    public static String id(String regioId) {
        return PREFIX + regioId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LegRegionaalInitiatiefVast besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        OngeldigBesluit.eis(!isLeeg(besluit.omschrijving()), "omschrijving: beschrijf het initiatief van de regio");
        apply(new RegionaalInitiatiefVastgelegd(besluit.regioId(), besluit.omschrijving().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LegOntwikkelfaseVast besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        OngeldigBesluit.eis(besluit.fase() != null, "fase: noem de ontwikkelfase van de regio");
        apply(new OntwikkelfaseVastgelegd(besluit.regioId(), besluit.fase()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BenoemGezamenlijkeKans besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        eisKansMetMeerwaardeVoorBeide(besluit);
        weigerAlsKansAlBenoemd(besluit.titel().strip());
        apply(new GezamenlijkeKansBenoemd(besluit.regioId(), besluit.titel().strip(), schoon(besluit.omschrijving()),
                besluit.meerwaardeRegio().strip(), besluit.meerwaardeRijk().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LaatGezamenlijkeKansVallen besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        OngeldigBesluit.eis(!isLeeg(besluit.titel()), "titel: noem de kans die vervalt");
        eisBenoemdeKans(besluit.titel().strip());
        apply(new GezamenlijkeKansVervallen(besluit.regioId(), kansen.get(sleutel(besluit.titel()))));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LegSamenhangMetTrajectenVast besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        eisBenoemdeTrajecten(besluit);
        apply(new SamenhangMetTrajectenVastgelegd(besluit.regioId(),
                besluit.trajecten().stream().distinct().toList(),
                besluit.overigeTrajecten().stream().map(String::strip).distinct().toList()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StelStrategischeAgendaVast besluit, BekendeRegios regios,
                @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        regios.eisBekend(besluit.regioId());
        LocalDate op = besluit.vastgesteldOp() != null ? besluit.vastgesteldOp()
                : ingangsdatum == null ? null : LocalDate.parse(ingangsdatum);
        OngeldigBesluit.eis(op != null, "vastgesteldOp: noem de datum of geef het besluit een ingangsdatum");
        eisRegionaalInitiatief(besluit.regioId());
        eisGezamenlijkeKans();
        eisSamenhangMetLopendeTrajecten();
        weigerAlsOngewijzigdSindsVaststelling();
        eisAkkoordVanBeide(besluit.regioId());
        apply(new StrategischeAgendaVastgesteld(regioId, versie + 1, op));
    }

    /** The side follows from who records it: the BZK role agrees for the Rijk, a region's user for the region. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GeefAkkoordOpStrategischeAgenda besluit, BekendeRegios regios,
                @MetaDataValue(BesluitMetadata.ROL) String rol) {
        regios.eisBekend(besluit.regioId());
        eisRegionaalInitiatief(besluit.regioId());
        Zijde zijde = "REGIO".equals(rol) ? Zijde.REGIO : Zijde.RIJK;
        if (akkoorden.contains(zijde)) {
            throw new AkkoordOpStrategischeAgendaAlGegeven(zijde);
        }
        apply(new AkkoordOpStrategischeAgendaGegeven(besluit.regioId(), zijde, versie + 1));
    }

    // --- rules ---

    private void eisRegionaalInitiatief(String voorRegio) {
        if (!initiatief) {
            throw new GeenRegionaalInitiatief(voorRegio);
        }
    }

    private static void eisKansMetMeerwaardeVoorBeide(BenoemGezamenlijkeKans besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (isLeeg(besluit.titel())) {
            overtredingen.add("titel: een gezamenlijke kans heeft een titel");
        }
        if (isLeeg(besluit.meerwaardeRegio())) {
            overtredingen.add("meerwaardeRegio: noem de meerwaarde van de kans voor de regio");
        }
        if (isLeeg(besluit.meerwaardeRijk())) {
            overtredingen.add("meerwaardeRijk: noem de meerwaarde van de kans voor het Rijk");
        }
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    private void weigerAlsKansAlBenoemd(String titel) {
        if (kansen.containsKey(sleutel(titel))) {
            throw new KansAlBenoemd(titel);
        }
    }

    private void eisBenoemdeKans(String titel) {
        if (!kansen.containsKey(sleutel(titel))) {
            throw new OnbekendeKans(titel);
        }
    }

    private static void eisBenoemdeTrajecten(LegSamenhangMetTrajectenVast besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.trajecten().stream().anyMatch(Objects::isNull)) {
            overtredingen.add("trajecten: een leeg traject is geen traject");
        }
        if (besluit.overigeTrajecten().stream().anyMatch(Tekst::isLeeg)) {
            overtredingen.add("overigeTrajecten: elk overig traject heeft een naam");
        }
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    private void eisAkkoordVanBeide(String voorRegio) {
        List<Zijde> ontbrekend = java.util.Arrays.stream(Zijde.values()).filter(z -> !akkoorden.contains(z)).toList();
        if (!ontbrekend.isEmpty()) {
            throw new StrategischeAgendaNietGezamenlijk(voorRegio, ontbrekend);
        }
    }

    private void eisGezamenlijkeKans() {
        if (kansen.isEmpty()) {
            throw new GeenGezamenlijkeKans(regioId);
        }
    }

    private void eisSamenhangMetLopendeTrajecten() {
        if (!samenhangVastgelegd) {
            throw new SamenhangNietVastgelegd(regioId);
        }
    }

    private void weigerAlsOngewijzigdSindsVaststelling() {
        if (versie > 0 && !gewijzigdSindsVaststelling) {
            throw new AgendaOngewijzigdSindsVaststelling(versie, vastgesteldOp);
        }
    }

    private static String sleutel(String titel) {
        return titel.strip().toLowerCase(Locale.ROOT);
    }



    // --- state ---

    @EventSourcingHandler
    void on(RegionaalInitiatiefVastgelegd gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        initiatief = true;
        gewijzigdSindsVaststelling = true;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(OntwikkelfaseVastgelegd gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        fase = gebeurtenis.fase();
        gewijzigdSindsVaststelling = true;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(GezamenlijkeKansBenoemd gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        kansen.put(sleutel(gebeurtenis.titel()), gebeurtenis.titel());
        gewijzigdSindsVaststelling = true;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(GezamenlijkeKansVervallen gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        kansen.remove(sleutel(gebeurtenis.titel()));
        gewijzigdSindsVaststelling = true;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(SamenhangMetTrajectenVastgelegd gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        samenhangVastgelegd = true;
        gewijzigdSindsVaststelling = true;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(StrategischeAgendaVastgesteld gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        versie = gebeurtenis.versie();
        vastgesteldOp = gebeurtenis.vastgesteldOp();
        gewijzigdSindsVaststelling = false;
        akkoorden.clear();
    }

    @EventSourcingHandler
    void on(AkkoordOpStrategischeAgendaGegeven gebeurtenis) {
        agendaId = id(gebeurtenis.regioId());
        regioId = gebeurtenis.regioId();
        akkoorden.add(gebeurtenis.zijde());
    }
}
