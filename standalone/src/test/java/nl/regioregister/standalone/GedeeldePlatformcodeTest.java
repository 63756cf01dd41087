package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error format and the strict input exist twice, once per side, because the two sides share no module that may
 * depend on Spring: the copies must stay the same, apart from their package, or the two sides answer differently.
 */
class GedeeldePlatformcodeTest {

    private static final Path COMMAND = Path.of("..", "command-side", "src", "main", "java", "nl", "regioregister",
            "command", "platform");
    private static final Path QUERY = Path.of("..", "query-side", "src", "main", "java", "nl", "regioregister",
            "query", "platform");

    @ParameterizedTest
    @ValueSource(strings = {"Probleemvorm.java", "StrikteInvoer.java", "Foutpagina.java", "Verzoeklimieten.java",
            "Regiotoegang.java", "Aanmelding.java", "OntbrekendeInstellingAnalyse.java",
            "OntbrekendeDatabaseAnalyse.java"})
    void de_kopie_van_de_query_side_is_gelijk_aan_die_van_de_command_side(String bestand) throws IOException {
        String command = Files.readString(COMMAND.resolve(bestand));
        String query = Files.readString(QUERY.resolve(bestand));
        assertThat(command).contains("package nl.regioregister.command.platform;");
        assertThat(query.replace("package nl.regioregister.query.platform;",
                "package nl.regioregister.command.platform;")).isEqualTo(command);
    }
}
