package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandtekeningTest {

    @Test
    void de_handtekening_komt_overeen_met_het_voorbeeld_uit_de_standard_webhooks_specificatie() {
        String handtekening = Handtekening.onderteken("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(handtekening).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void een_geheim_is_whsec_met_base64_van_24_tot_64_bytes() {
        assertThat(Handtekening.sleutel("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasSize(24);
        assertThatThrownBy(() -> Handtekening.sleutel("geheim")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> Handtekening.sleutel("whsec_kort")).hasMessageContaining("24 tot 64 bytes");
        assertThatThrownBy(() -> Handtekening.sleutel("whsec_%%%")).hasMessageContaining("base64");
        assertThatThrownBy(() -> Handtekening.sleutel(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void de_webhook_id_is_stabiel_per_gebeurtenis_en_abonnement() {
        UUID abonnement = UUID.randomUUID();
        assertThat(Handtekening.webhookId(abonnement, "e1")).isEqualTo(Handtekening.webhookId(abonnement, "e1"))
                .startsWith("msg_")
                .isNotEqualTo(Handtekening.webhookId(abonnement, "e2"))
                .isNotEqualTo(Handtekening.webhookId(UUID.randomUUID(), "e1"));
    }
}
