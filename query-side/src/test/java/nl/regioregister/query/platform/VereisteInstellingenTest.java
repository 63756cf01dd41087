package nl.regioregister.query.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.regioregister.query.QuerySideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The query side started without a required setting (the database URL, the issuer, the key for the subscription
 * secrets) stops at start-up with one line naming the variable and what to set, not with the framework's misleading
 * advice, a failed connection or a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class VereisteInstellingenTest {

    private static final String UITGEVER = "--regioregister.aanmelding.uitgever=https://inloggen.example.nl/realms/rr";
    private static final String PUBLIEK = "--regioregister.aanmelding.publiek=regioregister";
    private static final String SLEUTEL = "--regioregister.abonnementen.kluissleutel=proef";
    private static final String ZOUT = "--regioregister.abonnementen.kluiszout=00112233445566778899";
    private static final String GEEN_DATABASE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:18139/geen";

    private static String uitvoer(CapturedOutput uitvoer) {
        return uitvoer.getOut() + uitvoer.getErr();
    }

    @Test
    void zonder_database_url_stopt_de_leeszijde_met_een_regel_die_de_variabele_noemt(CapturedOutput uitvoer) {
        assertThatThrownBy(() -> QuerySideApplication.builder().run("--server.port=0", UITGEVER, PUBLIEK, SLEUTEL,
                ZOUT)).isNotNull();

        assertThat(uitvoer(uitvoer))
                .contains("APPLICATION FAILED TO START")
                .contains("SPRING_DATASOURCE_URL: niet ingesteld; zet de JDBC-URL van de PostgreSQL-database")
                .contains("Zet SPRING_DATASOURCE_URL.")
                .doesNotContain("embedded database")
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void zonder_uitgever_stopt_de_leeszijde_voor_ze_de_database_zoekt(CapturedOutput uitvoer) {
        assertThatThrownBy(() -> QuerySideApplication.builder().run("--server.port=0", GEEN_DATABASE, SLEUTEL, ZOUT))
                .hasStackTraceContaining("REGIOREGISTER_AANMELDING_UITGEVER");

        assertThat(uitvoer(uitvoer))
                .contains("REGIOREGISTER_AANMELDING_UITGEVER: niet ingesteld; zet de issuer-URL")
                .contains("Zet REGIOREGISTER_AANMELDING_UITGEVER.")
                .doesNotContain("Connection to 127.0.0.1:18139 refused")
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void zonder_kluissleutel_stopt_de_leeszijde_voor_ze_de_database_zoekt(CapturedOutput uitvoer) {
        assertThatThrownBy(() -> QuerySideApplication.builder().run("--server.port=0", GEEN_DATABASE, UITGEVER,
                PUBLIEK, ZOUT)).hasStackTraceContaining("REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL");

        assertThat(uitvoer(uitvoer))
                .contains("REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL: regioregister.abonnementen.kluissleutel ontbreekt")
                .contains("Zet REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL.")
                .doesNotContain("Connection to 127.0.0.1:18139 refused")
                .doesNotContain("\tat org.springframework");
    }
}
