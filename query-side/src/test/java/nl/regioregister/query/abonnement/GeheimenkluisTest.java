package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.encrypt.Encryptors;

class GeheimenkluisTest {

    private static final String GEHEIM = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Geheimenkluis.Sleutel OUD = new Geheimenkluis.Sleutel("2025", "oude-sleutel",
            "0011223344556677");
    private static final Geheimenkluis.Sleutel NIEUW = new Geheimenkluis.Sleutel("2026", "nieuwe-sleutel",
            "8899aabbccddeeff0011");

    @Test
    void een_geheim_wordt_versleuteld_bewaard_met_de_id_van_de_sleutel_en_leest_terug() {
        Geheimenkluis kluis = new Geheimenkluis("sleutel", "0011223344556677");
        String bewaard = kluis.versleutel(GEHEIM);

        assertThat(bewaard).startsWith("1$").doesNotContain(GEHEIM);
        assertThat(kluis.versleutel(GEHEIM)).as("elke versleuteling heeft haar eigen IV").isNotEqualTo(bewaard);
        assertThat(kluis.ontsleutel(bewaard)).isEqualTo(GEHEIM);
        assertThat(kluis.metHuidigeSleutel(bewaard)).isTrue();
    }

    @Test
    void met_een_andere_sleutel_of_een_ander_zout_is_het_geheim_niet_te_lezen() {
        String bewaard = new Geheimenkluis("sleutel", "0011223344556677").versleutel(GEHEIM);

        assertThatThrownBy(() -> new Geheimenkluis("andere", "0011223344556677").ontsleutel(bewaard))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Geheimenkluis("sleutel", "7766554433221100").ontsleutel(bewaard))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void na_het_wisselen_van_sleutel_blijven_oude_geheimen_leesbaar_en_worden_nieuwe_met_de_nieuwe_versleuteld() {
        String oud = new Geheimenkluis(List.of(OUD)).versleutel(GEHEIM);
        Geheimenkluis gewisseld = new Geheimenkluis(List.of(NIEUW, OUD));

        assertThat(gewisseld.ontsleutel(oud)).isEqualTo(GEHEIM);
        assertThat(gewisseld.metHuidigeSleutel(oud)).isFalse();
        String nieuw = gewisseld.versleutel(GEHEIM);
        assertThat(nieuw).startsWith("2026$");
        assertThat(new Geheimenkluis(List.of(NIEUW)).ontsleutel(nieuw)).isEqualTo(GEHEIM);
        assertThatThrownBy(() -> new Geheimenkluis(List.of(NIEUW)).ontsleutel(oud))
                .hasMessageContaining("sleutel 2025").hasMessageContaining("vorige-kluissleutels");
    }

    @Test
    void een_geheim_van_voor_de_sleutel_ids_wordt_met_elke_ingestelde_sleutel_geprobeerd() {
        String zonderId = Encryptors.delux(OUD.sleutel(), OUD.zout()).encrypt(GEHEIM);

        assertThat(new Geheimenkluis(List.of(NIEUW, OUD)).ontsleutel(zonderId)).isEqualTo(GEHEIM);
        assertThatThrownBy(() -> new Geheimenkluis(List.of(NIEUW)).ontsleutel(zonderId))
                .hasMessageContaining("geen van de ingestelde sleutels");
    }

    @Test
    void de_sleutels_komen_uit_de_configuratie_met_de_vorige_als_lijst() {
        String oud = new Geheimenkluis(List.of(OUD)).versleutel(GEHEIM);
        MockEnvironment omgeving = new MockEnvironment()
                .withProperty(Geheimenkluis.SLEUTEL, NIEUW.sleutel())
                .withProperty(Geheimenkluis.ZOUT, NIEUW.zout())
                .withProperty(Geheimenkluis.SLEUTEL_ID, NIEUW.id())
                .withProperty(Geheimenkluis.VORIGE + "[0].id", OUD.id())
                .withProperty(Geheimenkluis.VORIGE + "[0].sleutel", OUD.sleutel())
                .withProperty(Geheimenkluis.VORIGE + "[0].zout", OUD.zout());

        Geheimenkluis kluis = new Geheimenkluis(omgeving);

        assertThat(kluis.ontsleutel(oud)).isEqualTo(GEHEIM);
        assertThat(kluis.versleutel(GEHEIM)).startsWith("2026$");
    }

    @Test
    void zonder_sleutel_of_zonder_zout_start_de_kluis_niet_er_is_geen_ingebouwde_waarde() {
        assertThatThrownBy(() -> new Geheimenkluis(" ", "0011223344556677"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL");
        assertThatThrownBy(() -> new Geheimenkluis(new MockEnvironment().withProperty(Geheimenkluis.SLEUTEL, "s")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGIOREGISTER_ABONNEMENTEN_KLUISZOUT");
        assertThatThrownBy(() -> new Geheimenkluis("sleutel", "kort"))
                .hasMessageContaining("REGIOREGISTER_ABONNEMENTEN_KLUISZOUT");
        assertThatThrownBy(() -> new Geheimenkluis(List.of(NIEUW, new Geheimenkluis.Sleutel("2026", "x",
                "0011223344556677")))).hasMessageContaining("twee keer");
    }
}
