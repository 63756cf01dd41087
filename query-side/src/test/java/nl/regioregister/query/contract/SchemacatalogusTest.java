package nl.regioregister.query.contract;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import nl.regioregister.events.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the query side serves is exactly the contract shared-events pinned, for every event class. */
class SchemacatalogusTest {

    private final Schemacatalogus catalogus = new Schemacatalogus(new ObjectMapper(),
            new BasisUrl(new ContractInstellingen("https://regioregister.example/"), new MockEnvironment()));

    @Test
    void elke_gebeurtenisklasse_heeft_een_geserveerd_schema() {
        List<String> typen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(EventType.PAKKET).stream()
                .filter(JavaClass::isRecord).filter(JavaClass::isTopLevelClass)
                // values inside events (a Periode, an Activiteit) are part of their events' schemas
                .filter(klasse -> klasse.isAnnotatedWith(org.axonframework.serialization.Revision.class))
                .map(klasse -> EventType.van(klasse.reflect())).toList();
        assertThat(typen).isNotEmpty();
        assertThat(typen).allSatisfy(type -> assertThat(catalogus.kent(type)).as(type).isTrue());
    }

    @Test
    void een_geserveerd_schema_markeert_de_naam_van_een_benoemde_als_persoonsgegeven() {
        JsonNode eigenschappen = catalogus.schema("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1")
                .orElseThrow().path("properties");
        assertThat(eigenschappen.at("/naam/x-persoonsgegevens").asBoolean()).isTrue();
        assertThat(eigenschappen.at("/regioId/x-persoonsgegevens").isMissingNode()).isTrue();
        assertThat(eigenschappen.at("/departement/x-persoonsgegevens").isMissingNode()).isTrue();
    }

    @Test
    void een_schema_wordt_geserveerd_met_zijn_stabiele_url_als_id() {
        String type = "nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1";
        JsonNode schema = catalogus.schema(type).orElseThrow();
        assertThat(schema.path("$id").asText())
                .isEqualTo("https://regioregister.example/v1/schemas/" + type);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo(type);
        assertThat(schema.path("properties").path("departement").path("enum").toString()).contains("IENW");
        assertThat(catalogus.schema("nl.regioregister.regio.Onbekend.v1")).isEmpty();
    }
}
