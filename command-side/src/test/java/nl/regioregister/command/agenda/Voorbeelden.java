package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.Bijdrage;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;
import nl.regioregister.events.agenda.Partijsoort;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.events.agenda.PlanVastgesteld;
import nl.regioregister.events.agenda.UitvoeringsagendaIngediend;
import nl.regioregister.events.agenda.UitvoeringsagendaVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The Achterhoek's long-term agenda as the tests use it: a plan, an uitvoeringsagenda and their events. */
final class Voorbeelden {

    static final String REGIO = "achterhoek";
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Documentverwijzing REGIOPLAN =
            new Documentverwijzing("Regioplan Achterhoek NPVR, AB 5 maart 2025, bijlage 2", SHA256);
    static final Documentverwijzing UITVOERINGSAGENDA =
            new Documentverwijzing("Uitvoeringsagenda Achterhoek-Rijk 2026-2029", SHA256);
    static final Periode P2026 = new Periode(2026, 2029);
    static final Periode P2030 = new Periode(2030, 2033);

    static final Map<Hoofdstuk, String> HOOFDSTUKKEN = Map.of(
            Hoofdstuk.INTRODUCTIE, "Achterhoek Visie 2050 en de regiodialoog Elke Regio Telt",
            Hoofdstuk.PROBLEEMANALYSE, "Vergrijzing en ontgroening, arbeidsmarktkrapte, rem op de groei van het MKB",
            Hoofdstuk.HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF, "Regio Deal vijfde tranche, RegioExpres, woningbouw",
            Hoofdstuk.ORGANISATIE, "Stuurgroep NPVR, kernteam, programmamanager; IenW als voorkeursdepartement");

    static final Map<Doelstelling, String> DOORVERTALING = Map.of(
            Doelstelling.VEILIGE_EN_LEEFBARE_REGIO, "Passende woningbouw voor jong en oud",
            Doelstelling.DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU,
            "Mobiliteit en bereikbaarheid, rijksdiensten in de regio",
            Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST, "Arbeidsmarkt in zorg, onderwijs en techniek");

    private Voorbeelden() {
    }

    static AggregateTestFixture<LangjarigeAgenda> fixture() {
        AggregateTestFixture<LangjarigeAgenda> fixture = new AggregateTestFixture<>(LangjarigeAgenda.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((nl.regioregister.command.besluit.BekendeRegios)
                regioId -> REGIO.equals(regioId) || "twente".equals(regioId));
        fixture.registerInjectableResource(nl.regioregister.command.programma.Programmafeiten.npvr());
        return fixture;
    }

    // --- plan -------------------------------------------------------------------------------------------------

    static DienPlanIn dienPlanIn() {
        return new DienPlanIn(REGIO, HOOFDSTUKKEN, 2050, DOORVERTALING, REGIOPLAN);
    }

    static PlanIngediend planIngediend(int versie) {
        return new PlanIngediend(REGIO, versie, HOOFDSTUKKEN, 2050, DOORVERTALING, REGIOPLAN);
    }

    /** Version 1 submitted, agreed by both sides and adopted. */
    static List<Object> vastgesteldPlan() {
        return List.of(planIngediend(1), new AkkoordRegioOpPlanGegeven(REGIO, 1),
                new AkkoordRijkOpPlanGegeven(REGIO, 1), new PlanVastgesteld(REGIO, 1));
    }

    // --- uitvoeringsagenda ------------------------------------------------------------------------------------

    static Activiteit woningbouw() {
        return new Activiteit("A1", "Versnellen van passende woningbouw in de kernen",
                List.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO), "Regio Achterhoek, portefeuillehouder wonen",
                "1.500 woningen voor starters en ouderen in 2029",
                List.of(new Bijdrage(Partijsoort.DEPARTEMENT, Departement.VRO, null, "Flexpoolcapaciteit",
                                new BigDecimal("250000.00")),
                        new Bijdrage(Partijsoort.REGIO, null, null, "Projectleiding woningbouw", null),
                        new Bijdrage(Partijsoort.PARTNER, null, "Woningcorporaties Achterhoek",
                                "Bouw van sociale huurwoningen", null)),
                "Inwonersavonden per kern over de woonbehoefte");
    }

    static Activiteit bereikbaarheid() {
        return new Activiteit("A2", "Doortrekken van de RegioExpres",
                List.of(Doelstelling.DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU,
                        Doelstelling.GEZONDE_EN_KANSRIJKE_TOEKOMST),
                "Provincie Gelderland", "Een rechtstreekse trein naar Arnhem-Utrecht",
                List.of(new Bijdrage(Partijsoort.DEPARTEMENT, Departement.IENW, null, "BO MIRT 2022",
                        new BigDecimal("75000000.00"))),
                null);
    }

    static DienUitvoeringsagendaIn dienUitvoeringsagendaIn(Periode periode) {
        return new DienUitvoeringsagendaIn(REGIO, periode, List.of(woningbouw(), bereikbaarheid()),
                "Jaarlijkse voortgangsrapportage aan de stuurgroep, tweejaarlijks bestuurlijk overleg Rijk-regio",
                List.of("Regionale monitor brede welvaart", "Leefbarometer"),
                "Procesmiddelen voor de programmamanager en externe procesbegeleiding", UITVOERINGSAGENDA);
    }

    static UitvoeringsagendaIngediend uitvoeringsagendaIngediend(Periode periode, int versie, Periode herijkingVan) {
        return new UitvoeringsagendaIngediend(REGIO, periode, versie, herijkingVan,
                List.of(woningbouw(), bereikbaarheid()),
                "Jaarlijkse voortgangsrapportage aan de stuurgroep, tweejaarlijks bestuurlijk overleg Rijk-regio",
                List.of("Regionale monitor brede welvaart", "Leefbarometer"),
                "Procesmiddelen voor de programmamanager en externe procesbegeleiding", UITVOERINGSAGENDA);
    }

    /** An adopted plan and the adopted version 1 of the uitvoeringsagenda of the period. */
    static List<Object> vastgesteldeUitvoeringsagenda(Periode periode) {
        List<Object> gebeurtenissen = new ArrayList<>(vastgesteldPlan());
        gebeurtenissen.addAll(uitvoeringsagendaVastgesteld(periode, null));
        return gebeurtenissen;
    }

    /** Version 1 of the uitvoeringsagenda of the period, submitted, agreed by both sides and adopted. */
    static List<Object> uitvoeringsagendaVastgesteld(Periode periode, Periode herijkingVan) {
        return List.of(uitvoeringsagendaIngediend(periode, 1, herijkingVan),
                new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, periode, 1),
                new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, periode, 1),
                new UitvoeringsagendaVastgesteld(REGIO, periode, 1));
    }

    static List<Object> samen(List<?>... delen) {
        List<Object> alles = new ArrayList<>();
        for (List<?> deel : delen) {
            alles.addAll(deel);
        }
        return alles;
    }
}
