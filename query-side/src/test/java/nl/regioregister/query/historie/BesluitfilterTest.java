package nl.regioregister.query.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.query.platform.OngeldigeInvoer;
import org.junit.jupiter.api.Test;

class BesluitfilterTest {

    @Test
    void elke_ongeldige_parameter_wordt_gemeld_en_niet_alleen_de_eerste() {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        Besluitfilter.lees("Achterhoek!", List.of("Regio Geregistreerd"), " ", null, "gisteren", null,
                "2025-02-30", null, controle);

        assertThatThrownBy(controle::afronden).isInstanceOfSatisfying(OngeldigeInvoer.class, fout ->
                assertThat(fout.schendingen()).extracting(OngeldigeInvoer.Schending::name)
                        .containsExactly("regio", "type", "actor", "geregistreerdVanaf", "ingangsVanaf"));
    }

    @Test
    void een_bereik_waarvan_het_einde_niet_na_het_begin_ligt_is_ongeldig() {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        Besluitfilter.lees(null, null, null, null, "2025-03-05", "2025-03-05", "2025-04-01", "2025-01-01", controle);

        assertThatThrownBy(controle::afronden).isInstanceOfSatisfying(OngeldigeInvoer.class, fout ->
                assertThat(fout.schendingen()).extracting(OngeldigeInvoer.Schending::name)
                        .containsExactly("geregistreerdTot", "ingangsTot"));
    }

    @Test
    void soorten_mogen_herhaald_of_met_komma_gescheiden_en_een_datum_is_het_begin_van_die_dag_in_nederland() {
        OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
        Besluitfilter filter = Besluitfilter.lees("achterhoek", List.of("RegioGeregistreerd,RijksvertegenwoordigerBenoemd",
                        "RegioGeregistreerd"), "bzk", "BZK", "2025-03-05", "2025-03-10T12:00:00 01:00",
                "2025-01-01", "2026-01-01", controle);
        controle.afronden();

        assertThat(filter.typen()).containsExactly("RegioGeregistreerd", "RijksvertegenwoordigerBenoemd");
        assertThat(filter.geregistreerdVanaf()).isEqualTo(Instant.parse("2025-03-04T23:00:00Z"));
        assertThat(filter.geregistreerdTot()).isEqualTo(Instant.parse("2025-03-10T11:00:00Z"));
        assertThat(filter.ingangsVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(filter.alleenRegio("twente").regio()).isEqualTo("twente");
    }
}
