package nl.regioregister.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * How the published contract is derived from the event classes: which classes are events, their generated JSON
 * Schema, and the JSON the event store and the feed write for them. The approval tests pin what this produces.
 */
final class Contract {

    /** Where the pinned contract lives; it ships in the shared-events jar, so the query side serves exactly it. */
    static final Path MAP = Path.of("src", "main", "resources", "contract");
    static final Path SCHEMAS = MAP.resolve("schemas");
    static final Path VOORBEELDEN = MAP.resolve("voorbeelden");

    /** Set to {@code true} to rewrite the pinned files deliberately: {@code -Dcontract.herpin=true}. */
    static final String HERPIN = "contract.herpin";

    /**
     * Serializes like the services do (Spring Boot's mapper as configured in the sides' yml: ISO dates, UTC), and
     * refuses unknown properties so that stored JSON of another shape does not read silently.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // amounts keep their cents: 350000.00, never 3.5E+5
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Amounts are euros and cents: BigDecimal with scale 2, written as a JSON number such as 350000.00. */
    static final BigDecimal CENT = new BigDecimal("0.01");

    /**
     * The schema says exactly what is sent. Jackson writes every component, {@code null} included, so every property
     * is required; only components marked {@link Optioneel} may be {@code null}; no other property appears
     * ({@code additionalProperties: false}); an amount is a multiple of one cent; a component that holds personal
     * data ({@link Persoonsgegeven}) says so with {@code "x-persoonsgegevens": true}, a keyword for readers that no
     * validator acts on.
     */
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(generatorConfiguratie());

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig generatorConfiguratie() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
                        JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
        config.forFields()
                .withRequiredCheck(veld -> true)
                .withNullableCheck(veld -> veld.getAnnotationConsideringFieldAndGetter(Optioneel.class) != null)
                .withNumberMultipleOfResolver(veld ->
                        BigDecimal.class.equals(veld.getType().getErasedType()) ? CENT : null)
                .withInstanceAttributeOverride((attributen, veld, context) -> {
                    if (veld.getAnnotationConsideringFieldAndGetter(Persoonsgegeven.class) != null) {
                        attributen.put(Persoonsgegeven.SCHEMA_SLEUTELWOORD, true);
                    }
                });
        return config.build();
    }

    private Contract() {
    }

    /**
     * Every published event class: each record under {@code nl.regioregister.events}, found by scanning, so that
     * an event added later is covered without touching these tests. A record used inside another event record (a
     * Periode, an Activiteit) is a value of those events and pinned as part of their schemas, not an event itself.
     */
    static List<Class<?>> gebeurtenisklassen() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(EventType.PAKKET)
                .stream()
                .filter(JavaClass::isRecord)
                .filter(JavaClass::isTopLevelClass)
                .filter(klasse -> klasse.getDirectDependenciesToSelf().stream().noneMatch(afhankelijkheid ->
                        !afhankelijkheid.getOriginClass().equals(klasse)
                                && afhankelijkheid.getOriginClass().isRecord()
                                && afhankelijkheid.getOriginClass().getPackageName().startsWith(EventType.PAKKET)))
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static JsonNode schema(Class<?> gebeurtenis) {
        return GENERATOR.generateSchema(gebeurtenis);
    }

    static Path schemabestand(String type) {
        return SCHEMAS.resolve(type + ".json");
    }

    static Path voorbeeldbestand(String type) {
        return VOORBEELDEN.resolve(type + ".json");
    }
}
