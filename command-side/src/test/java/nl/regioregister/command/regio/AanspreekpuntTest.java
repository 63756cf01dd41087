package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.AanspreekpuntBelegd;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.ProgrammadeelnameBeeindigd;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The structural aanspreekpunt for regions outside the national programmes (motie Flach, Kamerstuk 29697-169). */
class AanspreekpuntTest {

    private static final RegioGeregistreerd RIVIERENLAND = new RegioGeregistreerd("rivierenland", "Rivierenland",
            RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of());
    private static final String RAAKVLAKKEN = "bereikbaarheid en waterveiligheid";

    private AggregateTestFixture<Regio> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Regio.class);
        fixture.registerInjectableResource(new nl.regioregister.command.persoon.PersoonsregisterInGeheugen());
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_belegt_het_aanspreekpunt_bij_het_departement_met_de_grootste_beleidsmatige_raakvlakken() {
        fixture.given(RIVIERENLAND)
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, " " + RAAKVLAKKEN + " "), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN));
    }

    @Test
    void een_nieuwe_plaatsing_vervangt_de_vorige() {
        fixture.given(RIVIERENLAND, new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN))
                .when(new BelegAanspreekpunt("rivierenland", Departement.LVVN, "landelijk gebied en landbouw"),
                        doorBzk())
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.LVVN, "landelijk gebied en landbouw"));
    }

    @Test
    void ook_een_regio_in_het_npvr_krijgt_een_aanspreekpunt() {
        // "net als alle andere regio's recht op een aanspreekpunt" (brief van 19 december 2025).
        fixture.given(RIVIERENLAND,
                        new OpgenomenInProgramma("rivierenland", Programma.NPVR, LocalDate.of(2025, 1, 1), null, null))
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, RAAKVLAKKEN), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN));
    }

    @Test
    void een_regio_met_een_regio_deal_krijgt_een_structureel_aanspreekpunt() {
        // Regio Deals give "geen structurele middelen" and should still lead to "structurele contacten" (004).
        fixture.given(RIVIERENLAND,
                        new OpgenomenInProgramma("rivierenland", Programma.REGIO_DEAL, LocalDate.of(2024, 1, 1), null, null))
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, RAAKVLAKKEN), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN));
    }

    @Test
    void een_strategische_agenda_staat_een_structureel_aanspreekpunt_niet_in_de_weg() {
        fixture.given(RIVIERENLAND, new OpgenomenInProgramma("rivierenland", Programma.STRATEGISCHE_AGENDA,
                        LocalDate.of(2026, 7, 1), null, null))
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, RAAKVLAKKEN), doorBzk())
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN));
    }

    @Test
    void na_het_einde_van_een_programma_kan_het_aanspreekpunt_structureel_worden_belegd() {
        fixture.given(RIVIERENLAND,
                        new OpgenomenInProgramma("rivierenland", Programma.REGIO_DEAL, LocalDate.of(2019, 1, 1), null, null),
                        new ProgrammadeelnameBeeindigd("rivierenland", Programma.REGIO_DEAL, LocalDate.of(2023, 1, 1)))
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, RAAKVLAKKEN), doorBzk())
                .expectEvents(new AanspreekpuntBelegd("rivierenland", Departement.IENW, RAAKVLAKKEN));
    }

    @Test
    void een_plaatsing_zonder_departement_en_raakvlakken_noemt_beide_fouten() {
        fixture.given(RIVIERENLAND)
                .when(new BelegAanspreekpunt("rivierenland", null, " "), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("departement: het aanspreekpunt wordt belegd bij een departement; "
                        + "beleidsmatigeRaakvlakken: noem de beleidsmatige raakvlakken die de keuze voor dit "
                        + "departement dragen");
    }

    @Test
    void een_regio_belegt_haar_aanspreekpunt_niet_zelf() {
        fixture.given(RIVIERENLAND)
                .when(new BelegAanspreekpunt("rivierenland", Departement.IENW, RAAKVLAKKEN), doorRegio("rivierenland"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BelegAanspreekpunt is een besluit van het Rijk en vraagt de rol BZK");
    }
}
