package nl.regioregister.query.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

class VerwerkingsstandTest {

    @Test
    void een_positie_is_verwerkt_als_elk_segment_haar_voorbij_is() {
        Verwerkingsstand.Stand stand = new Verwerkingsstand.Stand(List.of(
                GapAwareTrackingToken.newInstance(12, List.of()), GapAwareTrackingToken.newInstance(9, List.of())));

        assertThat(stand.positie()).isEqualTo(9);
        assertThat(stand.heeftVerwerkt(9)).isTrue();
        assertThat(stand.heeftVerwerkt(10)).isFalse();
    }

    @Test
    void een_gebeurtenis_in_een_gat_van_het_token_is_nog_niet_verwerkt() {
        Verwerkingsstand.Stand stand = new Verwerkingsstand.Stand(List.of(
                GapAwareTrackingToken.newInstance(12, List.of(10L))));

        assertThat(stand.heeftVerwerkt(10)).isFalse();
        assertThat(stand.heeftVerwerkt(11)).isTrue();
        assertThat(stand.heeftVerwerkt(12)).isTrue();
    }

    @Test
    void tijdens_het_opnieuw_opbouwen_telt_hoe_ver_de_herhaling_is() {
        Verwerkingsstand.Stand stand = new Verwerkingsstand.Stand(List.of(ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(50, List.of()), GapAwareTrackingToken.newInstance(20, List.of()))));

        assertThat(stand.heeftVerwerkt(20)).isTrue();
        assertThat(stand.heeftVerwerkt(21)).isFalse();
    }

    @Test
    void zonder_vastgelegd_token_is_niets_verwerkt() {
        assertThat(new Verwerkingsstand.Stand(List.of()).heeftVerwerkt(0)).isFalse();
        Verwerkingsstand.Stand halfGestart = new Verwerkingsstand.Stand(
                Arrays.asList(GapAwareTrackingToken.newInstance(5, List.of()), null));
        assertThat(halfGestart.positie()).isZero();
        assertThat(halfGestart.heeftVerwerkt(1)).isFalse();
    }
}
