package nl.regioregister.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoerregelsTest {

    @Test
    void gewone_tekst_met_accenten_en_emoji_mag() {
        assertThat(Invoerregels.tekstSchending("Noard-Fryslân, regio-coördinator \uD83C\uDF3E", false)).isEmpty();
    }

    @Test
    void nul_wordt_geweigerd_met_code_en_positie() {
        assertThat(Invoerregels.tekstSchending("ab\u0000c", true)).contains("bevat het stuurteken U+0000 op positie 3");
    }

    @Test
    void tab_en_regeleinde_mogen_alleen_in_vrije_tekst() {
        assertThat(Invoerregels.tekstSchending("eerste\nregel\tkolom\r", true)).isEmpty();
        assertThat(Invoerregels.tekstSchending("J. de\tVries", false)).contains("bevat het stuurteken U+0009 op positie 6");
    }

    @Test
    void andere_stuurtekens_ook_de_c1_reeks_worden_geweigerd() {
        assertThat(Invoerregels.tekstSchending("a\u001Bb", true)).isPresent();
        assertThat(Invoerregels.tekstSchending("a\u007F", true)).isPresent();
        assertThat(Invoerregels.tekstSchending("a\u0085", true)).isPresent();
    }

    @Test
    void een_ongepaarde_surrogaat_wordt_geweigerd_aan_het_begin_midden_en_einde() {
        assertThat(Invoerregels.tekstSchending("\uD800abc", false)).contains("bevat de ongepaarde surrogaat U+D800 op positie 1");
        assertThat(Invoerregels.tekstSchending("ab\uDC00c", false)).isPresent();
        assertThat(Invoerregels.tekstSchending("abc\uD83C", false)).isPresent();
    }

    @Test
    void non_karakters_worden_geweigerd() {
        assertThat(Invoerregels.tekstSchending("a\uFFFE", false)).contains("bevat het non-karakter U+FFFE op positie 2");
        assertThat(Invoerregels.tekstSchending("a\uFDD0", false)).isPresent();
        assertThat(Invoerregels.tekstSchending("a" + new String(Character.toChars(0x1FFFF)), false)).isPresent();
    }

    @Test
    void herstel_vervangt_alleen_wat_niet_opgeslagen_kan_worden() {
        assertThat(Invoerregels.hersteld("a\u0000b\nc\uD800")).isEqualTo("a\uFFFDb\nc\uFFFD");
        assertThat(Invoerregels.hersteld("gaaf")).isEqualTo("gaaf");
        assertThat(Invoerregels.opslaanbaar(Invoerregels.hersteld("\u0000\uFFFF\uDC00"))).isTrue();
    }

    @Test
    void datums_liggen_tussen_1900_en_2100() {
        assertThat(Invoerregels.datumSchending(LocalDate.of(1900, 1, 1))).isEmpty();
        assertThat(Invoerregels.datumSchending(LocalDate.of(2100, 12, 31))).isEmpty();
        assertThat(Invoerregels.datumSchending(LocalDate.of(0, 1, 1))).isPresent();
        assertThat(Invoerregels.datumSchending(LocalDate.of(99999, 1, 1))).isPresent();
    }
}
