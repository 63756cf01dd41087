package nl.regioregister.query.status;

import static nl.regioregister.query.programma.Programmafeiten.npvrOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.UitvoeringsagendaIngediend;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToekenningGewijzigd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import nl.regioregister.events.regio.AkkoordOpStrategischeAgendaGegeven;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.Zijde;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.programma.Programmafeiten;
import org.junit.jupiter.api.Test;

/** What the command side records without refusing is shown on the status as a signal. */
class SignalenDieDeRegisterNietWeigertTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();

    private static Besluit ingaand(String datum) {
        return new Besluit("bzk", "BZK", "BZK", Instant.parse("2025-03-10T09:00:00Z"), LocalDate.parse(datum),
                "motivering", "bron");
    }

    private static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    private RegioStatus regio(String regioId, boolean npvr) {
        RegioStatus status = new RegioStatus();
        berekening.pas(status, new RegioGeregistreerd(regioId, regioId, RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                List.of(), List.of()), ingaand("2024-12-20"), 1);
        if (npvr) {
            berekening.pas(status, new OpgenomenInProgramma(regioId, Programma.NPVR, LocalDate.of(2024, 12, 20),
                    null, null), ingaand("2024-12-20"), 2);
        }
        return status;
    }

    @Test
    void een_regio_buiten_het_npvr_krijgt_geen_signaal_dat_een_rijksvertegenwoordiger_ontbreekt() {
        RegioStatus zeeland = regio("zeeland", false);
        berekening.pas(zeeland, new OpgenomenInProgramma("zeeland", Programma.STRATEGISCHE_AGENDA,
                LocalDate.of(2026, 7, 1), null, null), ingaand("2026-07-01"), 3);

        assertThat(Signalen.van(zeeland, LocalDate.of(2027, 1, 1), npvrOp(LocalDate.of(2027, 1, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("GEEN_RIJKSVERTEGENWOORDIGER");
    }

    @Test
    void twee_regio_deals_tegelijk_worden_getoond_met_een_signaal_zolang_beide_lopen() {
        RegioStatus status = regio("achterhoek", true);
        berekening.pas(status, new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2024, 1, 1),
                "5e tranche", euro("25000000.00")), ingaand("2024-01-01"), 3);
        berekening.pas(status, new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2026, 1, 1),
                "Tech.Land", null), ingaand("2026-01-01"), 4);

        assertThat(Signalen.van(status, LocalDate.of(2025, 6, 1), npvrOp(LocalDate.of(2025, 6, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("MEERDERE_REGIO_DEALS");
        assertThat(Signalen.van(status, LocalDate.of(2026, 6, 1), npvrOp(LocalDate.of(2026, 6, 1))))
                .filteredOn(s -> s.soort()
                        .equals("MEERDERE_REGIO_DEALS")).extracting(Signalen.Signaal::omschrijving)
                .containsExactly("de regio neemt deel aan 2 Regio Deals tegelijk: 5e tranche sinds 2024-01-01; "
                        + "Tech.Land sinds 2026-01-01");
        RegioStatus.Deelname regioDeal = status.programmas.get("REGIO_DEAL");
        assertThat(regioDeal.omschrijving).isEqualTo("Tech.Land");
        assertThat(regioDeal.gelijktijdig).extracting(d -> d.rijksbijdrage).containsExactly(euro("25000000.00"));

        berekening.pas(status, new nl.regioregister.events.regio.ProgrammadeelnameBeeindigd("achterhoek",
                Programma.REGIO_DEAL, LocalDate.of(2027, 1, 1)), ingaand("2027-01-01"), 5);
        assertThat(regioDeal.gelijktijdig.get(0).tot).as("de oudste deal eindigt eerst").isEqualTo("2027-01-01");
        assertThat(regioDeal.tot).isNull();
        assertThat(Signalen.van(status, LocalDate.of(2027, 6, 1), npvrOp(LocalDate.of(2027, 6, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("MEERDERE_REGIO_DEALS");
        assertThat(regioDeal.lopendOp(LocalDate.of(2027, 6, 1))).extracting(d -> d.omschrijving)
                .containsExactly("Tech.Land");
    }

    @Test
    void meer_besteed_dan_de_kassier_ontving_en_meer_btw_terug_dan_gestort_zijn_signalen() {
        RegioStatus status = regio("achterhoek", true);
        berekening.pas(status, new ProcesmiddelenToegekend("achterhoek", 2025, euro("350000.00"),
                euro("8677.69"), null), ingaand("2025-01-22"), 3);
        berekening.pas(status, new BestedingGeregistreerd("achterhoek", 2025, Bestedingscategorie.PERSONEEL,
                euro("120000.00"), null), ingaand("2025-04-01"), 4);
        assertThat(Signalen.van(status, LocalDate.of(2025, 4, 2), npvrOp(LocalDate.of(2025, 4, 2))))
                .extracting(Signalen.Signaal::soort)
                .contains("MEER_BESTEED_DAN_BESCHIKBAAR").doesNotContain("BTW_TERUGGAVE_BOVEN_GESTORT");

        berekening.pas(status, new ProcesmiddelenUitbetaald("achterhoek", 2025, Uitkeringsfonds.GEMEENTEFONDS,
                "Gemeente Doetinchem", euro("341322.31"), euro("8677.69")), ingaand("2025-05-01"), 5);
        berekening.pas(status, new BtwTeruggaveGeregistreerd("achterhoek", 2025, euro("9000.00")),
                ingaand("2026-03-01"), 6);
        assertThat(Signalen.van(status, LocalDate.of(2026, 3, 2), npvrOp(LocalDate.of(2026, 3, 2))))
                .extracting(Signalen.Signaal::soort)
                .contains("BTW_TERUGGAVE_BOVEN_GESTORT").doesNotContain("MEER_BESTEED_DAN_BESCHIKBAAR");
        assertThat(status.procesmiddelen.get(2025).getBeschikbaar()).isEqualByComparingTo("230322.31");
    }

    @Test
    void een_gewijzigde_toekenning_vervangt_de_eerdere_in_de_status() {
        RegioStatus status = regio("achterhoek", true);
        berekening.pas(status, new ProcesmiddelenToegekend("achterhoek", 2025, euro("350000.00"),
                euro("60743.80"), null), ingaand("2025-01-22"), 3);
        berekening.pas(status, new ProcesmiddelenToekenningGewijzigd("achterhoek", 2025, euro("350000.00"),
                euro("8677.69"), null, euro("350000.00"), euro("60743.80")), ingaand("2025-03-01"), 4);

        assertThat(status.procesmiddelen.get(2025).toegekend).isEqualByComparingTo("350000.00");
        assertThat(status.procesmiddelen.get(2025).btwSchatting).isEqualByComparingTo("8677.69");
    }

    @Test
    void een_uitvoeringsagenda_van_geen_vier_jaar_is_een_signaal() {
        RegioStatus status = regio("achterhoek", true);
        berekening.pas(status, new UitvoeringsagendaIngediend("achterhoek", new Periode(2025, 2027), 1, null,
                List.of(), "monitoring", List.of(), null, null), ingaand("2025-12-01"), 3);

        assertThat(Signalen.van(status, LocalDate.of(2025, 12, 2), npvrOp(LocalDate.of(2025, 12, 2))))
                .extracting(Signalen.Signaal::soort)
                .contains("UITVOERINGSAGENDA_NIET_VIER_JAAR");
    }

    @Test
    void een_jaar_met_minder_dan_twee_bestuurlijke_overleggen_rijk_regio_is_een_signaal() {
        RegioStatus status = regio("achterhoek", true);
        berekening.pas(status, new nl.regioregister.events.overleg.OverlegGehouden("achterhoek",
                nl.regioregister.events.overleg.Overlegsoort.BESTUURLIJK_OVERLEG_RIJK_REGIO, LocalDate.of(2025, 3, 20),
                List.of(), List.of()), ingaand("2025-03-20"), 3);
        berekening.pas(status, new nl.regioregister.events.overleg.OverlegGehouden("achterhoek",
                nl.regioregister.events.overleg.Overlegsoort.KERNTEAM, LocalDate.of(2025, 9, 1), List.of(), List.of()),
                ingaand("2025-09-01"), 4);
        assertThat(Signalen.van(status, LocalDate.of(2025, 12, 31), npvrOp(LocalDate.of(2025, 12, 31))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("BESTUURLIJK_OVERLEG_MINDER_DAN_TWEE");
        assertThat(Signalen.van(status, LocalDate.of(2026, 1, 1), npvrOp(LocalDate.of(2026, 1, 1))))
                .extracting(Signalen.Signaal::omschrijving)
                .contains("in 2025 1 bestuurlijk overleg Rijk-regio; afgesproken is minimaal 2x per jaar");

        berekening.pas(status, new nl.regioregister.events.overleg.OverlegGehouden("achterhoek",
                nl.regioregister.events.overleg.Overlegsoort.BESTUURLIJK_OVERLEG_RIJK_REGIO, LocalDate.of(2025, 7, 10),
                List.of(), List.of()), ingaand("2025-07-10"), 5);
        assertThat(Signalen.van(status, LocalDate.of(2026, 1, 1), npvrOp(LocalDate.of(2026, 1, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("BESTUURLIJK_OVERLEG_MINDER_DAN_TWEE");
        assertThat(status.overleggen).hasSize(3);
    }

    @Test
    void een_regio_buiten_het_npvr_zonder_aanspreekpunt_krijgt_daarvan_een_signaal_en_met_een_niet() {
        RegioStatus zeeland = regio("zeeland", false);
        assertThat(Signalen.van(zeeland, LocalDate.of(2026, 1, 1), npvrOp(LocalDate.of(2026, 1, 1))))
                .extracting(Signalen.Signaal::soort)
                .contains("GEEN_AANSPREEKPUNT");

        berekening.pas(zeeland, new nl.regioregister.events.regio.AanspreekpuntBelegd("zeeland",
                nl.regioregister.events.Departement.IENW, "water en havens"), ingaand("2026-01-15"), 3);
        assertThat(Signalen.van(zeeland, LocalDate.of(2026, 2, 1), npvrOp(LocalDate.of(2026, 2, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("GEEN_AANSPREEKPUNT");
    }

    @Test
    void na_2025_noemt_de_status_de_departementen_die_hun_inzet_voor_de_regio_niet_uitwerkten() {
        RegioStatus status = regio("achterhoek", true);
        for (nl.regioregister.events.Departement departement : Programmafeiten.GESTART.departementen()) {
            if (departement != nl.regioregister.events.Departement.OCW) {
                berekening.pas(status, new nl.regioregister.events.agenda.InspanningsverplichtingAangegaan(
                        "achterhoek", departement.name().toLowerCase(), departement, "inzet", null,
                        new Periode(2026, 2029)), ingaand("2025-11-01"), 10 + departement.ordinal());
            }
        }
        assertThat(Signalen.van(status, LocalDate.of(2025, 12, 1), npvrOp(LocalDate.of(2025, 12, 1))))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("INZET_DEPARTEMENTEN_NIET_UITGEWERKT");
        assertThat(Signalen.van(status, LocalDate.of(2026, 1, 2), npvrOp(LocalDate.of(2026, 1, 2))))
                .extracting(Signalen.Signaal::omschrijving)
                .contains("zonder inspanningsverplichting voor de regio: OCW; de departementen werken hun inzet in "
                        + "2025 uit");
    }

    @Test
    void de_akkoorden_op_de_strategische_agenda_staan_in_de_status() {
        RegioStatus status = regio("zeeland", false);
        berekening.pas(status, new AkkoordOpStrategischeAgendaGegeven("zeeland", Zijde.REGIO, 1),
                ingaand("2027-02-01"), 3);

        assertThat(status.strategischeAgenda).extractingByKey("akkoorden").asString().contains("REGIO");
    }
}
