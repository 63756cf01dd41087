package nl.regioregister.query.feed;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.query.platform.ApiOntwerpregels;

/**
 * The feed and the live streams as they are sent: a page is a JSON array of CloudEvents (not bytes), a stream is
 * text/event-stream, and a stream refused for too many listeners answers 503.
 */
final class FeedDocumentatie {

    static final String CLOUD_EVENT = "CloudEvent";

    private FeedDocumentatie() {
    }

    static void documenteer(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getComponents().addSchemas(CLOUD_EVENT, cloudEvent());
        api.getPaths().values().forEach(item -> item.readOperations().forEach(FeedDocumentatie::antwoorden));
    }

    private static void antwoorden(Operation operatie) {
        if (operatie.getResponses() == null) {
            return;
        }
        ApiResponse ok = operatie.getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        if (ok.getContent().containsKey(CloudEvents.BATCH)) {
            Content pagina = new Content();
            for (String soort : ok.getContent().keySet()) {
                pagina.addMediaType(soort, new MediaType().schema(new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + CLOUD_EVENT))
                        .description("Een pagina van de feed: CloudEvents in volgorde van positie")));
            }
            ok.setContent(pagina);
        }
        if (ok.getContent().containsKey(org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)) {
            ok.setContent(new Content().addMediaType(org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE,
                    new MediaType().schema(new StringSchema().description("Server-Sent Events; de headers komen"
                            + " direct, daarna per bericht een id en data, en elke 15 s een hartslag (commentaar)"))));
            operatie.getResponses().computeIfAbsent("503", code -> new ApiResponse()
                    .description("Te veel live stromen tegelijk; probeer het later opnieuw")
                    .content(new Content().addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ApiOntwerpregels.PROBLEEM)))));
        }
    }

    /** CloudEvents 1.0, JSON structured format, as the register fills it (NL GOV profile). */
    private static Schema<?> cloudEvent() {
        Map<String, Schema> attributen = new LinkedHashMap<>();
        attributen.put("specversion", new StringSchema().example("1.0"));
        attributen.put("id", new StringSchema().description("Identificatie van de gebeurtenis, stabiel"));
        attributen.put("source", new StringSchema().format("uri-reference")
                .example("urn:nld:oin:00000000000000000000:systeem:regioregister"));
        attributen.put("type", new StringSchema().example("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2"));
        attributen.put("subject", new StringSchema().description("Het object, bijv. de regio-id"));
        attributen.put("time", new StringSchema().format("date-time").description("Moment van vastleggen (UTC)"));
        attributen.put("dataschema", new StringSchema().format("uri").description("URL van het JSON Schema van data"));
        attributen.put("datacontenttype", new StringSchema().example("application/json"));
        attributen.put("sequence", new StringSchema().pattern("^[0-9]{20}$")
                .description("Positie in de feed, 20 cijfers"));
        attributen.put("regio", new StringSchema().description("De regio, als de gebeurtenis er een noemt"));
        attributen.put("ingangsdatum", new StringSchema().format("date"));
        attributen.put("besluitrol", new StringSchema());
        attributen.put("besluitorganisatie", new StringSchema());
        attributen.put("besluitbron", new StringSchema());
        attributen.put(CloudEvents.MOTIVERING, new StringSchema().description("Motivering van het besluit (Woo)"));
        attributen.put(CloudEvents.BESLUITORGAAN, new StringSchema()
                .description("Soort orgaan dat het besluit nam, bijv. ALGEMEEN_BESTUUR"));
        attributen.put(CloudEvents.BESLUITORGAAN_NAAM, new StringSchema().description("Naam van dat orgaan"));
        attributen.put(CloudEvents.NAMENS, new StringSchema().description("Namens wie het besluit is genomen"));
        attributen.put("data", new ObjectSchema().description("De gebeurtenis, volgens dataschema"));
        Schema<?> schema = new ObjectSchema()
                .description("CloudEvent 1.0 (JSON structured format) volgens het NL GOV-profiel")
                .properties(attributen);
        schema.setRequired(List.of("specversion", "id", "source", "type", "subject", "time", "dataschema",
                "datacontenttype", "sequence", "data"));
        return schema;
    }
}
