package nl.regioregister.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value that satisfies a schema of the published OpenAPI document, from its example, enum or format. */
final class OpenApiVoorbeeld {

    private final JsonNode document;
    private final ObjectMapper json;

    OpenApiVoorbeeld(JsonNode document, ObjectMapper json) {
        this.document = document;
        this.json = json;
    }

    Object van(JsonNode schema) {
        return voorbeeld(schema, 0);
    }

    private Object voorbeeld(JsonNode schema, int diepte) {
        if (schema.has("$ref")) {
            return voorbeeld(document.at(schema.path("$ref").asText().substring(1)), diepte + 1);
        }
        for (String samengesteld : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.has(samengesteld)) {
                for (JsonNode deel : schema.path(samengesteld)) {
                    if (!"null".equals(deel.path("type").asText())) {
                        return voorbeeld(deel, diepte + 1);
                    }
                }
            }
        }
        String type = type(schema);
        if (schema.has("enum")) {
            return json.convertValue(schema.path("enum").get(0), Object.class);
        }
        if (schema.has("example") && past(schema.path("example"), type)) {
            return json.convertValue(schema.path("example"), Object.class);
        }
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (diepte < 8) {
                    schema.path("properties").fields().forEachRemaining(eigenschap ->
                            object.put(eigenschap.getKey(), voorbeeld(eigenschap.getValue(), diepte + 1)));
                }
                return object;
            }
            case "array" -> {
                return diepte < 8 ? List.of(voorbeeld(schema.path("items"), diepte + 1)) : List.of();
            }
            case "integer" -> {
                return schema.has("minimum") ? schema.path("minimum").asLong() : 1;
            }
            case "number" -> {
                return new java.math.BigDecimal("1000.00");
            }
            case "boolean" -> {
                return true;
            }
            default -> {
                return switch (schema.path("format").asText()) {
                    case "date" -> "2025-03-05";
                    case "date-time" -> "2025-03-05T10:00:00Z";
                    case "uri" -> "https://voorbeeld.example/callback";
                    default -> "Tekst";
                };
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode deel : type) {
                if (!"null".equals(deel.asText())) {
                    return deel.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private static boolean past(JsonNode voorbeeld, String type) {
        return switch (type) {
            case "array" -> voorbeeld.isArray();
            case "object" -> voorbeeld.isObject();
            case "integer" -> voorbeeld.isIntegralNumber();
            case "number" -> voorbeeld.isNumber();
            case "boolean" -> voorbeeld.isBoolean();
            default -> voorbeeld.isTextual();
        };
    }
}
