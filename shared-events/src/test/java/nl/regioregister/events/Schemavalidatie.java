package nl.regioregister.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/** The pinned schemas read by an independent validator (networknt), formats asserted, not only annotated. */
final class Schemavalidatie {

    private static final JsonSchemaFactory FABRIEK = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private Schemavalidatie() {
    }

    static JsonSchema schema(JsonNode schema) {
        return FABRIEK.getSchema(schema, CONFIG);
    }

    /** The example with {@code null} in every component marked {@link Optioneel}, also inside nested values. */
    static JsonNode zonderOptioneleWaarden(JsonNode voorbeeld, Class<?> record) {
        ObjectNode kopie = voorbeeld.deepCopy();
        leeg(kopie, record);
        return kopie;
    }

    private static void leeg(ObjectNode object, Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode waarde = object.get(component.getName());
            if (component.isAnnotationPresent(Optioneel.class)) {
                object.putNull(component.getName());
            } else if (waarde instanceof ObjectNode genest && component.getType().isRecord()) {
                leeg(genest, component.getType());
            } else if (waarde instanceof ArrayNode lijst
                    && elementtype(component.getGenericType()) instanceof Class<?> element && element.isRecord()) {
                lijst.forEach(item -> leeg((ObjectNode) item, element));
            }
        }
    }

    private static Type elementtype(Type type) {
        return type instanceof ParameterizedType generiek ? generiek.getActualTypeArguments()[0] : null;
    }
}
