package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** No webhook reaches into the register's own network; only the explicit allowlist is exempt. */
class CallbackcontroleTest {

    private final Callbackcontrole controle = new Callbackcontrole(List.of("http://127.0.0.1:8999"));

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.8.9.10/hook", "https://localhost/hook",
            "https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://172.31.255.255/hook",
            "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data", "https://0.0.0.0/hook",
            "https://100.64.0.1/hook", "https://[::1]/hook", "https://[fe80::1]/hook", "https://[fc00::1]/hook",
            "https://[fd12:3456::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://[::]/hook",
            "https://224.0.0.1/hook", "https://255.255.255.255/hook"})
    void een_niet_openbaar_adres_wordt_geweigerd(String url) {
        assertThatThrownBy(() -> controle.controleer(url)).isInstanceOf(Callbackcontrole.Geweigerd.class)
                .hasMessageContaining("niet-openbaar adres");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0177.0.0.1/hook", "https://0x7f.0.0.1/hook", "https://0x7f000001/hook",
            "https://2130706433/hook", "https://127.1/hook", "https://127.0.1/hook", "https://017700000001/hook",
            "https://127.0.0.01/hook", "https://127.0.0.1./hook", "https://ontvanger.example.0x7f/hook",
            "https://ontvanger.example.1/hook", "https://0300.0250.0.1:8443/hook", "http://0177.0.0.1:8999/hook"})
    void een_ipv4_adres_in_een_niet_canonieke_schrijfwijze_wordt_geweigerd_ook_op_de_toegestane_lijst(String url) {
        Callbackcontrole zonderDns = new Callbackcontrole(List.of("http://0177.0.0.1:8999"), host -> {
            throw new AssertionError("de host wordt niet opgezocht: " + host);
        });
        assertThatThrownBy(() -> zonderDns.controleer(url)).isInstanceOf(Callbackcontrole.Geweigerd.class)
                .hasMessageContaining("niet-canonieke schrijfwijze");
    }

    @Test
    void namen_die_op_hexadecimale_letters_lijken_zijn_gewone_namen() {
        Callbackcontrole metDns = new Callbackcontrole(List.of(), host -> new InetAddress[] {
                InetAddress.getByName("203.0.113.10")});
        assertThat(metDns.bestemming("https://bad.cafe/hook").adressen()).extracting(InetAddress::getHostAddress)
                .containsExactly("203.0.113.10");
        assertThat(metDns.bestemming("https://0x.example.nl/hook").uri()).hasHost("0x.example.nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://203.0.113.10/hook", "ftp://203.0.113.10/hook", "http://127.0.0.1:9000/hook",
            "http://127.0.0.1/hook"})
    void alleen_https_tenzij_de_oorsprong_op_de_toegestane_lijst_staat(String url) {
        assertThatThrownBy(() -> controle.controleer(url)).isInstanceOf(Callbackcontrole.Geweigerd.class);
    }

    @Test
    void een_openbaar_https_adres_en_de_toegestane_oorsprong_worden_aanvaard() {
        assertThat(controle.controleer("https://203.0.113.10/webhooks?bron=regioregister")).hasHost("203.0.113.10");
        assertThat(controle.controleer("http://127.0.0.1:8999/ontvang")).hasPort(8999);
    }

    @Test
    void inloggegevens_en_relatieve_urls_worden_geweigerd() {
        assertThatThrownBy(() -> controle.controleer("https://gebruiker:wachtwoord@203.0.113.10/hook"))
                .hasMessageContaining("inloggegevens");
        assertThatThrownBy(() -> controle.controleer("/hook")).hasMessageContaining("absolute URL");
        assertThatThrownBy(() -> controle.controleer("https://203.0.113.10/hook#x")).hasMessageContaining("fragment");
    }

    @Test
    void een_naam_die_ook_naar_een_intern_adres_wijst_wordt_geweigerd() {
        Callbackcontrole metDns = new Callbackcontrole(List.of(), host -> new InetAddress[] {
                InetAddress.getByName("203.0.113.10"), InetAddress.getByName("10.0.0.5")});
        assertThatThrownBy(() -> metDns.controleer("https://ontvanger.example.nl/hook"))
                .hasMessageContaining("10.0.0.5");
        Callbackcontrole onbekend = new Callbackcontrole(List.of(), host -> {
            throw new java.net.UnknownHostException(host);
        });
        assertThatThrownBy(() -> onbekend.controleer("https://bestaat-niet.example/hook"))
                .hasMessageContaining("onbekend");
    }
}
