package nl.regioregister.command.agenda;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.InspanningsverplichtingAangegaan;
import nl.regioregister.events.agenda.InspanningsverplichtingGewijzigd;
import nl.regioregister.events.agenda.InspanningsverplichtingIngetrokken;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.events.agenda.PlanIngetrokken;
import nl.regioregister.events.agenda.PlanTeruggestuurd;
import nl.regioregister.events.agenda.PlanVastgesteld;
import nl.regioregister.events.agenda.UitvoeringsagendaGeevalueerd;
import nl.regioregister.events.agenda.UitvoeringsagendaIngediend;
import nl.regioregister.events.agenda.UitvoeringsagendaIngetrokken;
import nl.regioregister.events.agenda.UitvoeringsagendaTeruggestuurd;
import nl.regioregister.events.agenda.UitvoeringsagendaVastgesteld;
import nl.regioregister.events.agenda.VoortgangGemeld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The long-term agenda of one NPVR region: its plan voor de regio, its four-yearly uitvoeringsagenda's and the
 * departments' inspanningsverplichtingen to it. One aggregate, so that the rules across the parts (an
 * uitvoeringsagenda follows from an adopted plan; periods do not overlap; at most five periods) hold within one
 * consistency boundary.
 * <p>
 * Both parts are made jointly by region and Rijk, with the region in the lead; together they decide when a part is
 * done (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, bijlage 1). The target dates of that letter
 * (plan around summer 2025, uitvoeringsagenda end 2025) are shown as late elsewhere, never enforced here.
 */
@Aggregate
public class LangjarigeAgenda {

    private static final String PREFIX = "agenda:";

    @AggregateIdentifier
    private String agendaId;
    private String regioId;
    private final Versiecyclus plan = new Versiecyclus("het plan");
    private final Map<Periode, Uitvoeringsagendastand> uitvoeringsagendas = new TreeMap<>(
            Comparator.comparingInt(Periode::beginjaar).thenComparingInt(Periode::eindjaar));
    private final Map<String, Inspanningsverplichting> inspanningsverplichtingen = new HashMap<>();

    private record Inspanningsverplichting(Departement departement, boolean ingetrokken) {
    }

    protected LangjarigeAgenda() {
    }

    /** Aggregates share one event table; the agenda's identifier is its region's, prefixed. */
    public static String id(String regioId) {
        return PREFIX + regioId;
    }

    // --- plan voor de regio -----------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DienPlanIn besluit, BekendeRegios regios) {
        regios.eisBekend(besluit.regioId());
        Inhoudseisen eisen = new Inhoudseisen();
        var hoofdstukken = eisen.hoofdstukken(besluit.hoofdstukken());
        eisen.visiejaar(besluit.visiejaar());
        var doorvertaling = eisen.doorvertaling(besluit.doorvertaling());
        Documentverwijzing document = eisen.document(besluit.document(), "document");
        eisen.eisGeldig();
        apply(new PlanIngediend(besluit.regioId(), plan.volgendeVersie(), hoofdstukken, besluit.visiejaar(),
                doorvertaling, document));
    }

    @CommandHandler
    void handle(StuurPlanTerug besluit) {
        String opmerkingen = eisOpmerkingen(besluit.opmerkingen());
        plan.eisIngediend(besluit.versie());
        apply(new PlanTeruggestuurd(regioId, besluit.versie(), opmerkingen));
    }

    @CommandHandler
    void handle(GeefAkkoordRegioOpPlan besluit) {
        plan.eisIngediend(besluit.versie());
        plan.eisNogGeenAkkoordRegio(besluit.versie());
        apply(new AkkoordRegioOpPlanGegeven(regioId, besluit.versie()));
    }

    @CommandHandler
    void handle(GeefAkkoordRijkOpPlan besluit) {
        plan.eisIngediend(besluit.versie());
        plan.eisNogGeenAkkoordRijk(besluit.versie());
        apply(new AkkoordRijkOpPlanGegeven(regioId, besluit.versie()));
    }

    @CommandHandler
    void handle(TrekPlanIn besluit) {
        plan.eisIntrekbaar(besluit.versie());
        apply(new PlanIngetrokken(regioId, besluit.versie()));
    }

    @CommandHandler
    void handle(StelVast besluit) {
        eisOnderdeelMetPeriode(besluit);
        if (besluit.onderdeel() == Onderdeel.PLAN) {
            plan.eisIngediend(besluit.versie());
            plan.eisAkkoordVanBeide(besluit.versie());
            apply(new PlanVastgesteld(regioId, besluit.versie()));
        } else {
            Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
            cyclus.eisIngediend(besluit.versie());
            cyclus.eisAkkoordVanBeide(besluit.versie());
            apply(new UitvoeringsagendaVastgesteld(regioId, besluit.periode(), besluit.versie()));
        }
    }

    // --- uitvoeringsagenda ------------------------------------------------------------------------------------

    @CommandHandler
    void handle(DienUitvoeringsagendaIn besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.uitvoeringsperiode(besluit.periode());
        var inhoud = eisen.agendainhoud(besluit.activiteiten(), besluit.monitoring(), besluit.indicatoren(),
                besluit.organisatie(), besluit.document());
        eisen.eisGeldig();
        eisVastgesteldPlan();
        Uitvoeringsagendastand bestaand = uitvoeringsagendas.get(besluit.periode());
        if (bestaand != null) {
            weigerAlsGeevalueerd(bestaand, "; herijk haar naar de volgende periode");
        }
        weigerOverlap(besluit.periode(), false);
        weigerZesdeUitvoeringsagenda(besluit.periode());
        apply(new UitvoeringsagendaIngediend(regioId, besluit.periode(),
                bestaand == null ? 1 : bestaand.cyclus().volgendeVersie(),
                bestaand == null ? null : bestaand.herijkingVan(),
                inhoud.activiteiten(), inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                inhoud.document()));
    }

    @CommandHandler
    void handle(StuurUitvoeringsagendaTerug besluit) {
        eisPeriode(besluit.periode());
        String opmerkingen = eisOpmerkingen(besluit.opmerkingen());
        bestaandeUitvoeringsagenda(besluit.periode()).cyclus().eisIngediend(besluit.versie());
        apply(new UitvoeringsagendaTeruggestuurd(regioId, besluit.periode(), besluit.versie(), opmerkingen));
    }

    @CommandHandler
    void handle(GeefAkkoordRegioOpUitvoeringsagenda besluit) {
        eisPeriode(besluit.periode());
        Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
        cyclus.eisIngediend(besluit.versie());
        cyclus.eisNogGeenAkkoordRegio(besluit.versie());
        apply(new AkkoordRegioOpUitvoeringsagendaGegeven(regioId, besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    void handle(GeefAkkoordRijkOpUitvoeringsagenda besluit) {
        eisPeriode(besluit.periode());
        Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
        cyclus.eisIngediend(besluit.versie());
        cyclus.eisNogGeenAkkoordRijk(besluit.versie());
        apply(new AkkoordRijkOpUitvoeringsagendaGegeven(regioId, besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    void handle(TrekUitvoeringsagendaIn besluit) {
        eisPeriode(besluit.periode());
        bestaandeUitvoeringsagenda(besluit.periode()).cyclus().eisIntrekbaar(besluit.versie());
        apply(new UitvoeringsagendaIngetrokken(regioId, besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    void handle(MeldVoortgang besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.periode() != null, "periode: noem de periode van de uitvoeringsagenda");
        String activiteit = eisen.tekst(besluit.activiteit(), "activiteit", "noem de code van de activiteit");
        eisen.eis(besluit.status() != null, "status: noem hoe de activiteit ervoor staat");
        eisen.eis(besluit.peildatum() != null, "peildatum: noem de datum waarop de voortgang geldt");
        eisen.eisGeldig();
        Uitvoeringsagendastand agenda = bestaandeUitvoeringsagenda(besluit.periode());
        eisVastgesteld(agenda);
        weigerAlsGeevalueerd(agenda, "; meld de voortgang in de uitvoeringsagenda van de volgende periode");
        eisVastgesteldeActiviteit(agenda, activiteit);
        apply(new VoortgangGemeld(regioId, besluit.periode(), activiteit, besluit.status(),
                Inhoudseisen.opgeschoond(besluit.toelichting()), besluit.peildatum()));
    }

    /**
     * The evaluation is not bound to the last day of the period: region and Rijk decide together when it is done,
     * and a date is never a reason for refusal.
     */
    @CommandHandler
    void handle(EvalueerUitvoeringsagenda besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.periode() != null, "periode: noem de periode van de uitvoeringsagenda");
        String evaluatie = eisen.tekst(besluit.evaluatie(), "evaluatie",
                "beschrijf wat werkte en wat bijgesteld moet worden");
        Documentverwijzing document = eisen.optioneelDocument(besluit.document(), "document");
        eisen.eisGeldig();
        Uitvoeringsagendastand agenda = bestaandeUitvoeringsagenda(besluit.periode());
        eisVastgesteld(agenda);
        weigerAlsGeevalueerd(agenda, "");
        apply(new UitvoeringsagendaGeevalueerd(regioId, besluit.periode(), agenda.cyclus().geldendeVersie(),
                evaluatie, document));
    }

    @CommandHandler
    void handle(HerijkUitvoeringsagenda besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.geevalueerdePeriode() != null,
                "geevalueerdePeriode: noem de periode van de geëvalueerde uitvoeringsagenda");
        var inhoud = eisen.agendainhoud(besluit.activiteiten(), besluit.monitoring(), besluit.indicatoren(),
                besluit.organisatie(), besluit.document());
        eisen.eisGeldig();
        Uitvoeringsagendastand geevalueerd = bestaandeUitvoeringsagenda(besluit.geevalueerdePeriode());
        eisGeevalueerd(geevalueerd);
        Periode volgende = geevalueerd.periode().volgende();
        weigerOverlap(volgende, true);
        weigerZesdeUitvoeringsagenda(volgende);
        Uitvoeringsagendastand eerder = uitvoeringsagendas.get(volgende);
        apply(new UitvoeringsagendaIngediend(regioId, volgende,
                eerder == null ? 1 : eerder.cyclus().volgendeVersie(), geevalueerd.periode(),
                inhoud.activiteiten(), inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                inhoud.document()));
    }

    // --- inspanningsverplichtingen ----------------------------------------------------------------------------

    @CommandHandler
    void handle(GaInspanningsverplichtingAan besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.kenmerk() != null && besluit.kenmerk().matches("[a-z0-9]+(-[a-z0-9]+)*")
                        && besluit.kenmerk().length() <= 60,
                "kenmerk: een kenmerk bestaat uit kleine letters, cijfers en koppeltekens, "
                        + "bijvoorbeeld vws-zorgakkoord");
        eisen.eis(besluit.departement() != null, "departement: noem het departement dat zich inspant");
        String inzet = eisen.tekst(besluit.inzet(), "inzet", "beschrijf waartoe het departement zich verplicht");
        var bedrag = eisen.bedrag(besluit.bedrag(), "bedrag");
        eisen.periode(besluit.periode());
        eisen.eisGeldig();
        eisNpvrDepartement(besluit.departement());
        weigerBestaandKenmerk(besluit.kenmerk());
        apply(new InspanningsverplichtingAangegaan(regioId, besluit.kenmerk(), besluit.departement(), inzet, bedrag,
                besluit.periode()));
    }

    @CommandHandler
    void handle(WijzigInspanningsverplichting besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        String inzet = eisen.tekst(besluit.inzet(), "inzet", "beschrijf waartoe het departement zich verplicht");
        var bedrag = eisen.bedrag(besluit.bedrag(), "bedrag");
        eisen.periode(besluit.periode());
        eisen.eisGeldig();
        Inspanningsverplichting lopend = lopendeInspanningsverplichting(besluit.kenmerk());
        apply(new InspanningsverplichtingGewijzigd(regioId, besluit.kenmerk(), lopend.departement(), inzet, bedrag,
                besluit.periode()));
    }

    @CommandHandler
    void handle(TrekInspanningsverplichtingIn besluit) {
        Inspanningsverplichting lopend = lopendeInspanningsverplichting(besluit.kenmerk());
        apply(new InspanningsverplichtingIngetrokken(regioId, besluit.kenmerk(), lopend.departement()));
    }

    // --- rules ------------------------------------------------------------------------------------------------

    /** A return states why, so that the region knows what to change. */
    private static String eisOpmerkingen(String opmerkingen) {
        Inhoudseisen eisen = new Inhoudseisen();
        String opgeschoond = eisen.tekst(opmerkingen, "opmerkingen", "het Rijk licht toe wat er anders moet");
        eisen.eisGeldig();
        return opgeschoond;
    }

    private static void eisPeriode(Periode periode) {
        OngeldigBesluit.eis(periode != null, "periode: noem de periode van de uitvoeringsagenda");
    }

    /** StelVast names the plan without a period, or an uitvoeringsagenda by its period. */
    private static void eisOnderdeelMetPeriode(StelVast besluit) {
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.onderdeel() != null, "onderdeel: noem wat wordt vastgesteld: PLAN of UITVOERINGSAGENDA");
        eisen.eis(besluit.onderdeel() != Onderdeel.UITVOERINGSAGENDA || besluit.periode() != null,
                "periode: noem de periode van de uitvoeringsagenda die wordt vastgesteld");
        eisen.eis(besluit.onderdeel() != Onderdeel.PLAN || besluit.periode() == null,
                "periode: het plan voor de regio heeft geen periode");
        eisen.eisGeldig();
    }

    /**
     * An uitvoeringsagenda follows from an adopted plan (Kamerbrief, bijlage 1: "is de basis voor de
     * uitvoeringsagenda").
     */
    private void eisVastgesteldPlan() {
        if (!plan.isVastgesteld()) {
            throw new PlanNietVastgesteld(regioId);
        }
    }

    private Uitvoeringsagendastand bestaandeUitvoeringsagenda(Periode periode) {
        Uitvoeringsagendastand agenda = uitvoeringsagendas.get(periode);
        if (agenda == null) {
            throw new OnbekendeUitvoeringsagenda(periode);
        }
        return agenda;
    }

    private static void eisVastgesteld(Uitvoeringsagendastand agenda) {
        if (!agenda.cyclus().isVastgesteld()) {
            throw new UitvoeringsagendaNietVastgesteld(agenda.periode());
        }
    }

    /** The evaluation closes a period; what follows belongs to the recalibrated agenda of the next period. */
    private static void weigerAlsGeevalueerd(Uitvoeringsagendastand agenda, String vervolg) {
        if (agenda.isGeevalueerd()) {
            throw new AlGeevalueerd("de uitvoeringsagenda " + agenda.periode() + " is al geëvalueerd" + vervolg);
        }
    }

    private static void eisGeevalueerd(Uitvoeringsagendastand agenda) {
        if (!agenda.isGeevalueerd()) {
            throw new NietGeevalueerd(agenda.periode());
        }
    }

    private static void eisVastgesteldeActiviteit(Uitvoeringsagendastand agenda, String activiteit) {
        if (!agenda.heeftVastgesteldeActiviteit(activiteit)) {
            throw new OnbekendeActiviteit(agenda.periode(), activiteit);
        }
    }

    /**
     * No two uitvoeringsagenda's cover the same year. A new version for the same period is no overlap, unless the
     * period is to be newly occupied by recalibration ({@code ookDezelfde}).
     */
    private void weigerOverlap(Periode periode, boolean ookDezelfde) {
        for (Uitvoeringsagendastand bestaande : uitvoeringsagendas.values()) {
            boolean dezelfde = bestaande.periode().equals(periode);
            if (bestaande.beslaatPeriode() && bestaande.periode().overlaptMet(periode) && (ookDezelfde || !dezelfde)) {
                throw new PeriodeOverlapt(periode, bestaande.periode());
            }
        }
    }

    /** Twenty years, recalibrated once every four: at most five uitvoeringsagenda's. */
    private void weigerZesdeUitvoeringsagenda(Periode periode) {
        List<Periode> bezet = uitvoeringsagendas.values().stream()
                .filter(Uitvoeringsagendastand::beslaatPeriode)
                .map(Uitvoeringsagendastand::periode)
                .filter(p -> !p.equals(periode))
                .toList();
        if (bezet.size() >= HoogstensVijfUitvoeringsagendas.MAXIMUM) {
            throw new HoogstensVijfUitvoeringsagendas(bezet);
        }
    }

    /** Only the ten NPVR departments carry the inspanningsverplichting (Kamerbrief Elke Regio Telt, December 2024). */
    private static void eisNpvrDepartement(Departement departement) {
        if (!departement.npvrDepartement()) {
            throw new GeenNpvrDepartement(departement);
        }
    }

    private void weigerBestaandKenmerk(String kenmerk) {
        if (inspanningsverplichtingen.containsKey(kenmerk)) {
            throw new InspanningsverplichtingBestaatAl(kenmerk);
        }
    }

    private Inspanningsverplichting lopendeInspanningsverplichting(String kenmerk) {
        Inspanningsverplichting bekend = kenmerk == null ? null : inspanningsverplichtingen.get(kenmerk);
        if (bekend == null) {
            throw new OnbekendeInspanningsverplichting(kenmerk);
        }
        if (bekend.ingetrokken()) {
            throw new InspanningsverplichtingAlIngetrokken(kenmerk);
        }
        return bekend;
    }

    // --- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PlanIngediend gebeurtenis) {
        regioId = gebeurtenis.regioId();
        agendaId = id(gebeurtenis.regioId());
        plan.ingediend(gebeurtenis.versie());
    }

    @EventSourcingHandler
    void on(PlanTeruggestuurd gebeurtenis) {
        plan.teruggestuurd();
    }

    @EventSourcingHandler
    void on(AkkoordRegioOpPlanGegeven gebeurtenis) {
        plan.akkoordRegio();
    }

    @EventSourcingHandler
    void on(AkkoordRijkOpPlanGegeven gebeurtenis) {
        plan.akkoordRijk();
    }

    @EventSourcingHandler
    void on(PlanVastgesteld gebeurtenis) {
        plan.vastgesteld(gebeurtenis.versie());
    }

    @EventSourcingHandler
    void on(PlanIngetrokken gebeurtenis) {
        plan.ingetrokken();
    }

    @EventSourcingHandler
    void on(UitvoeringsagendaIngediend gebeurtenis) {
        Uitvoeringsagendastand agenda = uitvoeringsagendas.computeIfAbsent(gebeurtenis.periode(),
                Uitvoeringsagendastand::new);
        agenda.ingediend(gebeurtenis.versie(), gebeurtenis.herijkingVan(),
                gebeurtenis.activiteiten().stream().map(Activiteit::code).collect(Collectors.toSet()));
    }

    @EventSourcingHandler
    void on(UitvoeringsagendaTeruggestuurd gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).cyclus().teruggestuurd();
    }

    @EventSourcingHandler
    void on(AkkoordRegioOpUitvoeringsagendaGegeven gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).cyclus().akkoordRegio();
    }

    @EventSourcingHandler
    void on(AkkoordRijkOpUitvoeringsagendaGegeven gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).cyclus().akkoordRijk();
    }

    @EventSourcingHandler
    void on(UitvoeringsagendaVastgesteld gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).vastgesteld(gebeurtenis.versie());
    }

    @EventSourcingHandler
    void on(UitvoeringsagendaIngetrokken gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).cyclus().ingetrokken();
    }

    @EventSourcingHandler
    void on(UitvoeringsagendaGeevalueerd gebeurtenis) {
        uitvoeringsagendas.get(gebeurtenis.periode()).geevalueerd();
    }

    @EventSourcingHandler
    void on(InspanningsverplichtingAangegaan gebeurtenis) {
        inspanningsverplichtingen.put(gebeurtenis.kenmerk(),
                new Inspanningsverplichting(gebeurtenis.departement(), false));
    }

    @EventSourcingHandler
    void on(InspanningsverplichtingIngetrokken gebeurtenis) {
        inspanningsverplichtingen.put(gebeurtenis.kenmerk(),
                new Inspanningsverplichting(gebeurtenis.departement(), true));
    }
}
