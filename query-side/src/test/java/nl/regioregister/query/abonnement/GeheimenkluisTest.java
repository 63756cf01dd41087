package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeheimenkluisTest {

    private static final String GEHEIM = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void een_geheim_wordt_versleuteld_bewaard_en_leest_terug() {
        Geheimenkluis kluis = new Geheimenkluis("sleutel", "0011223344556677");
        String bewaard = kluis.versleutel(GEHEIM);

        assertThat(bewaard).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(kluis.versleutel(GEHEIM)).as("elke versleuteling heeft haar eigen IV").isNotEqualTo(bewaard);
        assertThat(kluis.ontsleutel(bewaard)).isEqualTo(GEHEIM);
    }

    @Test
    void met_een_andere_sleutel_is_het_geheim_niet_te_lezen() {
        String bewaard = new Geheimenkluis("sleutel", "0011223344556677").versleutel(GEHEIM);

        assertThatThrownBy(() -> new Geheimenkluis("andere", "0011223344556677").ontsleutel(bewaard))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void zonder_sleutel_start_de_kluis_niet() {
        assertThatThrownBy(() -> new Geheimenkluis(" ", "0011223344556677"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL");
    }
}
