package nl.regioregister.query.integriteit.verificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree against the published reference vectors of RFC 6962/9162 (Certificate Transparency, Trillian). */
class MerkleboomTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> BLADEN = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> WORTELS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static List<byte[]> referentie(int n) {
        return BLADEN.subList(0, n).stream().map(b -> Merkleboom.bladHash(HEX.parseHex(b))).toList();
    }

    private static List<byte[]> bladen(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(Merkleboom.bladHash(new byte[] {(byte) i, (byte) (i >> 8), 42}));
        }
        return hashes;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    @Test
    void de_wortels_zijn_die_van_de_referentievectoren_van_certificate_transparency() {
        assertThat(HEX.formatHex(Merkleboom.wortel(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= 8; n++) {
            assertThat(HEX.formatHex(Merkleboom.wortel(referentie(n)))).as("%d bladen", n).isEqualTo(WORTELS.get(n - 1));
            List<byte[]> rand = List.of();
            for (int i = 0; i < n; i++) {
                rand = Merkleboom.voegToeAanRand(rand, i, referentie(n).get(i));
            }
            assertThat(HEX.formatHex(Merkleboom.wortelVanRand(rand))).as("rand van %d", n)
                    .isEqualTo(WORTELS.get(n - 1));
        }
    }

    @Test
    void de_inclusiebewijzen_zijn_die_van_de_referentievectoren() {
        assertThat(hex(Merkleboom.inclusiebewijs(referentie(8), 0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(Merkleboom.inclusiebewijs(referentie(8), 5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(Merkleboom.consistentiebewijs(referentie(8), 1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void elk_blad_van_elke_boom_tot_zeventig_bladen_bewijst_zijn_plaats_en_geen_andere() {
        for (int n = 1; n <= 70; n++) {
            List<byte[]> hashes = bladen(n);
            byte[] wortel = Merkleboom.wortel(hashes);
            Merkleboom.Bewijzen bewijzen = new Merkleboom.Bewijzen(hashes);
            assertThat(bewijzen.wortel()).isEqualTo(wortel);
            for (int m = 0; m < n; m++) {
                List<byte[]> pad = Merkleboom.inclusiebewijs(hashes, m, n);
                assertThat(hex(bewijzen.inclusie(m))).isEqualTo(hex(pad));
                assertThat(Merkleboom.verifieerInclusie(m, n, hashes.get(m), pad, wortel)).as("%d van %d", m, n)
                        .isTrue();
                assertThat(Merkleboom.verifieerInclusie((m + 1) % n == m ? m + 1 : (m + 1) % n, n, hashes.get(m),
                        pad, wortel)).as("%d op een andere plaats in %d", m, n).isFalse();
                assertThat(Merkleboom.verifieerInclusie(m, n, Merkleboom.bladHash(new byte[] {9}), pad, wortel))
                        .isFalse();
                assertThat(Merkleboom.verifieerInclusie(m, m, hashes.get(m), pad, wortel)).isFalse();
            }
        }
    }

    @Test
    void elke_kleinere_boom_is_aantoonbaar_een_begin_van_de_grotere_en_een_herschreven_begin_niet() {
        for (int n = 1; n <= 40; n++) {
            List<byte[]> hashes = bladen(n);
            byte[] wortel = Merkleboom.wortel(hashes);
            Merkleboom.Bewijzen bewijzen = new Merkleboom.Bewijzen(hashes);
            for (int m = 0; m <= n; m++) {
                List<byte[]> bewijs = Merkleboom.consistentiebewijs(hashes, m, n);
                assertThat(hex(bewijzen.consistentie(m))).isEqualTo(hex(bewijs));
                byte[] oudeWortel = Merkleboom.wortel(hashes.subList(0, m));
                assertThat(Merkleboom.verifieerConsistentie(m, n, oudeWortel, wortel, bewijs)).as("%d naar %d", m, n)
                        .isTrue();
                if (m > 0) {
                    List<byte[]> herschreven = new ArrayList<>(hashes.subList(0, m));
                    herschreven.set(m - 1, Merkleboom.bladHash(new byte[] {7, 7}));
                    assertThat(Merkleboom.verifieerConsistentie(m, n, Merkleboom.wortel(herschreven), wortel, bewijs))
                            .as("herschreven %d naar %d", m, n).isFalse();
                }
            }
        }
    }
}
