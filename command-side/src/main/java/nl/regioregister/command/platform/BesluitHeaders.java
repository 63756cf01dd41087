package nl.regioregister.command.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Documents what every decision honours besides its body: {@code If-Match} (409 on a stale version) and
 * {@code Idempotency-Key} (422 when reused for another decision), as {@link Besluitvorming} reads them.
 */
final class BesluitHeaders {

    private static final String BESLUIT_VASTGELEGD = "#/components/schemas/BesluitVastgelegd";

    private BesluitHeaders() {
    }

    static void documenteer(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> item.readOperations().stream()
                .filter(BesluitHeaders::isBesluit)
                .forEach(BesluitHeaders::headers));
    }

    private static boolean isBesluit(Operation operatie) {
        return operatie.getResponses() != null && operatie.getResponses().values().stream()
                .filter(antwoord -> antwoord.getContent() != null)
                .flatMap(antwoord -> antwoord.getContent().values().stream())
                .anyMatch(inhoud -> inhoud.getSchema() != null
                        && BESLUIT_VASTGELEGD.equals(inhoud.getSchema().get$ref()));
    }

    private static void headers(Operation operatie) {
        if (operatie.getResponses().containsKey("201")) {
            // a registration creates the object: 201 with Location, never 200
            operatie.getResponses().put("201", operatie.getResponses().get("201")
                    .content(operatie.getResponses().remove("200").getContent()));
        }
        boolean alGedocumenteerd = operatie.getParameters() != null && operatie.getParameters().stream()
                .anyMatch(p -> Besluitvorming.IF_MATCH.equals(p.getName()));
        if (!alGedocumenteerd) {
            operatie.addParametersItem(new HeaderParameter().name(Besluitvorming.IF_MATCH).required(false)
                    .description("De versie van het object waarop de gebruiker besliste, bijv. \"3\"; is het object"
                            + " intussen gewijzigd, dan 409 en wordt niets vastgelegd")
                    .schema(new StringSchema().example("\"3\"")));
            operatie.addParametersItem(new HeaderParameter().name(Besluitvorming.IDEMPOTENCY_KEY).required(false)
                    .description("Maakt opnieuw proberen veilig: dezelfde sleutel met hetzelfde besluit geeft het"
                            + " eerste antwoord zonder tweede effect; met een ander besluit 422")
                    .schema(new StringSchema().maxLength(200)));
        }
        probleem(operatie, "409", "Geweigerd door een regel (regel noemt welke), of If-Match is verouderd");
        probleem(operatie, "422", "Idempotency-Key al gebruikt voor een ander besluit");
    }

    private static void probleem(Operation operatie, String code, String omschrijving) {
        ApiResponse antwoord = operatie.getResponses().computeIfAbsent(code, c -> new ApiResponse()
                .description(omschrijving));
        antwoord.setContent(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ApiOntwerpregels.PROBLEEM))));
        if (antwoord.getHeaders() == null || !antwoord.getHeaders().containsKey(ApiOntwerpregels.API_VERSION)) {
            antwoord.addHeaderObject(ApiOntwerpregels.API_VERSION, new io.swagger.v3.oas.models.headers.Header()
                    .$ref("#/components/headers/" + ApiOntwerpregels.API_VERSION));
        }
    }
}
