package nl.regioregister.query.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.regioregister.events.EventType;
import nl.regioregister.query.platform.NietGevonden;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published contract at stable URLs: the JSON Schema of every event type and the AsyncAPI document of the feed,
 * the live stream and the webhook deliveries. Public like {@code /v1/openapi.json}: they describe shapes, never data.
 */
@RestController
@Tag(name = "Contract")
@EnableConfigurationProperties(ContractInstellingen.class)
class ContractController {

    static final String SCHEMA_JSON = "application/schema+json";

    private final Schemacatalogus catalogus;
    private final AsyncApiDocument asyncApi;

    ContractController(Schemacatalogus catalogus, AsyncApiDocument asyncApi) {
        this.catalogus = catalogus;
        this.asyncApi = asyncApi;
    }

    @Schema(description = "Een gepubliceerd gebeurtenistype met de URL van zijn JSON Schema")
    record Gebeurtenistype(String type, String basistype, String revisie, String schema) {
    }

    @Schema(description = "Alle gepubliceerde gebeurtenistypen, elke revisie")
    record Gebeurtenistypen(List<Gebeurtenistype> typen) {
    }

    @GetMapping("/v1/schemas")
    @Operation(summary = "Alle gebeurtenistypen met de URL van hun JSON Schema")
    Gebeurtenistypen typen() {
        return new Gebeurtenistypen(catalogus.typen().keySet().stream()
                .map(type -> new Gebeurtenistype(type, EventType.basis(type),
                        EventType.revisieVan(type), catalogus.schemaUrl(type).toString()))
                .toList());
    }

    @GetMapping(value = "/v1/schemas/{type}", produces = {SCHEMA_JSON, "application/json"})
    @Operation(summary = "Het JSON Schema van de gegevens (CloudEvents data) van één gebeurtenistype")
    ResponseEntity<JsonNode> schema(@PathVariable String type) {
        return catalogus.schema(type)
                .map(schema -> ResponseEntity.ok().header("Content-Type", SCHEMA_JSON).body(schema))
                .orElseThrow(() -> new NietGevonden("Het gebeurtenistype " + type));
    }

    @GetMapping(value = "/v1/asyncapi", produces = "application/json")
    @Operation(summary = "AsyncAPI 3-beschrijving van de feed, de live stroom en de webhookafleveringen")
    JsonNode asyncApi() {
        return asyncApi.document();
    }

    /** The earlier address of the same document, kept for readers that use it; kebab-case paths have no dots. */
    @GetMapping(value = "/v1/asyncapi.json", produces = "application/json")
    @io.swagger.v3.oas.annotations.Hidden
    JsonNode asyncApiJson() {
        return asyncApi.document();
    }
}
