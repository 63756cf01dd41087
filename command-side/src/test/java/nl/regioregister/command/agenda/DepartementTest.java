package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.door;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.dienPlanIn;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Financieringsinstrument;
import nl.regioregister.events.agenda.InspanningsverplichtingAangegaan;
import nl.regioregister.events.agenda.InspanningsverplichtingGewijzigd;
import nl.regioregister.events.agenda.InspanningsverplichtingIngetrokken;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A department (role DEPARTEMENT, its organisation the department) records its own inspanningsverplichtingen and
 * the inzet it commits to, and nothing else: not another department's commitment, no other decision of the Rijk and
 * no decision of a region.
 */
class DepartementTest {

    private static final MetaData LVVN = door("a.devries@minlvvn.nl", "DEPARTEMENT", "LVVN");
    private static final MetaData VWS = door("b.bakker@minvws.nl", "DEPARTEMENT", "VWS");
    private static final InspanningsverplichtingAangegaan LVVN_BODEM = new InspanningsverplichtingAangegaan(REGIO,
            "lvvn-bodem", Departement.LVVN, "Bodem en water sturend", new BigDecimal("2000000.00"), P2026);

    @Test
    void een_departement_gaat_zijn_eigen_inspanningsverplichting_aan() {
        Voorbeelden.fixture().given(planIngediend(1))
                .when(new GaInspanningsverplichtingAan(REGIO, "lvvn-bodem", Departement.LVVN,
                        "Bodem en water sturend", new BigDecimal("2000000"), P2026), LVVN)
                .expectEvents(LVVN_BODEM);
    }

    @Test
    void een_departement_wijzigt_de_inzet_van_zijn_eigen_inspanningsverplichting_en_trekt_haar_in() {
        Voorbeelden.fixture().given(planIngediend(1), LVVN_BODEM)
                .when(new WijzigInspanningsverplichting(REGIO, "lvvn-bodem", "Bodem, water en natuur sturend", null,
                        P2026), LVVN)
                .expectEvents(new InspanningsverplichtingGewijzigd(REGIO, "lvvn-bodem", Departement.LVVN,
                        "Bodem, water en natuur sturend", null, P2026));
        Voorbeelden.fixture().given(planIngediend(1), LVVN_BODEM)
                .when(new TrekInspanningsverplichtingIn(REGIO, "lvvn-bodem"), LVVN)
                .expectEvents(new InspanningsverplichtingIngetrokken(REGIO, "lvvn-bodem", Departement.LVVN));
    }

    @Test
    void een_departement_gaat_geen_inspanningsverplichting_aan_voor_een_ander_departement() {
        Voorbeelden.fixture().given(planIngediend(1))
                .when(new GaInspanningsverplichtingAan(REGIO, "vws-zorg", Departement.VWS, "Zorg", null, P2026), LVVN)
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een departement legt alleen de eigen inspanningsverplichtingen vast");
    }

    @Test
    void een_departement_wijzigt_noch_trekt_de_inspanningsverplichting_van_een_ander_departement_in() {
        Voorbeelden.fixture().given(planIngediend(1), LVVN_BODEM)
                .when(new WijzigInspanningsverplichting(REGIO, "lvvn-bodem", "Zorg", null, P2026), VWS)
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een departement legt alleen de eigen inspanningsverplichtingen vast; deze "
                        + "is van LVVN");
        Voorbeelden.fixture().given(planIngediend(1), LVVN_BODEM)
                .when(new TrekInspanningsverplichtingIn(REGIO, "lvvn-bodem"), VWS)
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
    }

    static Stream<Arguments> besluitenBuitenDeInspanningsverplichtingen() {
        return Stream.of(
                Arguments.of(new GeefAkkoordRijkOpPlan(REGIO, 1), "GeefAkkoordRijkOpPlan"),
                Arguments.of(StelVast.plan(REGIO, 1), "StelVast"),
                Arguments.of(new StuurPlanTerug(REGIO, 1, "Te vaag"), "StuurPlanTerug"),
                Arguments.of(dienPlanIn(), "DienPlanIn"),
                Arguments.of(new MeldVoortgang(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA, null,
                        LocalDate.of(2027, 1, 1)), "MeldVoortgang"),
                Arguments.of(new ZegUitvoeringsondersteuningToe(REGIO, P2026, "lvvn-geld", Departement.LVVN,
                        Financieringsinstrument.values()[0], new BigDecimal("1000.00"), P2026, "XIV"),
                        "ZegUitvoeringsondersteuningToe"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("besluitenBuitenDeInspanningsverplichtingen")
    void een_departement_neemt_geen_ander_besluit(AgendaBesluit besluit, String naam) {
        Voorbeelden.fixture().given(planIngediend(1))
                .when(besluit, LVVN)
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("de rol DEPARTEMENT legt alleen de eigen inspanningsverplichtingen vast, niet "
                        + naam);
    }
}
