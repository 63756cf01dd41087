package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.ProgrammadeelnameBeeindigd;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgrammadeelnameTest {

    private static final RegioGeregistreerd ACHTERHOEK = new RegioGeregistreerd("achterhoek", "Achterhoek",
            RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of());
    private static final LocalDate BEGIN_2024 = LocalDate.of(2024, 1, 1);
    private static final OpgenomenInProgramma VIJFDE_TRANCHE = new OpgenomenInProgramma("achterhoek",
            Programma.REGIO_DEAL, BEGIN_2024, "5e tranche, Rijksbijdrage € 25 mln", null);

    private AggregateTestFixture<Regio> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Regio.class);
        fixture.registerInjectableResource(new nl.regioregister.command.persoon.PersoonsregisterInGeheugen());
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_neemt_een_regio_vanaf_een_datum_op_in_een_programma() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, BEGIN_2024,
                        " 5e tranche, Rijksbijdrage € 25 mln ", null), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(VIJFDE_TRANCHE);
    }

    @Test
    void de_rijksbijdrage_van_een_regio_deal_is_geld_tot_op_de_cent() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, BEGIN_2024, "5e tranche",
                        new java.math.BigDecimal("25000000")), doorBzk())
                .expectEvents(new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, BEGIN_2024, "5e tranche",
                        new java.math.BigDecimal("25000000.00")));
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, BEGIN_2024, "5e tranche",
                        new java.math.BigDecimal("-1.001")), doorBzk())
                .expectNoEvents()
                .expectException(nl.regioregister.command.besluit.OngeldigBesluit.class)
                .expectExceptionMessage("rijksbijdrage: euro's en centen, groter dan nul");
    }

    @Test
    void zonder_datum_begint_de_deelname_op_de_ingangsdatum_van_het_besluit() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", Programma.NPVR, null, null, null), doorBzk())
                .expectEvents(new OpgenomenInProgramma("achterhoek", Programma.NPVR, LocalDate.of(2025, 3, 5), null, null));
    }

    @Test
    void een_regio_wordt_niet_tweemaal_tegelijk_opgenomen_in_een_nationaal_programma() {
        fixture.given(ACHTERHOEK, new OpgenomenInProgramma("achterhoek", Programma.NPVR, LocalDate.of(2024, 12, 20),
                        null, null))
                .when(new NeemOpInProgramma("achterhoek", Programma.NPVR, LocalDate.of(2025, 1, 1), null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(NeemtAlDeelAanProgramma.class)
                .expectExceptionMessage("de regio achterhoek neemt al deel aan NPVR sinds 2024-12-20");
    }

    @Test
    void een_tweede_regio_deal_naast_de_lopende_wordt_vastgelegd() {
        OpgenomenInProgramma techLand = new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL,
                LocalDate.of(2026, 1, 1), "Regio Deal Tech.Land, 4 jaar", new java.math.BigDecimal("10000000.00"));
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2026, 1, 1),
                        "Regio Deal Tech.Land, 4 jaar", new java.math.BigDecimal("10000000")), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(techLand);
    }

    @Test
    void een_regio_deal_mag_beginnen_voor_het_einde_van_een_eerdere_regio_deal() {
        fixture.given(ACHTERHOEK,
                        new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2019, 1, 1), null, null),
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2023, 1, 1)))
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2022, 6, 1), null, null),
                        doorBzk())
                .expectEvents(new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2022, 6, 1),
                        null, null));
    }

    @Test
    void van_twee_lopende_regio_deals_eindigt_eerst_de_oudste_en_dan_de_andere() {
        OpgenomenInProgramma techLand = new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL,
                LocalDate.of(2026, 1, 1), "Regio Deal Tech.Land", null);
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE, techLand,
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2027, 1, 1)))
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2025, 12, 31)),
                        doorBzk())
                .expectNoEvents()
                .expectException(DeelnameEindigtVoorBegin.class)
                .expectExceptionMessage("de deelname aan REGIO_DEAL begon op 2026-01-01 en kan niet eerder eindigen "
                        + "(2025-12-31)");
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE, techLand,
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2027, 1, 1)),
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2030, 1, 1)))
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2031, 1, 1)),
                        doorBzk())
                .expectNoEvents()
                .expectException(NeemtNietDeelAanProgramma.class);
    }

    @Test
    void na_het_einde_van_een_deelname_kan_een_nieuwe_tranche_beginnen() {
        fixture.given(ACHTERHOEK,
                        new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2019, 1, 1),
                                "Regio Deal I, Rijksbijdrage € 20 mln", null),
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2023, 1, 1)))
                .when(new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, BEGIN_2024,
                        "5e tranche, Rijksbijdrage € 25 mln", null), doorBzk())
                .expectEvents(VIJFDE_TRANCHE);
    }

    @Test
    void een_nieuwe_deelname_aan_een_nationaal_programma_begint_niet_voor_het_einde_van_de_vorige() {
        fixture.given(ACHTERHOEK,
                        new OpgenomenInProgramma("achterhoek", Programma.NOVEX, LocalDate.of(2019, 1, 1), null, null),
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.NOVEX, LocalDate.of(2023, 1, 1)))
                .when(new NeemOpInProgramma("achterhoek", Programma.NOVEX, LocalDate.of(2022, 6, 1), null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(DeelnameOverlaptVorige.class)
                .expectExceptionMessage("de vorige deelname aan NOVEX eindigde per 2023-01-01; "
                        + "een nieuwe deelname kan niet eerder beginnen (2022-06-01)");
    }

    @Test
    void een_opname_zonder_programma_wordt_geweigerd() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", null, BEGIN_2024, null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("programma: noem het programma");
    }

    @Test
    void een_opname_zonder_datum_en_zonder_ingangsdatum_noemt_beide_fouten() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", null, null, null, null),
                        doorBzk().withoutKeys(Set.of(BesluitMetadata.INGANGSDATUM)))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("programma: noem het programma; "
                        + "vanaf: noem de datum of geef het besluit een ingangsdatum");
    }

    @Test
    void een_regio_neemt_zichzelf_niet_op_in_een_programma() {
        fixture.given(ACHTERHOEK)
                .when(new NeemOpInProgramma("achterhoek", Programma.NPVR, BEGIN_2024, null, null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("NeemOpInProgramma is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void een_onbekende_regio_wordt_niet_opgenomen_in_een_programma() {
        fixture.givenNoPriorActivity()
                .when(new NeemOpInProgramma("atlantis", Programma.NPVR, BEGIN_2024, null, null), doorBzk())
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void het_rijk_beeindigt_de_deelname_van_een_regio_aan_een_programma() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2028, 1, 1)),
                        doorBzk())
                .expectEvents(new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL,
                        LocalDate.of(2028, 1, 1)));
    }

    @Test
    void zonder_datum_eindigt_de_deelname_per_de_ingangsdatum_van_het_besluit() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, null), doorBzk())
                .expectEvents(new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL,
                        LocalDate.of(2025, 3, 5)));
    }

    @Test
    void een_deelname_die_niet_loopt_wordt_niet_beeindigd() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.NOVEX, LocalDate.of(2028, 1, 1)),
                        doorBzk())
                .expectNoEvents()
                .expectException(NeemtNietDeelAanProgramma.class)
                .expectExceptionMessage("de regio achterhoek neemt niet deel aan NOVEX");
    }

    @Test
    void een_beeindigde_deelname_wordt_niet_nogmaals_beeindigd() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE,
                        new ProgrammadeelnameBeeindigd("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2028, 1, 1)))
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2029, 1, 1)),
                        doorBzk())
                .expectNoEvents()
                .expectException(NeemtNietDeelAanProgramma.class)
                .expectExceptionMessage("de regio achterhoek neemt niet deel aan REGIO_DEAL");
    }

    @Test
    void een_deelname_eindigt_niet_voor_haar_begin() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2023, 12, 31)),
                        doorBzk())
                .expectNoEvents()
                .expectException(DeelnameEindigtVoorBegin.class)
                .expectExceptionMessage("de deelname aan REGIO_DEAL begon op 2024-01-01 en kan niet eerder eindigen "
                        + "(2023-12-31)");
    }

    @Test
    void een_beeindiging_zonder_programma_wordt_geweigerd() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", null, LocalDate.of(2028, 1, 1)), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("programma: noem het programma");
    }

    @Test
    void een_regio_beeindigt_haar_deelname_niet_zelf() {
        fixture.given(ACHTERHOEK, VIJFDE_TRANCHE)
                .when(new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BeeindigProgrammadeelname is een besluit van het Rijk en vraagt de rol BZK");
    }
}
