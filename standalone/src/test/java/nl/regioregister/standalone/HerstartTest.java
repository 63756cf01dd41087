package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stopping and starting the standalone run keeps every event in the embedded database's data directory, which by
 * default is durable.
 */
class HerstartTest {

    @TempDir
    Path datamap;

    @Test
    void na_een_herstart_staat_een_eerder_gemaakte_benoeming_er_nog_en_worden_de_regios_niet_opnieuw_geregistreerd() {
        long gebeurtenissen;
        try (ConfigurableApplicationContext eerste = start()) {
            Regioregister register = register(eerste);
            register.totZichtbaar("bzk", "/v1/regios/achterhoek", r -> r.has("regio"));
            assertThat(register.post("bzk", "/v1/regios/achterhoek/benoem-rijksvertegenwoordiger", """
                    {"naam": "J. de Vries", "departement": "IENW",
                     "besluit": {"motivering": "Voordracht", "bron": "AB 5 maart 2025, agendapunt 3"}}""").status())
                    .isEqualTo(HttpStatus.OK);
            gebeurtenissen = aantalGebeurtenissen(eerste);
            JdbcClient jdbc = eerste.getBean(JdbcClient.class);
            for (String instelling : java.util.List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(jdbc.sql("SHOW " + instelling).query(String.class).single()).as(instelling).isEqualTo("on");
            }
        }

        try (ConfigurableApplicationContext tweede = start()) {
            JsonNode achterhoek = register(tweede).totZichtbaar("auditor", "/v1/regios/achterhoek",
                    r -> r.at("/regio/rijksvertegenwoordiger/naam").asText().equals("J. de Vries"));
            assertThat(achterhoek.at("/regio/rijksvertegenwoordiger/organisatie").asText()).isEqualTo("IENW");
            assertThat(aantalGebeurtenissen(tweede)).isEqualTo(gebeurtenissen).isEqualTo(2 * 11 + 3 + 1);
        }
    }

    private ConfigurableApplicationContext start() {
        return StandaloneApplication.builder()
                .run("--server.port=0", "--regioregister.ingebouwde-database.datamap=" + datamap);
    }

    private static Regioregister register(ConfigurableApplicationContext app) {
        return new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    private static long aantalGebeurtenissen(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
