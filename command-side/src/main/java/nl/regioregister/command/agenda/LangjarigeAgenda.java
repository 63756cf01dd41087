package nl.regioregister.command.agenda;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.programma.Programmas;
import nl.regioregister.command.programma.Programmastand;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.command.besluit.Besluitvormer;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.Rol;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
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
import nl.regioregister.events.agenda.UitvoeringsondersteuningToegezegd;
import nl.regioregister.events.agenda.VoortgangGemeld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The long-term agenda of one NPVR region: its plan voor de regio, its four-yearly uitvoeringsagenda's and the
 * departments' inspanningsverplichtingen to it. One aggregate, so that the rules across the parts (an
 * uitvoeringsagenda is adopted on an adopted plan; periods do not overlap) hold within one consistency boundary.
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
    private final java.util.Set<String> ondersteuning = new java.util.HashSet<>();

    private record Inspanningsverplichting(Departement departement, boolean ingetrokken) {
    }

    protected LangjarigeAgenda() {
    }

    /** Aggregates share one event table; the agenda's identifier is its region's, prefixed. */
    public static String id(String regioId) {
        return PREFIX + regioId;
    }

    /**
     * The NPVR's first year as its start decision set it (Kamerbrief Elke Regio Telt, December 2024: 2025); null while
     * the register holds no start decision.
     */
    private static Integer eersteJaar(Programmas programmas) {
        return programmas.geldendOp(Programma.NPVR, null).map(Programmastand::eersteJaar).orElse(null);
    }

    // --- plan voor de regio -----------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DienPlanIn besluit, BekendeRegios regios, Programmas programmas) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen(eersteJaar(programmas));
        var hoofdstukken = eisen.hoofdstukken(besluit.hoofdstukken());
        eisen.visiejaar(besluit.visiejaar());
        var doorvertaling = eisen.doorvertaling(besluit.doorvertaling());
        Documentverwijzing document = eisen.document(besluit.document(), "document");
        eisen.eisGeldig();
        apply(new PlanIngediend(besluit.regioId(), plan.volgendeVersie(), hoofdstukken, besluit.visiejaar(),
                doorvertaling, document));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StuurPlanTerug besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        String opmerkingen = eisOpmerkingen(besluit.opmerkingen());
        plan.eisIngediend(besluit.versie());
        apply(new PlanTeruggestuurd(besluit.regioId(), besluit.versie(), opmerkingen));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GeefAkkoordRegioOpPlan besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        plan.eisIngediend(besluit.versie());
        plan.eisNogGeenAkkoordRegio(besluit.versie());
        apply(new AkkoordRegioOpPlanGegeven(besluit.regioId(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GeefAkkoordRijkOpPlan besluit, BekendeRegios regios,
                @MetaDataValue(BesluitMetadata.ACTOR) String actor) {
        eisBekendeRegio(besluit.regioId(), regios);
        plan.eisIngediend(besluit.versie());
        plan.weigerIndiener(besluit.versie(), actor, "het akkoord van het Rijk geven");
        plan.eisNogGeenAkkoordRijk(besluit.versie());
        apply(new AkkoordRijkOpPlanGegeven(besluit.regioId(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TrekPlanIn besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        plan.eisIntrekbaar(besluit.versie());
        apply(new PlanIngetrokken(besluit.regioId(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StelVast besluit, BekendeRegios regios, @MetaDataValue(BesluitMetadata.ACTOR) String actor) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisOnderdeelMetPeriode(besluit);
        if (besluit.onderdeel() == Onderdeel.PLAN) {
            plan.eisIngediend(besluit.versie());
            plan.weigerIndiener(besluit.versie(), actor, "vaststellen");
            plan.eisAkkoordVanBeide(besluit.versie());
            apply(new PlanVastgesteld(besluit.regioId(), besluit.versie()));
        } else {
            Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
            cyclus.eisIngediend(besluit.versie());
            cyclus.weigerIndiener(besluit.versie(), actor, "vaststellen");
            cyclus.eisAkkoordVanBeide(besluit.versie());
            eisVastgesteldPlan(besluit.regioId());
            apply(new UitvoeringsagendaVastgesteld(besluit.regioId(), besluit.periode(), besluit.versie()));
        }
    }

    // --- uitvoeringsagenda ------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DienUitvoeringsagendaIn besluit, BekendeRegios regios, Programmas programmas) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen(eersteJaar(programmas));
        eisen.uitvoeringsperiode(besluit.periode());
        var inhoud = eisen.agendainhoud(besluit.activiteiten(), besluit.monitoring(), besluit.indicatoren(),
                besluit.organisatie(), besluit.document());
        eisen.eisGeldig();
        Uitvoeringsagendastand bestaand = uitvoeringsagendas.get(besluit.periode());
        if (bestaand != null) {
            weigerAlsGeevalueerd(bestaand, "; herijk haar naar de volgende periode");
        }
        weigerOverlap(besluit.periode(), false);
        apply(new UitvoeringsagendaIngediend(besluit.regioId(), besluit.periode(),
                bestaand == null ? 1 : bestaand.cyclus().volgendeVersie(),
                bestaand == null ? null : bestaand.herijkingVan(),
                inhoud.activiteiten(), inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                inhoud.document()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StuurUitvoeringsagendaTerug besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPeriode(besluit.periode());
        String opmerkingen = eisOpmerkingen(besluit.opmerkingen());
        bestaandeUitvoeringsagenda(besluit.periode()).cyclus().eisIngediend(besluit.versie());
        apply(new UitvoeringsagendaTeruggestuurd(besluit.regioId(), besluit.periode(), besluit.versie(), opmerkingen));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GeefAkkoordRegioOpUitvoeringsagenda besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPeriode(besluit.periode());
        Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
        cyclus.eisIngediend(besluit.versie());
        cyclus.eisNogGeenAkkoordRegio(besluit.versie());
        apply(new AkkoordRegioOpUitvoeringsagendaGegeven(besluit.regioId(), besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GeefAkkoordRijkOpUitvoeringsagenda besluit, BekendeRegios regios,
                @MetaDataValue(BesluitMetadata.ACTOR) String actor) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPeriode(besluit.periode());
        Versiecyclus cyclus = bestaandeUitvoeringsagenda(besluit.periode()).cyclus();
        cyclus.eisIngediend(besluit.versie());
        cyclus.weigerIndiener(besluit.versie(), actor, "het akkoord van het Rijk geven");
        cyclus.eisNogGeenAkkoordRijk(besluit.versie());
        apply(new AkkoordRijkOpUitvoeringsagendaGegeven(besluit.regioId(), besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TrekUitvoeringsagendaIn besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPeriode(besluit.periode());
        bestaandeUitvoeringsagenda(besluit.periode()).cyclus().eisIntrekbaar(besluit.versie());
        apply(new UitvoeringsagendaIngetrokken(besluit.regioId(), besluit.periode(), besluit.versie()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MeldVoortgang besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
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
        apply(new VoortgangGemeld(besluit.regioId(), besluit.periode(), activiteit, besluit.status(),
                Inhoudseisen.opgeschoond(besluit.toelichting()), besluit.peildatum()));
    }

    /**
     * The evaluation is not bound to the last day of the period: region and Rijk decide together when it is done,
     * and a date is never a reason for refusal.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EvalueerUitvoeringsagenda besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen();
        eisen.eis(besluit.periode() != null, "periode: noem de periode van de uitvoeringsagenda");
        String evaluatie = eisen.tekst(besluit.evaluatie(), "evaluatie",
                "beschrijf wat werkte en wat bijgesteld moet worden");
        Documentverwijzing document = eisen.optioneelDocument(besluit.document(), "document");
        eisen.eisGeldig();
        Uitvoeringsagendastand agenda = bestaandeUitvoeringsagenda(besluit.periode());
        eisVastgesteld(agenda);
        weigerAlsGeevalueerd(agenda, "");
        apply(new UitvoeringsagendaGeevalueerd(besluit.regioId(), besluit.periode(), agenda.cyclus().geldendeVersie(),
                evaluatie, document));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HerijkUitvoeringsagenda besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
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
        Uitvoeringsagendastand eerder = uitvoeringsagendas.get(volgende);
        apply(new UitvoeringsagendaIngediend(besluit.regioId(), volgende,
                eerder == null ? 1 : eerder.cyclus().volgendeVersie(), geevalueerd.periode(),
                inhoud.activiteiten(), inhoud.monitoring(), inhoud.indicatoren(), inhoud.organisatie(),
                inhoud.document()));
    }

    // --- ondersteuning door het Rijk -------------------------------------------------------------------------

    /** Support follows the agenda's tasks, so it names an uitvoeringsagenda the register knows. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ZegUitvoeringsondersteuningToe besluit, BekendeRegios regios, Programmas programmas) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen(eersteJaar(programmas));
        eisen.eis(besluit.periode() != null, "periode: noem de periode van de uitvoeringsagenda");
        eisen.eis(besluit.kenmerk() != null && besluit.kenmerk().matches("[a-z0-9]+(-[a-z0-9]+)*")
                        && besluit.kenmerk().length() <= 60,
                "kenmerk: een kenmerk bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld "
                        + "ienw-regioexpres-2027");
        eisen.eis(besluit.departement() != null, "departement: noem het departement dat betaalt");
        eisen.eis(besluit.instrument() != null, "instrument: noem hoe het geld de regio bereikt");
        eisen.eis(besluit.bedrag() != null && besluit.bedrag().signum() > 0, "bedrag: een bedrag groter dan nul");
        var bedrag = eisen.bedrag(besluit.bedrag(), "bedrag");
        eisen.periode(besluit.jaren());
        eisen.eisGeldig();
        bestaandeUitvoeringsagenda(besluit.periode());
        if (ondersteuning.contains(besluit.kenmerk())) {
            throw new OndersteuningBestaatAl(besluit.kenmerk());
        }
        apply(new UitvoeringsondersteuningToegezegd(besluit.regioId(), besluit.periode(), besluit.kenmerk(),
                besluit.departement(), besluit.instrument(), bedrag, besluit.jaren(),
                Inhoudseisen.opgeschoond(besluit.begroting())));
    }

    // --- inspanningsverplichtingen ----------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GaInspanningsverplichtingAan besluit, BekendeRegios regios, Programmas programmas) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen(eersteJaar(programmas));
        eisen.eis(besluit.kenmerk() != null && besluit.kenmerk().matches("[a-z0-9]+(-[a-z0-9]+)*")
                        && besluit.kenmerk().length() <= 60,
                "kenmerk: een kenmerk bestaat uit kleine letters, cijfers en koppeltekens, "
                        + "bijvoorbeeld vws-zorgakkoord");
        eisen.eis(besluit.departement() != null, "departement: noem het departement dat zich inspant");
        String inzet = eisen.tekst(besluit.inzet(), "inzet", "beschrijf waartoe het departement zich verplicht");
        var bedrag = eisen.bedrag(besluit.bedrag(), "bedrag");
        eisen.periode(besluit.periode());
        eisen.eisGeldig();
        weigerBestaandKenmerk(besluit.kenmerk());
        apply(new InspanningsverplichtingAangegaan(besluit.regioId(), besluit.kenmerk(), besluit.departement(), inzet, bedrag,
                besluit.periode()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WijzigInspanningsverplichting besluit, BekendeRegios regios, Programmas programmas,
                @MetaDataValue(BesluitMetadata.ROL) String rol,
                @MetaDataValue(BesluitMetadata.ORGANISATIE) String organisatie) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inhoudseisen eisen = new Inhoudseisen(eersteJaar(programmas));
        String inzet = eisen.tekst(besluit.inzet(), "inzet", "beschrijf waartoe het departement zich verplicht");
        var bedrag = eisen.bedrag(besluit.bedrag(), "bedrag");
        eisen.periode(besluit.periode());
        eisen.eisGeldig();
        Inspanningsverplichting lopend = lopendeInspanningsverplichting(besluit.kenmerk());
        eisEigenInspanningsverplichting(lopend, rol, organisatie);
        apply(new InspanningsverplichtingGewijzigd(besluit.regioId(), besluit.kenmerk(), lopend.departement(), inzet, bedrag,
                besluit.periode()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TrekInspanningsverplichtingIn besluit, BekendeRegios regios,
                @MetaDataValue(BesluitMetadata.ROL) String rol,
                @MetaDataValue(BesluitMetadata.ORGANISATIE) String organisatie) {
        eisBekendeRegio(besluit.regioId(), regios);
        Inspanningsverplichting lopend = lopendeInspanningsverplichting(besluit.kenmerk());
        eisEigenInspanningsverplichting(lopend, rol, organisatie);
        apply(new InspanningsverplichtingIngetrokken(besluit.regioId(), besluit.kenmerk(), lopend.departement()));
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
     * An uitvoeringsagenda is adopted on an adopted plan: "Op basis daarvan wordt … een uitvoeringsagenda opgesteld"
     * (Kamerbrief Elke Regio Telt, December 2024). Submitting, agreeing and preparing both at once are free: the
     * minister offers "versnelling … voor regio's die harder lopen", and the Achterhoek makes one adaptive agenda of
     * plan and agenda. Adopting both the same day, the plan first, is possible.
     */
    private void eisVastgesteldPlan(String regio) {
        if (!plan.isVastgesteld()) {
            throw new PlanNietVastgesteld(regio);
        }
    }

    /**
     * Every decision may be the first about a region's agenda (an agenda before a plan, a commitment before either),
     * so that a decision about a region that never submitted anything is refused by the rule it breaks; the region
     * itself must be known to the register.
     */
    private void eisBekendeRegio(String regio, BekendeRegios regios) {
        if (agendaId == null) {
            regios.eisBekend(regio);
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

    private void weigerBestaandKenmerk(String kenmerk) {
        if (inspanningsverplichtingen.containsKey(kenmerk)) {
            throw new InspanningsverplichtingBestaatAl(kenmerk);
        }
    }

    /** A department changes or withdraws only its own commitment; BZK any department's. */
    private static void eisEigenInspanningsverplichting(Inspanningsverplichting lopend, String rol,
                                                        String organisatie) {
        if (Rol.DEPARTEMENT.name().equals(rol) && !new Besluitvormer(null, Rol.DEPARTEMENT, organisatie)
                .isDepartement(lopend.departement())) {
            throw new GeenBevoegdheid("een departement legt alleen de eigen inspanningsverplichtingen vast; deze is "
                    + "van " + lopend.departement());
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
    void on(PlanIngediend gebeurtenis, @MetaDataValue(BesluitMetadata.ACTOR) String indiener) {
        regioId = gebeurtenis.regioId();
        agendaId = id(gebeurtenis.regioId());
        plan.ingediend(gebeurtenis.versie(), indiener);
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
    void on(UitvoeringsagendaIngediend gebeurtenis, @MetaDataValue(BesluitMetadata.ACTOR) String indiener) {
        regioId = gebeurtenis.regioId();
        agendaId = id(gebeurtenis.regioId());
        Uitvoeringsagendastand agenda = uitvoeringsagendas.computeIfAbsent(gebeurtenis.periode(),
                Uitvoeringsagendastand::new);
        agenda.ingediend(gebeurtenis.versie(), gebeurtenis.herijkingVan(),
                gebeurtenis.activiteiten().stream().map(Activiteit::code).collect(Collectors.toSet()), indiener);
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
        regioId = gebeurtenis.regioId();
        agendaId = id(gebeurtenis.regioId());
        inspanningsverplichtingen.put(gebeurtenis.kenmerk(),
                new Inspanningsverplichting(gebeurtenis.departement(), false));
    }

    @EventSourcingHandler
    void on(UitvoeringsondersteuningToegezegd gebeurtenis) {
        ondersteuning.add(gebeurtenis.kenmerk());
    }

    @EventSourcingHandler
    void on(InspanningsverplichtingIngetrokken gebeurtenis) {
        inspanningsverplichtingen.put(gebeurtenis.kenmerk(),
                new Inspanningsverplichting(gebeurtenis.departement(), true));
    }
}
