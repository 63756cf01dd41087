package nl.regioregister.command.kamer;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regioregister.events.kamer.Kamerstuknummer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KamerstuknummerTest {

    @ParameterizedTest(name = "{0} wordt {1}")
    @CsvSource(delimiter = '|', value = {
            "29697-169                             | 29697-169",
            "29 697, nr. 169                       | 29697-169",
            "29697 nr. 140                         | 29697-140",
            "Kamerstuk 29 697, nr. 175             | 29697-175",
            "Kamerstukken II 2023/24, 29697, nr. 116 | 29697-116",
            "kamerstukken II 2023/24, 29 697, nr. 134 | 29697-134",
            "'  29697-0169 '                       | 29697-169",
            "36800-VII, nr. 97                     | 36800-VII-97",
            "Kamerstukken II 2025/26, 36800-VII, nr. 97 | 36800-VII-97",
            "36800 vii nr 97                       | 36800-VII-97",
            "36800-VII-97                          | 36800-VII-97",
            "21 501-20, nr. 1234                   | 21501-20-1234"})
    void een_kamerstuknummer_wordt_op_een_manier_geschreven(String citaat, String genormaliseerd) {
        assertThat(Kamerstuknummer.normaliseer(citaat)).contains(genormaliseerd);
    }

    @ParameterizedTest(name = "\"{0}\" is geen Kamerstuknummer")
    @NullAndEmptySource
    @ValueSource(strings = {"29697", "29697 169", "motie Flach", "29697-", "nr. 169", "29697-169-", "29697, nr. x"})
    void wat_geen_dossier_en_nummer_noemt_is_geen_kamerstuknummer(String tekst) {
        assertThat(Kamerstuknummer.normaliseer(tekst)).isEmpty();
    }
}
