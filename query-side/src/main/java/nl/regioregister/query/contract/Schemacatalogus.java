package nl.regioregister.query.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.regioregister.events.EventType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The JSON Schema of every published event type, as generated from the event classes and pinned by the approval tests
 * of shared-events ({@code contract/schemas/} in its jar). Serving the pinned files means the served contract changes
 * only by a reviewed change of the repository, and older revisions stay served for events recorded under them.
 */
@Component
public class Schemacatalogus {

    static final String SCHEMAS = "classpath*:contract/schemas/*.json";
    public static final String PAD = "/v1/schemas/";

    private final SortedMap<String, JsonNode> schemas;
    private final BasisUrl basis;

    public Schemacatalogus(ObjectMapper json, BasisUrl basis) {
        this.basis = basis;
        this.schemas = Collections.unmodifiableSortedMap(laad(json));
    }

    private static SortedMap<String, JsonNode> laad(ObjectMapper json) {
        SortedMap<String, JsonNode> geladen = new TreeMap<>();
        try {
            for (Resource bestand : new PathMatchingResourcePatternResolver().getResources(SCHEMAS)) {
                String naam = bestand.getFilename();
                try (InputStream in = bestand.getInputStream()) {
                    geladen.put(naam.substring(0, naam.length() - ".json".length()), json.readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De vastgepinde schema's zijn niet te lezen", e);
        }
        return geladen;
    }

    /** Every published type (all revisions) with its schema, by type name. */
    public SortedMap<String, JsonNode> typen() {
        return schemas;
    }

    /**
     * Type names as readers write them: the full name with or without revision, or the short name the decision
     * history uses ({@code RijksvertegenwoordigerBenoemd}), which stands for every published type of that name.
     */
    public List<String> volledigeTypen(List<String> typen) {
        return typen.stream().flatMap(type -> {
            if (type.contains(".")) {
                return java.util.stream.Stream.of(type);
            }
            List<String> bij = schemas.keySet().stream().map(EventType::basis).distinct()
                    .filter(basis -> basis.endsWith("." + type)).toList();
            return bij.isEmpty() ? java.util.stream.Stream.of(type) : bij.stream();
        }).distinct().toList();
    }

    public boolean kent(String type) {
        return schemas.containsKey(type);
    }

    /** The stable URL of a type's schema: the CloudEvents {@code dataschema} and the schema's {@code $id}. */
    public URI schemaUrl(String type) {
        return schemaUrl(type, basis());
    }

    /** The schema URL under a base URL taken earlier, for work that runs outside the request (a live stream). */
    public URI schemaUrl(String type, String basisUrl) {
        return URI.create(basisUrl + PAD + type);
    }

    /** The public base URL of this service, as the current request shows it or as configured. */
    public String basis() {
        return basis.huidige();
    }

    /** The schema as served: the pinned schema with its own URL as {@code $id} and the type as title. */
    public Optional<JsonNode> schema(String type) {
        JsonNode vastgepind = schemas.get(type);
        if (vastgepind == null) {
            return Optional.empty();
        }
        ObjectNode geserveerd = JsonNodeFactory.instance.objectNode();
        geserveerd.set("$schema", vastgepind.path("$schema"));
        geserveerd.put("$id", schemaUrl(type).toString());
        geserveerd.put("title", type);
        geserveerd.put("description", "Gegevens (CloudEvents data) van " + EventType.basis(type)
                + ", revisie " + EventType.revisieVan(type));
        for (Map.Entry<String, JsonNode> veld : vastgepind.properties()) {
            if (!geserveerd.has(veld.getKey())) {
                geserveerd.set(veld.getKey(), veld.getValue());
            }
        }
        return Optional.of(geserveerd);
    }
}
