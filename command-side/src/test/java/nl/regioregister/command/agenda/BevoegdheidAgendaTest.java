package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.door;
import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.dienPlanIn;
import static nl.regioregister.command.agenda.Voorbeelden.dienUitvoeringsagendaIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who takes which decision about the agenda: the region submits, agrees for itself and withdraws; the Rijk returns,
 * agrees for itself, adopts and records the departments' commitments; progress and evaluation are recorded by either.
 */
class BevoegdheidAgendaTest {

    static Stream<Arguments> besluitenDoorDeVerkeerdePartij() {
        var herijk = new HerijkUitvoeringsagenda(REGIO, P2026, null, null, null, null, null);
        return Stream.of(
                Arguments.of(dienPlanIn(), doorBzk(), "DienPlanIn is een besluit van de regio zelf"),
                Arguments.of(dienPlanIn(), doorRegio("twente"), "DienPlanIn is een besluit van de regio zelf"),
                Arguments.of(new StuurPlanTerug(REGIO, 1, "Te vaag"), doorRegio(REGIO),
                        "StuurPlanTerug is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new GeefAkkoordRegioOpPlan(REGIO, 1), doorBzk(),
                        "GeefAkkoordRegioOpPlan is een besluit van de regio zelf"),
                Arguments.of(new GeefAkkoordRijkOpPlan(REGIO, 1), doorRegio(REGIO),
                        "GeefAkkoordRijkOpPlan is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(StelVast.plan(REGIO, 1), doorRegio(REGIO),
                        "StelVast is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new TrekPlanIn(REGIO, 1), doorBzk(), "TrekPlanIn is een besluit van de regio zelf"),
                Arguments.of(dienUitvoeringsagendaIn(P2026), doorBzk(),
                        "DienUitvoeringsagendaIn is een besluit van de regio zelf"),
                Arguments.of(new StuurUitvoeringsagendaTerug(REGIO, P2026, 1, "Te vaag"), doorRegio(REGIO),
                        "StuurUitvoeringsagendaTerug is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new GeefAkkoordRegioOpUitvoeringsagenda(REGIO, P2026, 1), doorBzk(),
                        "GeefAkkoordRegioOpUitvoeringsagenda is een besluit van de regio zelf"),
                Arguments.of(new GeefAkkoordRijkOpUitvoeringsagenda(REGIO, P2026, 1), doorRegio(REGIO),
                        "GeefAkkoordRijkOpUitvoeringsagenda is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(StelVast.uitvoeringsagenda(REGIO, P2026, 1), doorRegio(REGIO),
                        "StelVast is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new TrekUitvoeringsagendaIn(REGIO, P2026, 1), doorBzk(),
                        "TrekUitvoeringsagendaIn is een besluit van de regio zelf"),
                Arguments.of(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA, null,
                        LocalDate.of(2027, 1, 1)), doorRegio("twente"), "een regio besluit alleen voor de eigen regio"),
                Arguments.of(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA, null,
                        LocalDate.of(2027, 1, 1)), door("adr", "AUDITOR", "ADR"),
                        "de rol AUDITOR neemt geen besluiten"),
                Arguments.of(new EvalueerUitvoeringsagenda(REGIO, P2026, "Geleerd", null), doorRegio("twente"),
                        "een regio besluit alleen voor de eigen regio"),
                Arguments.of(herijk, doorBzk(), "HerijkUitvoeringsagenda is een besluit van de regio zelf"),
                Arguments.of(new GaInspanningsverplichtingAan(REGIO, "vws-zorg", Departement.VWS, "Zorg", null, P2026),
                        doorRegio(REGIO),
                        "GaInspanningsverplichtingAan is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new WijzigInspanningsverplichting(REGIO, "vws-zorg", "Zorg", null, P2026),
                        doorRegio(REGIO),
                        "WijzigInspanningsverplichting is een besluit van het Rijk en vraagt de rol BZK"),
                Arguments.of(new TrekInspanningsverplichtingIn(REGIO, "vws-zorg"), doorRegio(REGIO),
                        "TrekInspanningsverplichtingIn is een besluit van het Rijk en vraagt de rol BZK"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("besluitenDoorDeVerkeerdePartij")
    void alleen_de_partij_die_het_besluit_neemt_legt_het_vast(AgendaBesluit besluit, MetaData wie, String reden) {
        Voorbeelden.fixture().givenNoPriorActivity()
                .when(besluit, wie)
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage(reden);
    }

    @Test
    void elk_agendabesluit_gaat_naar_de_agenda_van_zijn_regio() {
        var resolver = AnnotationCommandTargetResolver.builder().build();
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(dienPlanIn())).getIdentifier())
                .isEqualTo("agenda:achterhoek");
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(StelVast.plan(REGIO, 1)))
                .getIdentifier()).isEqualTo("agenda:achterhoek");
        assertThat(LangjarigeAgenda.id(REGIO)).isEqualTo("agenda:achterhoek");
    }

    @Test
    void elk_agendabesluit_erft_zijn_doel_van_agendabesluit() throws NoSuchMethodException {
        Method aggregaatId = AgendaBesluit.class.getMethod("aggregaatId");
        assertThat(aggregaatId.isAnnotationPresent(TargetAggregateIdentifier.class)).isTrue();
    }
}
