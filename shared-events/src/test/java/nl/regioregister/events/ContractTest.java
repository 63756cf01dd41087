package nl.regioregister.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Approval tests of the published contract. For every event class (found by scanning, so also events added later)
 * the JSON Schema generated from the class and the JSON of a generated example are pinned under
 * {@code shared-events/src/main/resources/contract/}; any difference fails, and so does an event type without pinned
 * files.
 * <p>
 * A change of an event's shape goes with a new {@code @Revision} and an upcaster: the new revision is a new type name,
 * so its files are new, and the old revision's files stay as the stored JSON the upcaster is tested against. To pin
 * deliberately after such a change, run
 * {@code ./mvnw -pl shared-events test -Dtest=ContractTest -Dcontract.herpin=true} and review the diff.
 */
class ContractTest {

    private static final boolean HERPIN = Boolean.getBoolean(Contract.HERPIN);

    @Test
    void de_scan_vindt_de_gebeurtenissen_en_elke_gebeurtenis_heeft_een_revisie() {
        List<Class<?>> klassen = Contract.gebeurtenisklassen();
        assertThat(klassen).extracting(Class::getSimpleName)
                .contains("RegioGeregistreerd", "RijksvertegenwoordigerBenoemd");
        assertThat(klassen).allSatisfy(klasse -> assertThat(EventType.revisie(klasse)).isNotBlank());
        assertThat(klassen).extracting(EventType::van)
                .contains("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2")
                .doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> het_schema_van_elk_gebeurtenistype_is_vastgepind() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            String type = EventType.van(klasse);
            vergelijkOfPin(Contract.schemabestand(type), Contract.schema(klasse), "het schema van " + type);
        }));
    }

    @TestFactory
    Stream<DynamicTest> de_json_van_elk_gebeurtenistype_is_vastgepind() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            String type = EventType.van(klasse);
            vergelijkOfPin(Contract.voorbeeldbestand(type), Contract.JSON.valueToTree(Voorbeeld.van(klasse)),
                    "de JSON van " + type);
        }));
    }

    @TestFactory
    Stream<DynamicTest> de_vastgepinde_json_van_de_huidige_revisie_leest_zonder_verlies_terug() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            Path bestand = Contract.voorbeeldbestand(EventType.van(klasse));
            assertThat(bestand).as("vastgepinde JSON").exists();
            JsonNode opgeslagen = Contract.JSON.readTree(bestand.toFile());
            Object gelezen = Contract.JSON.treeToValue(opgeslagen, klasse);
            assertThat(gelezen).isEqualTo(Voorbeeld.van(klasse));
            assertThat(((JsonNode) Contract.JSON.valueToTree(gelezen)).equals(GETALWAARDE, opgeslagen))
                    .as("%s leest terug als %s", opgeslagen, gelezen).isTrue();
        }));
    }

    @Test
    void elk_vastgepind_type_hoort_bij_een_bestaande_gebeurtenisklasse() throws IOException {
        Set<String> bekend = Contract.gebeurtenisklassen().stream().map(EventType::zonderRevisie)
                .collect(Collectors.toSet());
        for (Path map : List.of(Contract.SCHEMAS, Contract.VOORBEELDEN)) {
            assertThat(map).isDirectory();
            try (Stream<Path> bestanden = Files.list(map)) {
                List<String> zwevend = bestanden.map(p -> p.getFileName().toString())
                        .map(naam -> naam.substring(0, naam.length() - ".json".length()))
                        .filter(type -> !bekend.contains(EventType.basis(type)))
                        .toList();
                assertThat(zwevend)
                        .as("vastgepinde typen in %s zonder gebeurtenisklasse: een gebeurtenis hernoemen, verplaatsen"
                                + " of verwijderen breekt het contract met integrators", map)
                        .isEmpty();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> elk_vastgepind_voorbeeld_voldoet_aan_zijn_vastgepinde_schema_ook_met_lege_optionele_velden() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            String type = EventType.van(klasse);
            com.networknt.schema.JsonSchema schema = Schemavalidatie.schema(
                    Contract.JSON.readTree(Contract.schemabestand(type).toFile()));
            JsonNode voorbeeld = Contract.JSON.readTree(Contract.voorbeeldbestand(type).toFile());
            assertThat(schema.validate(voorbeeld)).as("het voorbeeld van " + type).isEmpty();

            JsonNode zonderOptioneel = Schemavalidatie.zonderOptioneleWaarden(voorbeeld, klasse);
            assertThat(Contract.JSON.treeToValue(zonderOptioneel, klasse)).isNotNull();
            assertThat(schema.validate(zonderOptioneel)).as("het voorbeeld van " + type + " met null in elk"
                    + " optioneel veld").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> een_schema_weigert_een_onbekend_veld_een_ontbrekend_veld_en_null_in_een_verplicht_veld() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            String type = EventType.van(klasse);
            com.networknt.schema.JsonSchema schema = Schemavalidatie.schema(
                    Contract.JSON.readTree(Contract.schemabestand(type).toFile()));
            com.fasterxml.jackson.databind.node.ObjectNode voorbeeld = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Contract.JSON.readTree(Contract.voorbeeldbestand(type).toFile());

            assertThat(schema.validate(voorbeeld.deepCopy().put("onbekendVeld", "x"))).isNotEmpty();
            String eerste = voorbeeld.fieldNames().next();
            com.fasterxml.jackson.databind.node.ObjectNode zonder = voorbeeld.deepCopy();
            zonder.remove(eerste);
            assertThat(schema.validate(zonder)).as("zonder " + eerste).isNotEmpty();
            for (java.lang.reflect.RecordComponent component : klasse.getRecordComponents()) {
                if (!component.isAnnotationPresent(Optioneel.class)) {
                    com.fasterxml.jackson.databind.node.ObjectNode metNull = voorbeeld.deepCopy();
                    metNull.putNull(component.getName());
                    assertThat(schema.validate(metNull)).as("null in " + component.getName()).isNotEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> een_persoonsgegeven_is_in_het_vastgepinde_schema_gemarkeerd_en_niets_anders() {
        return Contract.gebeurtenisklassen().stream().map(klasse -> dynamicTest(EventType.van(klasse), () -> {
            JsonNode eigenschappen = Contract.JSON.readTree(
                    Contract.schemabestand(EventType.van(klasse)).toFile()).path("properties");
            for (java.lang.reflect.RecordComponent component : klasse.getRecordComponents()) {
                JsonNode merk = eigenschappen.path(component.getName()).path(Persoonsgegeven.SCHEMA_SLEUTELWOORD);
                if (component.isAnnotationPresent(Persoonsgegeven.class)) {
                    assertThat(merk.asBoolean(false)).as(component.getName() + " is een persoonsgegeven").isTrue();
                } else {
                    assertThat(merk.isMissingNode()).as(component.getName() + " is geen persoonsgegeven").isTrue();
                }
            }
        }));
    }

    @Test
    void de_namen_van_benoemde_personen_zijn_als_persoonsgegeven_gemarkeerd() throws IOException {
        for (String type : List.of("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1",
                "nl.regioregister.regio.ProgrammamanagerAangesteld.v1",
                "nl.regioregister.regio.BestuurlijkTrekkerAangewezen.v1",
                "nl.regioregister.regio.BenoemingBeeindigd.v1")) {
            JsonNode naam = Contract.JSON.readTree(Contract.schemabestand(type).toFile()).at("/properties/naam");
            assertThat(naam.path("x-persoonsgegevens").asBoolean()).as(type).isTrue();
        }
        JsonNode aanwijzing = Contract.JSON.readTree(Contract.schemabestand(
                "nl.regioregister.regio.VoorkeursdepartementAangewezen.v1").toFile()).path("properties");
        assertThat(aanwijzing.at("/ambtelijkTrekker/x-persoonsgegevens").asBoolean()).isTrue();
        assertThat(aanwijzing.at("/departement/x-persoonsgegevens").isMissingNode()).isTrue();
        JsonNode motie = Contract.JSON.readTree(Contract.schemabestand(
                "nl.regioregister.kamer.MotieGeregistreerd.v1").toFile()).path("properties");
        assertThat(motie.at("/indieners/x-persoonsgegevens").asBoolean()).isTrue();
        assertThat(motie.at("/titel/x-persoonsgegevens").isMissingNode()).isTrue();
    }

    @Test
    void een_bedrag_is_een_veelvoud_van_een_cent() throws IOException {
        String type = "nl.regioregister.procesmiddelen.ProcesmiddelenToegekend.v1";
        com.networknt.schema.JsonSchema schema = Schemavalidatie.schema(
                Contract.JSON.readTree(Contract.schemabestand(type).toFile()));
        com.fasterxml.jackson.databind.node.ObjectNode voorbeeld = (com.fasterxml.jackson.databind.node.ObjectNode)
                Contract.JSON.readTree(Contract.voorbeeldbestand(type).toFile());
        assertThat(schema.validate(voorbeeld.deepCopy().put("bedrag", new java.math.BigDecimal("1234.56"))))
                .isEmpty();
        assertThat(schema.validate(voorbeeld.deepCopy().put("bedrag", new java.math.BigDecimal("1234.567"))))
                .isNotEmpty();
    }

    /** Same name and revision, another shape: the approval must refuse it. */
    record RijksvertegenwoordigerBenoemd(String regioId, String naam, String functie) {
    }

    @Test
    void een_andere_vorm_onder_dezelfde_revisie_wordt_geweigerd() {
        org.junit.jupiter.api.Assumptions.assumeFalse(HERPIN, "bij herpinnen wordt er niet vergeleken");
        Path bestand = Contract.schemabestand("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        vergelijkOfPin(bestand, Contract.schema(RijksvertegenwoordigerBenoemd.class), "het schema"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("vraagt een nieuwe @Revision en een upcaster");
    }

    /**
     * Whole numbers compare by value: a pinned {@code 1} read back as an int equals the long {@code 1} of a position.
     * Decimals still compare exactly, scale included.
     */
    private static final java.util.Comparator<JsonNode> GETALWAARDE = (a, b) -> {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().compareTo(b.bigIntegerValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static void vergelijkOfPin(Path bestand, JsonNode gegenereerd, String wat) throws IOException {
        String tekst = Contract.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(gegenereerd) + "\n";
        if (HERPIN) {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, tekst);
            return;
        }
        if (!Files.exists(bestand)) {
            fail("Nieuw of gewijzigd gebeurtenistype: %s is niet vastgepind in %s.%nControleer de klasse en pin"
                    + " bewust met -D%s=true.%nGegenereerd:%n%s", wat, bestand, Contract.HERPIN, tekst);
        }
        JsonNode vastgepind = Contract.JSON.readTree(bestand.toFile());
        if (!vastgepind.equals(GETALWAARDE, gegenereerd)) {
            fail("%s wijkt af van %s.%nEen andere vorm vraagt een nieuwe @Revision en een upcaster; pin alleen"
                    + " bewust met -D%s=true.%nGegenereerd:%n%s", wat, bestand, Contract.HERPIN, tekst);
        }
    }
}
