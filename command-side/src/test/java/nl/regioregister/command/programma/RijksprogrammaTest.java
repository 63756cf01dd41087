package nl.regioregister.command.programma;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** StartProgramma, WijzigProgrammaparameters and LaatProgrammaOpgaan: the NPVR itself as decisions. */
class RijksprogrammaTest {

    private AggregateTestFixture<Rijksprogramma> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rijksprogramma.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_kabinet_start_het_npvr_met_de_horizon_de_streefdata_en_de_tien_departementen_uit_de_kamerbrief() {
        fixture.givenNoPriorActivity()
                .when(NpvrProgramma.START, doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammaGestart(Programma.NPVR, 2025, 2044, null, null, null,
                        LocalDate.of(2025, 9, 22), LocalDate.of(2025, 12, 31),
                        List.of(Departement.BZK, Departement.VWS, Departement.OCW, Departement.SZW, Departement.JENV,
                                Departement.IENW, Departement.VRO, Departement.LVVN, Departement.EZ,
                                Departement.KGG)));
    }

    @Test
    void een_programma_start_eenmaal_een_later_besluit_wijzigt_zijn_parameters() {
        fixture.given(Programmafeiten.GESTART)
                .when(NpvrProgramma.START, doorBzk())
                .expectNoEvents()
                .expectException(ProgrammaAlGestart.class)
                .expectExceptionMessage("het programma Nationaal Programma Vitale Regio's is al gestart; een later "
                        + "besluit wijzigt zijn parameters");
    }

    @Test
    void de_toelichting_procesmiddelen_noemt_later_het_jaarbedrag_de_jaren_en_de_datum_voor_de_kassier() {
        fixture.given(Programmafeiten.GESTART)
                .when(NpvrProgramma.PROCESMIDDELEN, doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammaparametersGewijzigd(Programma.NPVR, null, new BigDecimal("350000.00"),
                        2027, LocalDate.of(2025, 2, 1), null, null, null));
    }

    @Test
    void een_later_kabinet_verlengt_de_horizon_en_verhoogt_het_jaarbedrag_zonder_nieuwe_release() {
        fixture.given(Programmafeiten.GESTART, Programmafeiten.PROCESMIDDELEN)
                .when(new WijzigProgrammaparameters(Programma.NPVR, 2049, new BigDecimal("400000"), 2030, null, null,
                        null, null), doorBzk())
                .expectEvents(new ProgrammaparametersGewijzigd(Programma.NPVR, 2049, new BigDecimal("400000.00"),
                        2030, null, null, null, null));
    }

    @Test
    void overige_departementen_sluiten_nadien_aan() {
        // "Overige departementen sluiten nadien aan indien … opgaven op hun beleidsterrein" (Kamerbrief, Dec 2024)
        List<Departement> metDefensie = new java.util.ArrayList<>(NpvrProgramma.START.departementen());
        metDefensie.add(Departement.DEF);
        fixture.given(Programmafeiten.GESTART)
                .when(new WijzigProgrammaparameters(Programma.NPVR, null, null, null, null, null, null, metDefensie),
                        doorBzk())
                .expectEvents(new ProgrammaparametersGewijzigd(Programma.NPVR, null, null, null, null, null, null,
                        metDefensie));
    }

    @Test
    void een_wijziging_van_een_programma_zonder_startbesluit_wordt_geweigerd_als_onbekend() {
        fixture.givenNoPriorActivity()
                .when(new WijzigProgrammaparameters(Programma.NPLV, 2045, null, null, null, null, null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(ProgrammaNietGestart.class)
                .expectExceptionMessage("het register kent geen besluit dat het programma Nationaal Programma "
                        + "Leefbaarheid en Veiligheid startte");
    }

    @Test
    void parameters_die_niet_kloppen_worden_geweigerd_met_elke_fout_tegelijk() {
        fixture.givenNoPriorActivity()
                .when(new StartProgramma(Programma.NPVR, 2025, 2020, new BigDecimal("350000.001"), 2030, null, null,
                        null, List.of()), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("laatsteJaar: de horizon eindigt niet voor het eerste jaar 2025; "
                        + "procesmiddelenTotEnMetJaar: 2030 ligt niet binnen de programmahorizon 2025 tot en met "
                        + "2020; procesmiddelenPerJaar: een bedrag in euro's en centen, met hoogstens twee decimalen");
    }

    @Test
    void procesmiddelen_voorbij_de_horizon_kloppen_niet() {
        fixture.given(Programmafeiten.GESTART)
                .when(new WijzigProgrammaparameters(Programma.NPVR, null, new BigDecimal("-1"), 2045, null, null,
                        null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("procesmiddelenTotEnMetJaar: 2045 ligt niet binnen de programmahorizon 2025 "
                        + "tot en met 2044; procesmiddelenPerJaar: een bedrag is groter dan nul");
    }

    @Test
    void een_wijziging_noemt_ten_minste_een_parameter() {
        fixture.given(Programmafeiten.GESTART)
                .when(new WijzigProgrammaparameters(Programma.NPVR, null, null, null, null, null, null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("parameters: het besluit wijzigt ten minste één parameter van het programma");
    }

    @Test
    void regios_aan_de_grens_gaat_op_in_het_npvr() {
        fixture.given(Programmafeiten.GESTART)
                .when(new LaatProgrammaOpgaan(Programma.NPVR, " Regio's aan de Grens "), doorBzk())
                .expectEvents(new ProgrammaOpgegaan(Programma.NPVR, "Regio's aan de Grens"));
    }

    @Test
    void een_programma_gaat_maar_eenmaal_op() {
        fixture.given(Programmafeiten.GESTART, Programmafeiten.REGIOS_AAN_DE_GRENS)
                .when(new LaatProgrammaOpgaan(Programma.NPVR, "regio's aan de grens"), doorBzk())
                .expectNoEvents()
                .expectException(ProgrammaAlOpgegaan.class)
                .expectExceptionMessage("het programma regio's aan de grens is al opgegaan in Nationaal Programma "
                        + "Vitale Regio's");
    }

    @Test
    void een_programma_gaat_niet_op_in_een_programma_dat_niet_startte() {
        fixture.givenNoPriorActivity()
                .when(new LaatProgrammaOpgaan(Programma.NPVR, "Regio's aan de Grens"), doorBzk())
                .expectNoEvents()
                .expectException(ProgrammaNietGestart.class);
    }

    @Test
    void alleen_het_rijk_neemt_een_programmabesluit() {
        fixture.givenNoPriorActivity()
                .when(NpvrProgramma.START, doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("StartProgramma is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void de_parameters_gelden_vanaf_de_ingangsdatum_van_elk_besluit_in_volgorde_van_ingang() {
        Programmafeiten.Besluiten npvr = Programmafeiten.npvr()
                // recorded before the extension below, taking effect after it
                .met(new ProgrammaparametersGewijzigd(Programma.NPVR, null, new BigDecimal("500000.00"), null, null,
                        null, null, null), LocalDate.of(2031, 1, 1))
                .met(new ProgrammaparametersGewijzigd(Programma.NPVR, 2049, new BigDecimal("400000.00"), 2030, null,
                        null, null, null), LocalDate.of(2028, 1, 1));

        assertThat(npvr.geldendOp(Programma.NPVR, LocalDate.of(2024, 12, 19))).isEmpty();
        Programmastand bijDeStart = npvr.geldendOp(Programma.NPVR, LocalDate.of(2024, 12, 20)).orElseThrow();
        assertThat(bijDeStart.laatsteJaar()).isEqualTo(2044);
        assertThat(bijDeStart.procesmiddelenPerJaar()).isNull();
        assertThat(bijDeStart.opgegaanProgrammas()).containsExactly("Regio's aan de Grens");
        Programmastand na2027 = npvr.geldendOp(Programma.NPVR, LocalDate.of(2029, 6, 1)).orElseThrow();
        assertThat(na2027.laatsteJaar()).isEqualTo(2049);
        assertThat(na2027.procesmiddelenPerJaar()).isEqualByComparingTo("400000");
        assertThat(na2027.procesmiddelenTotEnMetJaar()).isEqualTo(2030);
        assertThat(na2027.kassierUiterlijk()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(npvr.geldendOp(Programma.NPVR, LocalDate.of(2031, 1, 1)).orElseThrow().procesmiddelenPerJaar())
                .isEqualByComparingTo("500000");
        assertThat(npvr.geldendOp(Programma.NPVR, LocalDate.of(2025, 1, 22)).orElseThrow().procesmiddelenPerJaar())
                .isEqualByComparingTo("350000");
        assertThat(npvr.geldendOp(Programma.NPVR, null).orElseThrow().procesmiddelenPerJaar())
                .isEqualByComparingTo("500000");
    }
}
