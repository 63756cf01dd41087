package nl.regioregister.query.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it. */
class BesluitenExportTest {

    @Test
    void een_veld_met_komma_aanhalingsteken_of_regeleinde_staat_tussen_aanhalingstekens_met_verdubbelde_tekens() {
        assertThat(BesluitenExport.csvVeld("AB 5 maart 2025")).isEqualTo("AB 5 maart 2025");
        assertThat(BesluitenExport.csvVeld("Voordracht, stuurgroep")).isEqualTo("\"Voordracht, stuurgroep\"");
        assertThat(BesluitenExport.csvVeld("zie \"bijlage\"")).isEqualTo("\"zie \"\"bijlage\"\"\"");
        assertThat(BesluitenExport.csvVeld("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(BesluitenExport.csvVeld(null)).isEmpty();
    }

    @Test
    void een_regel_scheidt_velden_met_komma_s_en_eindigt_met_crlf() {
        assertThat(BesluitenExport.csvRegel(Arrays.asList("1", null, "a,b"))).isEqualTo("1,,\"a,b\"\r\n");
    }
}
