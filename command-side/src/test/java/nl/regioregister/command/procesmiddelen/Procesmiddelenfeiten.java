package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.RegiokassierAangewezen;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Events and a fixture shared by the procesmiddelen tests; the register knows only the Achterhoek and Twente. */
final class Procesmiddelenfeiten {

    static final String ACHTERHOEK = "achterhoek";

    static final RegiokassierAangewezen KASSIER_GEMEENTE = new RegiokassierAangewezen(ACHTERHOEK,
            Kassiersoort.GEMEENTE, "Gemeente Doetinchem", Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND,
            "Regio Achterhoek");

    static final RegiokassierAangewezen KASSIER_PROVINCIE = new RegiokassierAangewezen(ACHTERHOEK,
            Kassiersoort.PROVINCIE, "Provincie Gelderland", Beheervorm.BEHEREN_NAMENS_DE_REGIO, null);

    /**
     * The Achterhoek asked to receive 300K of its 350K without BTW deduction (memo Achterhoek, section E): the
     * estimate is the BTW in the remaining 50K, 50.000 x 21/121.
     */
    static final BigDecimal BTW_SCHATTING_ACHTERHOEK = euro("8677.69");

    static final ProcesmiddelenToegekend TOEGEKEND_2025 = new ProcesmiddelenToegekend(ACHTERHOEK, 2025,
            euro("350000.00"), BTW_SCHATTING_ACHTERHOEK, null);

    static final ProcesmiddelenUitbetaald UITBETAALD_2025 = new ProcesmiddelenUitbetaald(ACHTERHOEK, 2025,
            Uitkeringsfonds.GEMEENTEFONDS, "Gemeente Doetinchem", euro("341322.31"), BTW_SCHATTING_ACHTERHOEK);

    private Procesmiddelenfeiten() {
    }

    static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    static AggregateTestFixture<Procesmiddelen> fixture() {
        return fixture(nl.regioregister.command.programma.Programmafeiten.npvr());
    }

    /** With the programme decisions given, e.g. a later cabinet's change of the NPVR's parameters. */
    static AggregateTestFixture<Procesmiddelen> fixture(nl.regioregister.command.programma.Programmas npvr) {
        AggregateTestFixture<Procesmiddelen> fixture = new AggregateTestFixture<>(Procesmiddelen.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((BekendeRegios) regioId ->
                ACHTERHOEK.equals(regioId) || "twente".equals(regioId));
        fixture.registerInjectableResource(npvr);
        return fixture;
    }
}
