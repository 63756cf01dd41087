package nl.regioregister.query.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StroomtoewijzingTest {

    private final Stroomtoewijzing stromen = new Stroomtoewijzing(
            new Verzoeklimieten.Instellingen(null, null, null, null, 2));

    @Test
    void een_gebruiker_krijgt_niet_meer_stromen_dan_de_limiet_tot_hij_er_een_teruggeeft() {
        Runnable eerste = stromen.neem("achterhoek");
        stromen.neem("achterhoek");

        assertThatThrownBy(() -> stromen.neem("achterhoek")).isInstanceOf(Stroomtoewijzing.TeVeelStromen.class)
                .hasMessageContaining("2 live stromen");
        assertThat(stromen.neem("twente")).as("een andere gebruiker").isNotNull();

        eerste.run();
        eerste.run();
        assertThat(stromen.open("achterhoek")).as("eenmaal teruggegeven").isEqualTo(1);
        stromen.neem("achterhoek");
        assertThat(stromen.open("achterhoek")).isEqualTo(2);
    }
}
