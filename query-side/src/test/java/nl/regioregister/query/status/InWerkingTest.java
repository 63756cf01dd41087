package nl.regioregister.query.status;

import static nl.regioregister.query.programma.Programmafeiten.npvrOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Hoofdstuk;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.events.agenda.PlanIngetrokken;
import nl.regioregister.events.agenda.PlanVastgesteld;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.status.RegioStatusBerekening.Besluitgebeurtenis;
import org.junit.jupiter.api.Test;

/** Decisions count from their ingangsdatum: announced before it, current from it, in order of taking effect. */
class InWerkingTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();
    private final List<Besluitgebeurtenis> vastgelegd = new ArrayList<>();

    private void vastgelegd(Object gebeurtenis, String ingangsdatum) {
        vastgelegd.add(new Besluitgebeurtenis(gebeurtenis, new Besluit("x", "BZK", "BZK",
                Instant.parse("2026-11-25T09:00:00Z").plusSeconds(vastgelegd.size()), LocalDate.parse(ingangsdatum),
                "m", "b"), vastgelegd.size() + 1L));
    }

    private RegioStatus op(String datum) {
        return berekening.opDatum(vastgelegd, LocalDate.parse(datum));
    }

    private void achterhoek() {
        vastgelegd(new RegioGeregistreerd("achterhoek", "Achterhoek", RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                List.of("Gelderland"), List.of()), "2024-12-20");
    }

    private static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    @Test
    void een_benoeming_met_een_ingangsdatum_in_de_toekomst_is_aangekondigd_en_de_rol_blijft_vacant() {
        achterhoek();
        vastgelegd(new nl.regioregister.events.regio.OpgenomenInProgramma("achterhoek",
                nl.regioregister.events.regio.Programma.NPVR, null, null, null), "2024-12-20");
        vastgelegd(new RijksvertegenwoordigerBenoemd("achterhoek", "J. de Vries", Departement.IENW),
                "2027-01-01");

        RegioStatus vandaag = op("2026-11-25");

        assertThat(vandaag.bestuur).doesNotContainKey("RIJKSVERTEGENWOORDIGER");
        assertThat(vandaag.aangekondigd).singleElement().satisfies(a -> {
            assertThat(a.besluit()).isEqualTo("RijksvertegenwoordigerBenoemd");
            assertThat(a.ingangsdatum()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(vandaag.positie).isEqualTo(3);
        assertThat(Signalen.van(vandaag, vandaag.peildatum, npvrOp(vandaag.peildatum)))
                .extracting(Signalen.Signaal::omschrijving)
                .contains("de regio heeft geen rijksvertegenwoordiger; een benoeming gaat in op 2027-01-01");
    }

    @Test
    void een_aangekondigde_benoeming_wordt_op_haar_ingangsdatum_huidig_zonder_nieuwe_gebeurtenis() {
        achterhoek();
        vastgelegd(new RijksvertegenwoordigerBenoemd("achterhoek", "J. de Vries", Departement.IENW),
                "2027-01-01");
        GeheugenIndex index = new GeheugenIndex();
        RegioStatus opgeslagen = new RegioStatus();
        for (Besluitgebeurtenis g : vastgelegd) {
            index.toegepast.add(g);
            opgeslagen = GeldendeStand.verwerk(berekening, index, opgeslagen, g, LocalDate.of(2026, 11, 25));
        }

        RegioStatus opOudejaarsdag = GeldendeStand.vandaag(berekening, index, index.kopie(opgeslagen),
                LocalDate.of(2026, 12, 31));
        RegioStatus opNieuwjaarsdag = GeldendeStand.vandaag(berekening, index, index.kopie(opgeslagen),
                LocalDate.of(2027, 1, 1));

        assertThat(opOudejaarsdag.bestuur).doesNotContainKey("RIJKSVERTEGENWOORDIGER");
        assertThat(opNieuwjaarsdag.bestuur.get("RIJKSVERTEGENWOORDIGER").persoonId).isEqualTo("J. de Vries");
        assertThat(opNieuwjaarsdag.aangekondigd).isEmpty();
        assertThat(Signalen.van(opNieuwjaarsdag, opNieuwjaarsdag.peildatum, npvrOp(opNieuwjaarsdag.peildatum)))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("GEEN_RIJKSVERTEGENWOORDIGER");
    }

    @Test
    void een_later_vastgelegde_benoeming_met_een_eerdere_ingangsdatum_neemt_haar_plaats_in_de_volgorde_van_ingang() {
        achterhoek();
        vastgelegd(new RijksvertegenwoordigerBenoemd("achterhoek", "A. Jansen", Departement.VRO),
                "2025-06-01");
        vastgelegd(new RijksvertegenwoordigerBenoemd("achterhoek", "J. de Vries", Departement.IENW),
                "2025-03-05");

        RegioStatus nu = op("2026-11-25");

        assertThat(nu.bestuur.get("RIJKSVERTEGENWOORDIGER").persoonId).isEqualTo("A. Jansen");
        assertThat(nu.benoemingshistorie).extracting(b -> b.persoonId + " " + b.sinds + " tot " + b.tot)
                .containsExactly("J. de Vries 2025-03-05 tot 2025-06-01", "A. Jansen 2025-06-01 tot null");
        assertThat(op("2025-04-01").bestuur.get("RIJKSVERTEGENWOORDIGER").persoonId).isEqualTo("J. de Vries");
    }

    @Test
    void een_besteding_met_een_ingangsdatum_voor_de_uitbetaling_geeft_op_een_datum_ertussen_meer_besteed_dan_beschikbaar() {
        achterhoek();
        vastgelegd(new ProcesmiddelenToegekend("achterhoek", 2025, euro("350000.00"), euro("8677.69"), null),
                "2025-03-15");
        vastgelegd(new ProcesmiddelenUitbetaald("achterhoek", 2025, Uitkeringsfonds.GEMEENTEFONDS,
                "Gemeente Doetinchem", euro("341322.31"), euro("8677.69")), "2025-06-01");
        vastgelegd(new BestedingGeregistreerd("achterhoek", 2025, Bestedingscategorie.PERSONEEL, euro("100000.00"),
                "programmamanager"), "2025-02-01");

        RegioStatus ertussen = op("2025-04-01");
        RegioStatus daarna = op("2025-07-01");

        assertThat(ertussen.procesmiddelen.get(2025).getBeschikbaar()).isEqualByComparingTo("-100000.00");
        assertThat(Signalen.van(ertussen, ertussen.peildatum, npvrOp(ertussen.peildatum)))
                .extracting(Signalen.Signaal::soort)
                .contains("MEER_BESTEED_DAN_BESCHIKBAAR");
        assertThat(daarna.procesmiddelen.get(2025).getBeschikbaar()).isEqualByComparingTo("241322.31");
        assertThat(Signalen.van(daarna, daarna.peildatum, npvrOp(daarna.peildatum))).extracting(Signalen.Signaal::soort)
                .doesNotContain("MEER_BESTEED_DAN_BESCHIKBAAR");
    }

    private static PlanIngediend plan(int versie, String titel, String sha) {
        return new PlanIngediend("achterhoek", versie, Map.of(Hoofdstuk.INTRODUCTIE, titel), 2050,
                Map.of(Doelstelling.VEILIGE_EN_LEEFBARE_REGIO, "wonen"), new Documentverwijzing(titel, sha));
    }

    @Test
    void een_ingetrokken_latere_versie_staat_apart_en_het_vastgestelde_plan_houdt_zijn_eigen_inhoud_en_akkoorden() {
        achterhoek();
        vastgelegd(plan(1, "Plan 1", "a".repeat(64)), "2025-07-01");
        vastgelegd(new AkkoordRegioOpPlanGegeven("achterhoek", 1), "2025-07-02");
        vastgelegd(new AkkoordRijkOpPlanGegeven("achterhoek", 1), "2025-07-03");
        vastgelegd(new PlanVastgesteld("achterhoek", 1), "2025-07-04");
        vastgelegd(plan(2, "Plan 2", "b".repeat(64)), "2025-09-01");
        vastgelegd(new AkkoordRegioOpPlanGegeven("achterhoek", 2), "2025-09-02");
        vastgelegd(new AkkoordRijkOpPlanGegeven("achterhoek", 2), "2025-09-03");
        vastgelegd(new PlanVastgesteld("achterhoek", 2), "2025-09-04");
        vastgelegd(plan(3, "Plan 3", "c".repeat(64)), "2025-10-01");
        vastgelegd(new AkkoordRegioOpPlanGegeven("achterhoek", 3), "2025-10-02");
        vastgelegd(new PlanIngetrokken("achterhoek", 3), "2025-10-03");

        RegioStatus.Agenda plan = op("2026-01-01").plan;

        assertThat(plan.staat).isEqualTo("VASTGESTELD");
        assertThat(plan.versie).isEqualTo(2);
        assertThat(plan.vastgesteldeVersie).isEqualTo(2);
        assertThat(plan.inhoud.get("document")).isEqualTo(new Documentverwijzing("Plan 2", "b".repeat(64)));
        assertThat(plan.akkoordRegioOpVersie).isEqualTo(2);
        assertThat(plan.akkoordRijkOpVersie).isEqualTo(2);
        assertThat(plan.inBehandeling.versie).isEqualTo(3);
        assertThat(plan.inBehandeling.staat).isEqualTo("INGETROKKEN");
        assertThat(plan.inBehandeling.inhoud.get("document"))
                .isEqualTo(new Documentverwijzing("Plan 3", "c".repeat(64)));
        assertThat(plan.inBehandeling.akkoordRegioOpVersie).isEqualTo(3);
        assertThat(plan.inBehandeling.akkoordRijkOpVersie).isNull();
    }

    @Test
    void een_vaststelling_met_een_ingangsdatum_voor_de_indiening_van_die_versie_geeft_een_signaal() {
        achterhoek();
        vastgelegd(plan(1, "Plan 1", "a".repeat(64)), "2025-07-10");
        vastgelegd(new AkkoordRegioOpPlanGegeven("achterhoek", 1), "2025-07-10");
        vastgelegd(new AkkoordRijkOpPlanGegeven("achterhoek", 1), "2025-07-10");
        vastgelegd(new PlanVastgesteld("achterhoek", 1), "2025-07-01");

        RegioStatus ertussen = op("2025-07-05");
        RegioStatus daarna = op("2025-08-01");

        assertThat(ertussen.plan.staat).isEqualTo("VASTGESTELD");
        assertThat(ertussen.plan.inhoud).isNull();
        assertThat(Signalen.van(ertussen, ertussen.peildatum, npvrOp(ertussen.peildatum)))
                .extracting(Signalen.Signaal::soort)
                .contains("VASTGESTELD_VOOR_INDIENING");
        assertThat(daarna.plan.inhoud.get("document")).isEqualTo(new Documentverwijzing("Plan 1", "a".repeat(64)));
        assertThat(daarna.plan.staat).isEqualTo("VASTGESTELD");
        assertThat(Signalen.van(daarna, daarna.peildatum, npvrOp(daarna.peildatum))).extracting(Signalen.Signaal::soort)
                .contains("VASTGESTELD_VOOR_INDIENING");
    }

    @Test
    void een_toekenning_voor_de_kassier_is_gewoon_maar_een_uitbetaling_met_een_ingangsdatum_ervoor_geeft_een_signaal() {
        achterhoek();
        vastgelegd(new nl.regioregister.events.procesmiddelen.RegiokassierAangewezen("achterhoek",
                nl.regioregister.events.procesmiddelen.Kassiersoort.GEMEENTE, "Gemeente Doetinchem",
                nl.regioregister.events.procesmiddelen.Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND,
                "Regio Achterhoek"), "2025-03-01");
        vastgelegd(new ProcesmiddelenToegekend("achterhoek", 2025, euro("350000.00"), euro("0.00"), null),
                "2025-01-22");
        vastgelegd(new ProcesmiddelenUitbetaald("achterhoek", 2025, Uitkeringsfonds.GEMEENTEFONDS,
                "Gemeente Doetinchem", euro("350000.00"), euro("0.00")), "2025-02-15");

        RegioStatus toegekend = op("2025-02-01");
        RegioStatus uitbetaald = op("2025-02-20");
        RegioStatus daarna = op("2025-03-01");

        assertThat(Signalen.van(toegekend, toegekend.peildatum, npvrOp(toegekend.peildatum)))
                .extracting(Signalen.Signaal::soort)
                .doesNotContain("UITBETALING_ZONDER_KASSIER");
        assertThat(Signalen.van(uitbetaald, uitbetaald.peildatum, npvrOp(uitbetaald.peildatum)))
                .extracting(Signalen.Signaal::soort)
                .contains("UITBETALING_ZONDER_KASSIER");
        assertThat(Signalen.van(daarna, daarna.peildatum, npvrOp(daarna.peildatum))).extracting(Signalen.Signaal::soort)
                .doesNotContain("UITBETALING_ZONDER_KASSIER");
    }
}
