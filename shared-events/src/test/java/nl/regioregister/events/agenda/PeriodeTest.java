package nl.regioregister.events.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodeTest {

    private static final Periode P2026 = new Periode(2026, 2029);

    @Test
    void een_periode_wordt_geschreven_en_gelezen_als_beginjaar_eindjaar() {
        assertThat(Periode.van(" 2026-2029 ")).isEqualTo(P2026);
        assertThat(P2026).hasToString("2026-2029");
    }

    @Test
    void een_periode_in_een_andere_schrijfwijze_wordt_niet_gelezen() {
        assertThatThrownBy(() -> Periode.van("2026/2029"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("een periode wordt geschreven als beginjaar-eindjaar, bijvoorbeeld 2026-2029");
        assertThatThrownBy(() -> Periode.van(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beide_jaren_tellen_mee() {
        assertThat(P2026.aantalJaren()).isEqualTo(4);
        assertThat(new Periode(2025, 2044).aantalJaren()).isEqualTo(20);
    }

    @Test
    void perioden_overlappen_zodra_zij_een_jaar_delen() {
        assertThat(P2026.overlaptMet(new Periode(2029, 2032))).isTrue();
        assertThat(P2026.overlaptMet(new Periode(2022, 2026))).isTrue();
        assertThat(P2026.overlaptMet(new Periode(2027, 2028))).isTrue();
        assertThat(P2026.overlaptMet(new Periode(2030, 2033))).isFalse();
        assertThat(P2026.overlaptMet(new Periode(2022, 2025))).isFalse();
    }

    @Test
    void de_volgende_periode_sluit_aan_en_is_even_lang() {
        assertThat(P2026.volgende()).isEqualTo(new Periode(2030, 2033));
    }
}
