package nl.regioregister.command.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.regioregister.command.CommandSideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The command side started without a required setting stops at start-up with one line naming the variable and what
 * to set, not with the framework's misleading advice or a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class VereisteInstellingenTest {

    private static final String UITGEVER = "--regioregister.aanmelding.uitgever=https://inloggen.example.nl/realms/rr";
    private static final String PUBLIEK = "--regioregister.aanmelding.publiek=regioregister";

    @Test
    void zonder_database_url_stopt_de_opdrachtzijde_met_een_regel_die_de_variabele_noemt(CapturedOutput uitvoer) {
        assertThatThrownBy(() -> CommandSideApplication.builder().run("--server.port=0", UITGEVER, PUBLIEK))
                .hasStackTraceContaining("Failed to determine a suitable driver class");

        assertThat(uitvoer.getOut() + uitvoer.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("SPRING_DATASOURCE_URL: niet ingesteld; zet de JDBC-URL van de PostgreSQL-database")
                .contains("Zet SPRING_DATASOURCE_URL.")
                .doesNotContain("embedded database")
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void zonder_uitgever_stopt_de_opdrachtzijde_voor_ze_de_database_zoekt(CapturedOutput uitvoer) {
        assertThatThrownBy(() -> CommandSideApplication.builder().run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:18139/geen-database"))
                .hasStackTraceContaining("REGIOREGISTER_AANMELDING_UITGEVER");

        assertThat(uitvoer.getOut() + uitvoer.getErr())
                .contains("REGIOREGISTER_AANMELDING_UITGEVER: niet ingesteld; zet de issuer-URL")
                .contains("Zet REGIOREGISTER_AANMELDING_UITGEVER.")
                .doesNotContain("Connection to 127.0.0.1:18139 refused")
                .doesNotContain("\tat org.springframework");
    }
}
