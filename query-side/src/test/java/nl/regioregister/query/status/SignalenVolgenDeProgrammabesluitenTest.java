package nl.regioregister.query.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.programma.Programmabesluit;
import nl.regioregister.query.programma.Programmafeiten;
import nl.regioregister.query.programma.Programmaparameters;
import org.junit.jupiter.api.Test;

/**
 * The target dates and departments the signals hold a region to are the NPVR's parameters as recorded decisions, in
 * effect on the view's date: a later decision moves a signal from its own ingangsdatum on, never before.
 */
class SignalenVolgenDeProgrammabesluitenTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();

    private static Besluit ingaand(String datum) {
        return new Besluit("bzk", "BZK", "BZK", Instant.parse("2025-03-10T09:00:00Z"), LocalDate.parse(datum),
                "motivering", "bron");
    }

    private RegioStatus npvrRegio() {
        RegioStatus status = new RegioStatus();
        berekening.pas(status, new RegioGeregistreerd("achterhoek", "Achterhoek",
                RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of(), List.of()), ingaand("2024-12-20"), 1);
        berekening.pas(status, new OpgenomenInProgramma("achterhoek", Programma.NPVR, LocalDate.of(2024, 12, 20),
                null, null), ingaand("2024-12-20"), 2);
        return status;
    }

    /** The decisions of the start-up, and one of a later cabinet taking effect on the date. */
    private static List<Programmabesluit> metWijziging(ProgrammaparametersGewijzigd wijziging, String ingangsdatum) {
        List<Programmabesluit> besluiten = new ArrayList<>(Programmafeiten.npvr());
        besluiten.add(Programmafeiten.besluit(wijziging, LocalDate.parse(ingangsdatum), besluiten.size()));
        return besluiten;
    }

    private static List<String> soorten(RegioStatus status, LocalDate dag, List<Programmabesluit> besluiten) {
        return Signalen.van(status, dag, Programmaparameters.geldendOp(besluiten, dag)).stream()
                .map(Signalen.Signaal::soort).toList();
    }

    @Test
    void een_later_besluit_dat_de_streefdatum_van_het_plan_verschuift_verschuift_het_signaal_vanaf_zijn_ingang() {
        List<Programmabesluit> besluiten = metWijziging(new ProgrammaparametersGewijzigd(Programma.NPVR, null, null,
                null, null, LocalDate.of(2026, 3, 31), null, null), "2025-09-01");
        RegioStatus status = npvrRegio();

        assertThat(soorten(status, LocalDate.of(2025, 10, 1), Programmafeiten.npvr())).contains("PLAN_TE_LAAT");
        assertThat(soorten(status, LocalDate.of(2025, 10, 1), besluiten)).doesNotContain("PLAN_TE_LAAT");
        assertThat(Signalen.van(status, LocalDate.of(2026, 4, 1),
                        Programmaparameters.geldendOp(besluiten, LocalDate.of(2026, 4, 1))))
                .extracting(Signalen.Signaal::omschrijving)
                .contains("plan voor de regio niet vastgesteld; streefdatum 31 maart 2026");
    }

    @Test
    void de_datum_voor_de_regiokassier_komt_uit_de_toelichting_procesmiddelen_en_geldt_pas_vanaf_22_januari() {
        RegioStatus status = npvrRegio();
        assertThat(Programmafeiten.npvrOp(LocalDate.of(2025, 1, 21)).kassierUiterlijk()).isNull();
        assertThat(Signalen.van(status, LocalDate.of(2025, 2, 2), Programmafeiten.npvrOp(LocalDate.of(2025, 2, 2))))
                .extracting(Signalen.Signaal::omschrijving)
                .contains("geen regiokassier aangewezen; uiterlijk 1 februari 2025");
    }

    @Test
    void een_departement_dat_nadien_aansluit_wordt_vanaf_zijn_aansluiting_genoemd_als_zijn_inzet_ontbreekt() {
        List<Departement> metDefensie = new ArrayList<>(Programmafeiten.GESTART.departementen());
        metDefensie.add(Departement.DEF);
        List<Programmabesluit> besluiten = metWijziging(new ProgrammaparametersGewijzigd(Programma.NPVR, null, null,
                null, null, null, null, metDefensie), "2026-06-01");
        RegioStatus status = npvrRegio();

        assertThat(Signalen.van(status, LocalDate.of(2026, 5, 31),
                        Programmaparameters.geldendOp(besluiten, LocalDate.of(2026, 5, 31))))
                .extracting(Signalen.Signaal::omschrijving)
                .noneMatch(o -> o.contains("DEF"));
        assertThat(Signalen.van(status, LocalDate.of(2026, 6, 1),
                        Programmaparameters.geldendOp(besluiten, LocalDate.of(2026, 6, 1))))
                .extracting(Signalen.Signaal::omschrijving)
                .anyMatch(o -> o.startsWith("zonder inspanningsverplichting voor de regio: ") && o.contains("KGG, DEF"));
    }

    @Test
    void zonder_besluit_over_het_programma_is_er_geen_streefdatum_om_te_laat_voor_te_zijn() {
        RegioStatus status = npvrRegio();
        assertThat(Signalen.van(status, LocalDate.of(2027, 1, 1), null)).extracting(Signalen.Signaal::soort)
                .contains("GEEN_RIJKSVERTEGENWOORDIGER")
                .doesNotContain("KASSIER_TE_LAAT", "PLAN_TE_LAAT", "UITVOERINGSAGENDA_TE_LAAT",
                        "INZET_DEPARTEMENTEN_NIET_UITGEWERKT", "BESTUURLIJK_OVERLEG_MINDER_DAN_TWEE");
        assertThat(Signalen.van(status, LocalDate.of(2027, 1, 1), Programmafeiten.npvrOp(LocalDate.of(2027, 1, 1))))
                .extracting(Signalen.Signaal::soort)
                .contains("KASSIER_TE_LAAT", "PLAN_TE_LAAT", "UITVOERINGSAGENDA_TE_LAAT",
                        "INZET_DEPARTEMENTEN_NIET_UITGEWERKT", "BESTUURLIJK_OVERLEG_MINDER_DAN_TWEE");
    }

    @Test
    void de_parameters_gelden_in_volgorde_van_ingang_ook_als_een_latere_wijziging_eerder_werd_vastgelegd() {
        List<Programmabesluit> besluiten = new ArrayList<>(Programmafeiten.npvr());
        besluiten.add(Programmafeiten.besluit(new ProgrammaparametersGewijzigd(Programma.NPVR, 2049, null, null,
                null, null, null, null), LocalDate.of(2030, 1, 1), 3));
        besluiten.add(Programmafeiten.besluit(new ProgrammaparametersGewijzigd(Programma.NPVR, 2046, null, null,
                null, null, null, null), LocalDate.of(2028, 1, 1), 4));

        assertThat(Programmaparameters.geldendOp(besluiten, LocalDate.of(2024, 12, 19))).isNull();
        assertThat(Programmaparameters.geldendOp(besluiten, LocalDate.of(2027, 1, 1)).laatsteJaar()).isEqualTo(2044);
        assertThat(Programmaparameters.geldendOp(besluiten, LocalDate.of(2029, 1, 1)).laatsteJaar()).isEqualTo(2046);
        assertThat(Programmaparameters.geldendOp(besluiten, LocalDate.of(2030, 1, 1)).laatsteJaar()).isEqualTo(2049);
        assertThat(Programmaparameters.geldendOp(besluiten, LocalDate.of(2030, 1, 1)).opgegaanProgrammas())
                .containsExactly("Regio's aan de Grens");
    }
}
