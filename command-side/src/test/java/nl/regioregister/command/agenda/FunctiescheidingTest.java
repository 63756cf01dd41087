package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.door;
import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.uitvoeringsagendaIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.vastgesteldPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.PlanVastgesteld;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/**
 * Separation of duties: who submitted a version of the plan or an uitvoeringsagenda gives neither the Rijk's akkoord
 * on it nor adopts it, even when that person also holds the BZK role; someone else of BZK may.
 */
class FunctiescheidingTest {

    /** One person with two roles: a region's programme manager who also works for the BZK programme team. */
    private static final String INDIENER = "p.jansen";
    private static final MetaData INDIENER_ALS_REGIO = door(INDIENER, "REGIO", REGIO);
    private static final MetaData INDIENER_ALS_BZK = door(INDIENER, "BZK", "BZK");

    private static GenericDomainEventMessage<Object> gebeurtenis(Object payload, long volgnummer, MetaData wie) {
        return new GenericDomainEventMessage<>("LangjarigeAgenda", LangjarigeAgenda.id(REGIO), volgnummer, payload,
                wie);
    }

    private static List<Object> planIngediendDoorDeIndiener() {
        return List.of(gebeurtenis(planIngediend(1), 0, INDIENER_ALS_REGIO));
    }

    @Test
    void wie_het_plan_indiende_geeft_er_niet_zelf_het_akkoord_van_het_rijk_op() {
        Voorbeelden.fixture().given(planIngediendDoorDeIndiener())
                .when(new GeefAkkoordRijkOpPlan(REGIO, 1), INDIENER_ALS_BZK)
                .expectNoEvents()
                .expectException(Functiescheiding.class)
                .expectExceptionMessage("p.jansen diende versie 1 van het plan in en kan er daarom niet zelf het "
                        + "akkoord van het Rijk geven");
    }

    @Test
    void een_ander_van_bzk_geeft_het_akkoord_van_het_rijk_wel() {
        Voorbeelden.fixture().given(planIngediendDoorDeIndiener())
                .when(new GeefAkkoordRijkOpPlan(REGIO, 1), doorBzk())
                .expectEvents(new AkkoordRijkOpPlanGegeven(REGIO, 1));
    }

    @Test
    void wie_het_plan_indiende_stelt_het_niet_zelf_vast() {
        List<Object> gegeven = new ArrayList<>(planIngediendDoorDeIndiener());
        gegeven.add(gebeurtenis(new AkkoordRegioOpPlanGegeven(REGIO, 1), 1, door("wethouder", "REGIO", REGIO)));
        gegeven.add(gebeurtenis(new AkkoordRijkOpPlanGegeven(REGIO, 1), 2, doorBzk()));
        Voorbeelden.fixture().given(gegeven)
                .when(StelVast.plan(REGIO, 1), INDIENER_ALS_BZK)
                .expectNoEvents()
                .expectException(Functiescheiding.class)
                .expectExceptionMessage("p.jansen diende versie 1 van het plan in en kan er daarom niet zelf "
                        + "vaststellen");
    }

    @Test
    void een_ander_van_bzk_stelt_het_plan_wel_vast() {
        List<Object> gegeven = new ArrayList<>(planIngediendDoorDeIndiener());
        gegeven.add(gebeurtenis(new AkkoordRegioOpPlanGegeven(REGIO, 1), 1, door("wethouder", "REGIO", REGIO)));
        gegeven.add(gebeurtenis(new AkkoordRijkOpPlanGegeven(REGIO, 1), 2, doorBzk()));
        Voorbeelden.fixture().given(gegeven)
                .when(StelVast.plan(REGIO, 1), doorBzk())
                .expectEvents(new PlanVastgesteld(REGIO, 1));
    }

    @Test
    void wie_een_uitvoeringsagenda_indiende_geeft_er_niet_zelf_het_akkoord_van_het_rijk_op_en_stelt_haar_niet_vast() {
        List<Object> gegeven = new ArrayList<>();
        long volgnummer = 0;
        for (Object vastgesteld : vastgesteldPlan()) {
            gegeven.add(gebeurtenis(vastgesteld, volgnummer++, doorBzk()));
        }
        gegeven.add(gebeurtenis(uitvoeringsagendaIngediend(P2026, 1, null), volgnummer++, INDIENER_ALS_REGIO));
        Voorbeelden.fixture().given(gegeven)
                .when(new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1), INDIENER_ALS_BZK)
                .expectNoEvents()
                .expectException(Functiescheiding.class)
                .expectExceptionMessage("p.jansen diende versie 1 van de uitvoeringsagenda 2026-2029 in en kan er "
                        + "daarom niet zelf het akkoord van het Rijk geven");

        gegeven.add(gebeurtenis(new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 1), volgnummer++,
                door("wethouder", "REGIO", REGIO)));
        gegeven.add(gebeurtenis(new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 1), volgnummer,
                doorBzk()));
        Voorbeelden.fixture().given(gegeven)
                .when(StelVast.uitvoeringsagenda(REGIO, P2026, 1), INDIENER_ALS_BZK)
                .expectNoEvents()
                .expectException(Functiescheiding.class);
    }

    @Test
    void de_weigering_heeft_een_vaste_regelnaam() {
        assertThat(new Functiescheiding("reden").regel()).isEqualTo("functiescheiding");
    }
}
