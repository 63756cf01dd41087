package nl.regioregister.query.persoon;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When revision 2 took the names out of the payload, the names that events of revision 1 carry were copied to the
 * register of personal data under the reference their upcaster gives them (the event's own identifier), so that views
 * keep showing them and an erasure reaches them; the feed's and the history's rows of those events took the same shape.
 */
class PersoonsgegevensMigratieTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource bron = postgres.getPostgresDatabase();
        String[] locaties = {"classpath:db/migration/eventstore", "classpath:db/migration/query"};
        Flyway.configure().dataSource(bron).locations(locaties)
                .target(MigrationVersion.fromVersion("5.3")).load().migrate();
        jdbc = JdbcClient.create(bron);
        opgeslagen("e-rv", "RijksvertegenwoordigerBenoemd", "1", """
                {"regioId":"achterhoek","naam":"J. de Vries","functie":"DG Mobiliteit","departement":"IENW"}""");
        opgeslagen("e-pm", "ProgrammamanagerAangesteld", "1", """
                {"regioId":"achterhoek","naam":"M. Jansen","functie":null,"organisatie":"Regio Achterhoek"}""");
        opgeslagen("e-vd-zonder", "VoorkeursdepartementAangewezen", "1", """
                {"regioId":"achterhoek","departement":"IENW","ambtelijkTrekker":null,"ambtelijkTrekkerFunctie":null}""");
        opgeslagen("e-vd", "VoorkeursdepartementAangewezen", "1", """
                {"regioId":"achterhoek","departement":"IENW","ambtelijkTrekker":"R. Mulder",
                 "ambtelijkTrekkerFunctie":"directeur"}""");
        opgeslagen("e-eind", "BenoemingBeeindigd", "1", """
                {"regioId":"achterhoek","rol":"PROGRAMMAMANAGER","naam":"M. Jansen"}""");
        opgeslagen("e-kassier", "RegiokassierAangewezen", "1", """
                {"regioId":"achterhoek","soort":"GEMEENTE","naam":"Gemeente Doetinchem",
                 "beheervorm":"BEHEREN_NAMENS_DE_REGIO","samenwerkingsverband":null}""");
        jdbc.sql("""
                INSERT INTO feed_gebeurtenis (positie, gebeurtenis_id, type, basistype, onderwerp, regio_id,
                                              geregistreerd_op, data)
                VALUES (1, 'e-rv', 'nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1',
                        'nl.regioregister.regio.RijksvertegenwoordigerBenoemd', 'achterhoek', 'achterhoek', now(),
                        '{"regioId":"achterhoek","naam":"J. de Vries","functie":"DG Mobiliteit","departement":"IENW"}'),
                       (2, 'e-vd-zonder', 'nl.regioregister.regio.VoorkeursdepartementAangewezen.v1',
                        'nl.regioregister.regio.VoorkeursdepartementAangewezen', 'achterhoek', 'achterhoek', now(),
                        '{"regioId":"achterhoek","departement":"IENW","ambtelijkTrekker":null,
                          "ambtelijkTrekkerFunctie":null}')""").update();
        jdbc.sql("""
                INSERT INTO besluit_historie (positie, gebeurtenis_id, type, revisie, regio_id, geregistreerd_op,
                                              inhoud)
                VALUES (1, 'e-vd', 'VoorkeursdepartementAangewezen', '1', 'achterhoek', now(),
                        '{"regioId":"achterhoek","departement":"IENW","ambtelijkTrekker":"R. Mulder",
                          "ambtelijkTrekkerFunctie":"directeur"}')""").update();
        Flyway.configure().dataSource(bron).locations(locaties).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void elke_naam_uit_een_benoeming_van_revisie_1_staat_onder_het_id_van_haar_gebeurtenis_in_het_register() {
        Map<String, String> namen = new java.util.TreeMap<>();
        jdbc.sql("SELECT persoon_id, naam || ' / ' || coalesce(functie, '-') FROM persoonsgegevens")
                .query(rs -> {
                    namen.put(rs.getString(1), rs.getString(2));
                });
        assertThat(namen).containsExactlyInAnyOrderEntriesOf(Map.of(
                "e-rv", "J. de Vries / DG Mobiliteit",
                "e-pm", "M. Jansen / -",
                "e-vd", "R. Mulder / directeur",
                "e-eind", "M. Jansen / -"));
    }

    @Test
    void de_opgeslagen_gebeurtenissen_blijven_zoals_ze_waren() {
        assertThat(jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE eventidentifier = 'e-rv'")
                .query(String.class).single()).contains("J. de Vries");
    }

    @Test
    void feed_en_historie_van_voor_revisie_2_dragen_de_verwijzing_in_plaats_van_de_naam() {
        assertThat(jdbc.sql("SELECT type || ' ' || data FROM feed_gebeurtenis ORDER BY positie").query(String.class)
                .list()).satisfiesExactly(
                        rv -> assertThat(rv).startsWith("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2 ")
                                .contains("\"persoonId\": \"e-rv\"").doesNotContain("de Vries", "DG Mobiliteit"),
                        vd -> assertThat(vd).startsWith("nl.regioregister.regio.VoorkeursdepartementAangewezen.v2 ")
                                .contains("\"ambtelijkTrekkerPersoonId\": null")
                                .doesNotContain("\"ambtelijkTrekker\""));
        assertThat(jdbc.sql("SELECT revisie || ' ' || inhoud FROM besluit_historie").query(String.class).single())
                .startsWith("2 ").contains("\"ambtelijkTrekkerPersoonId\": \"e-vd\"")
                .doesNotContain("Mulder", "directeur");
    }

    private static void opgeslagen(String id, String soort, String revisie, String payload) {
        String pakket = soort.equals("RegiokassierAangewezen") ? "procesmiddelen" : "regio";
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      payload, payloadtype, payloadrevision, timestamp)
                        VALUES (:id, 0, 'Regio', :id, convert_to(:payload, 'UTF8'), :type, :revisie,
                                '2025-03-05T09:00:00.000Z')""")
                .param("id", id).param("payload", payload)
                .param("type", "nl.regioregister.events." + pakket + "." + soort).param("revisie", revisie)
                .update();
    }
}
