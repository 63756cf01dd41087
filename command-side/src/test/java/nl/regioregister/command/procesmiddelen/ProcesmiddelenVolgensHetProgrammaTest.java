package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.ACHTERHOEK;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.KASSIER_GEMEENTE;
import static nl.regioregister.command.procesmiddelen.Procesmiddelenfeiten.euro;

import java.time.LocalDate;
import nl.regioregister.command.programma.Programmafeiten;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.procesmiddelen.FinancieringsperiodeVerlengd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenOvergedragen;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** The procesmiddelen rules hold a decision against the NPVR's parameters in effect on its own ingangsdatum. */
class ProcesmiddelenVolgensHetProgrammaTest {

    /** A later cabinet, from 1 January 2028: 400.000 a year up to 2030, a horizon up to 2049. */
    private static final Programmafeiten.Besluiten VERLENGD = Programmafeiten.npvr()
            .met(new ProgrammaparametersGewijzigd(Programma.NPVR, 2049, euro("400000.00"), 2030, null, null, null,
                    null), LocalDate.of(2028, 1, 1));

    private static MetaData doorBzkMetIngang(String ingangsdatum) {
        return doorBzk().and(BesluitMetadata.INGANGSDATUM, ingangsdatum);
    }

    private static MetaData doorDeRegioMetIngang(String ingangsdatum) {
        return doorRegio(ACHTERHOEK).and(BesluitMetadata.INGANGSDATUM, ingangsdatum);
    }

    @Test
    void het_hogere_jaarbedrag_van_een_later_kabinet_vraagt_vanaf_zijn_ingangsdatum_geen_reden_meer() {
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2028, euro("400000.00"), euro("0"), null),
                        doorBzkMetIngang("2028-01-15"))
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2028, euro("400000.00"), euro("0.00"), null));
    }

    @Test
    void voor_de_ingangsdatum_van_het_hogere_jaarbedrag_geldt_nog_het_oude() {
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2027, euro("400000.00"), euro("0"), null),
                        doorBzkMetIngang("2027-12-31"))
                .expectNoEvents()
                .expectException(BovenJaarbedragZonderReden.class)
                .expectExceptionMessage("€ 400.000,00 is meer dan het jaarbedrag van € 350.000,00; leg in "
                        + "redenAfwijking vast waarom");
    }

    @Test
    void de_jaren_van_de_procesmiddelen_volgen_het_besluit_dat_ze_verlengde() {
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2030, euro("400000.00"), euro("0"), null),
                        doorBzkMetIngang("2029-03-01"))
                .expectSuccessfulHandlerExecution();
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2030, euro("350000.00"), euro("0"), null),
                        doorBzkMetIngang("2025-03-05"))
                .expectException(JaarBuitenFinancieringsperiode.class)
                .expectExceptionMessage("procesmiddelen worden toegekend voor 2025 tot en met 2027; 2030 valt "
                        + "daarbuiten");
    }

    @Test
    void een_verlenging_voor_een_regio_gaat_voorbij_de_jaren_van_het_programma() {
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE,
                        new FinancieringsperiodeVerlengd(ACHTERHOEK, 2027, 2032))
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2032, euro("400000.00"), euro("0"), null),
                        doorBzkMetIngang("2031-01-01"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void de_horizon_volgt_het_besluit_dat_het_npvr_verlengde() {
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2030, 2046, euro("1000.00")),
                        doorDeRegioMetIngang("2030-12-31"))
                .expectEvents(new ProcesmiddelenOvergedragen(ACHTERHOEK, 2030, 2046, euro("1000.00")));
        Procesmiddelenfeiten.fixture(VERLENGD).given(KASSIER_GEMEENTE)
                .when(new DraagProcesmiddelenOver(ACHTERHOEK, 2027, 2046, euro("1000.00")),
                        doorDeRegioMetIngang("2027-12-31"))
                .expectNoEvents()
                .expectException(BuitenProgrammahorizon.class)
                .expectExceptionMessage("het NPVR loopt van 2025 tot en met 2044; 2046 valt daarbuiten");
    }

    @Test
    void zonder_besluit_over_het_jaarbedrag_is_er_geen_norm_om_aan_te_houden() {
        Procesmiddelenfeiten.fixture(Programmafeiten.npvr()).given(KASSIER_GEMEENTE)
                .when(new KenProcesmiddelenToe(ACHTERHOEK, 2025, euro("500000.00"), euro("0"), null),
                        doorBzkMetIngang("2025-01-10"))
                .expectEvents(new ProcesmiddelenToegekend(ACHTERHOEK, 2025, euro("500000.00"), euro("0.00"), null));
    }
}
