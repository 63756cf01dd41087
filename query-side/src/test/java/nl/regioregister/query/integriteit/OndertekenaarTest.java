package nl.regioregister.query.integriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Duration;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key: from configuration, a development key created once and kept, or none at all. */
class OndertekenaarTest {

    @TempDir
    Path map;

    private static IntegriteitInstellingen instellingen(Path bestand, boolean aanmaken) {
        return new IntegriteitInstellingen(bestand, aanmaken, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    @Test
    void een_ontwikkelsleutel_wordt_eenmaal_aangemaakt_alleen_voor_de_eigenaar_leesbaar_en_daarna_hergebruikt()
            throws Exception {
        Path bestand = map.resolve("data").resolve("ondertekensleutel.pem");

        Ondertekenaar eerste = new Ondertekenaar(instellingen(bestand, true));
        Ondertekenaar tweede = new Ondertekenaar(instellingen(bestand, true));

        assertThat(Files.readString(bestand)).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
        assertThat(tweede.publiekeSleutel().orElseThrow().getEncoded())
                .isEqualTo(eerste.publiekeSleutel().orElseThrow().getEncoded());
    }

    @Test
    void zonder_sleutel_wordt_niets_getekend() {
        Ondertekenaar zonder = new Ondertekenaar(instellingen(null, false));

        assertThat(zonder.publiekeSleutel()).isEmpty();
        assertThatThrownBy(zonder::sleutel).isInstanceOf(GeenOndertekensleutel.class);
    }

    @Test
    void een_geconfigureerde_sleutel_die_ontbreekt_wordt_buiten_ontwikkeling_niet_aangemaakt() {
        Path bestand = map.resolve("ontbreekt.pem");

        assertThatThrownBy(() -> new Ondertekenaar(instellingen(bestand, false))).hasMessageContaining(bestand.toString());
        assertThat(bestand).doesNotExist();
    }

    @Test
    void een_publieke_sleutel_die_niet_bij_de_private_hoort_wordt_geweigerd() throws Exception {
        KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
        Path bestand = map.resolve("gemengd.pem");
        Files.writeString(bestand, Sleutels.pem(ed.generateKeyPair().getPrivate())
                + Sleutels.pem(ed.generateKeyPair().getPublic()));

        assertThatThrownBy(() -> new Ondertekenaar(instellingen(bestand, false)))
                .hasMessageContaining("hoort niet bij de private");
    }
}
