package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The NL API Design Rules (Logius, linted with its Spectral ruleset) applied to the generated OpenAPI document, the
 * same on both sides and in the standalone run (applying it twice changes nothing):
 * <ul>
 *     <li>the major version in the server URL ({@code /v1}), paths relative to it (/core/uri-version);</li>
 *     <li>contact information (/core/doc-openapi-contact);</li>
 *     <li>the {@code API-Version} header on every response (/core/version-header);</li>
 *     <li>every operation documents {@code 400} and the other errors it can give as RFC 9457 problem+json with
 *     {@code invalidParams} and {@code regel} (/core/error-handling);</li>
 *     <li>operation ids named after what they do, never {@code trekIn_1};</li>
 *     <li>optional properties may be {@code null}, as they are sent; JSON documents and streams as what they are,
 *     not as framework classes.</li>
 * </ul>
 */
public final class ApiOntwerpregels implements OpenApiCustomizer {

    public static final String VERSIE = "1.0.0";
    static final String PROBLEEM = "Probleem";
    static final String API_VERSION = "API-Version";
    private static final Pattern ACHTERVOEGSEL = Pattern.compile("_\\d+$");

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(JsonNode.class, new ObjectSchema()
                        .description("Een JSON-document; zijn vorm staat in de beschrijving van het antwoord"))
                .replaceWithSchema(SseEmitter.class, new StringSchema()
                        .description("Server-Sent Events (text/event-stream)"));
    }

    @Override
    public void customise(OpenAPI api) {
        api.getInfo().version(VERSIE).contact(new Contact()
                .name("Programmateam Nationaal Programma Vitale Regio's, ministerie van BZK")
                .email("regioregister@minbzk.nl")
                .url("https://www.vitaleregios.nl"));
        api.setServers(List.of(new Server().url("/v1")
                .description("Deze dienst; de hoofdversie van de API staat in het pad")));
        componenten(api);
        if (api.getPaths() != null) {
            Paths relatief = new Paths();
            api.getPaths().forEach((pad, item) -> relatief.addPathItem(
                    pad.startsWith("/v1/") ? pad.substring(3) : pad, item));
            api.setPaths(relatief);
            relatief.values().forEach(item -> item.readOperationsMap().forEach((methode, operatie) ->
                    foutantwoorden(methode, operatie)));
            operatieIds(relatief);
        }
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ApiOntwerpregels::optioneelIsLeeg);
        }
    }

    private static void componenten(OpenAPI api) {
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().remove("ProblemDetail");
        }
        api.getComponents().addHeaders(API_VERSION, new Header()
                .description("De volledige versie van de API (NL API Design Rules, /core/version-header)")
                .required(true)
                .schema(new StringSchema()._default(VERSIE).example(VERSIE)));
        Map<String, Schema> parameter = new LinkedHashMap<>();
        parameter.put("name", new StringSchema().description("Het veld of de parameter, bijv. besluit.bron"));
        parameter.put("code", new StringSchema().description("Soort fout, bijv. NotBlank, type, onbekend"));
        parameter.put("reason", new StringSchema().description("Wat er mis is, in het Nederlands"));
        Schema<?> ongeldig = new ObjectSchema().description("Eén fout in de invoer").properties(parameter);
        ongeldig.setRequired(List.of("name", "code", "reason"));
        Map<String, Schema> leden = new LinkedHashMap<>();
        leden.put("type", new StringSchema().format("uri")
                .description("Soort probleem, bijv. urn:regioregister:probleem:ongeldige-invoer"));
        leden.put("title", new StringSchema().description("Korte omschrijving van de soort"));
        leden.put("status", new IntegerSchema().description("De HTTP-status"));
        leden.put("detail", new StringSchema().description("Wat er in dit geval mis is, in het Nederlands"));
        leden.put("instance", new StringSchema().format("uri-reference")
                .description("Het pad van het verzoek, bijv. /v1/regios/achterhoek"));
        leden.put("invalidParams", new ArraySchema().items(ongeldig)
                .description("Bij ongeldige invoer: elke fout, niet alleen de eerste"));
        leden.put("regel", new StringSchema()
                .description("Bij een geweigerd besluit (409) of onbekend doel (404): de naam van de regel"));
        Schema<?> probleem = new ObjectSchema().description("RFC 9457 problem details").properties(leden);
        probleem.setRequired(List.of("type", "title", "status", "detail"));
        api.getComponents().addSchemas(PROBLEEM, probleem);
    }

    private static final Map<String, String> FOUTEN = new TreeMap<>(Map.of(
            "400", "Ongeldige invoer; invalidParams noemt elke fout",
            "401", "Niet aangemeld",
            "403", "Geen toegang voor deze gebruiker",
            "404", "Onbekende bron, regio of object",
            "406", "Het gevraagde formaat (Accept) wordt niet geleverd"));

    private static void foutantwoorden(PathItem.HttpMethod methode, Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        operatie.setResponses(antwoorden);
        FOUTEN.forEach((code, omschrijving) ->
                antwoorden.putIfAbsent(code, new ApiResponse().description(omschrijving)));
        if (operatie.getRequestBody() != null) {
            antwoorden.putIfAbsent("415", new ApiResponse().description("De body is geen application/json"));
        }
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") && antwoord.getContent() != null && antwoord.getContent().containsKey("*/*")) {
                antwoord.getContent().put("application/json", antwoord.getContent().remove("*/*"));
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                antwoord.setContent(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM))));
            }
            if (antwoord.getHeaders() == null || !antwoord.getHeaders().containsKey(API_VERSION)) {
                antwoord.addHeaderObject(API_VERSION, new Header().$ref("#/components/headers/" + API_VERSION));
            }
        });
    }

    /** Duplicate method names get the resource they act on: trekInPlan, trekInUitvoeringsagendas. */
    private static void operatieIds(Paths paden) {
        Map<String, List<Map.Entry<String, Operation>>> perNaam = new HashMap<>();
        paden.forEach((pad, item) -> item.readOperations().forEach(operatie -> {
            if (operatie.getOperationId() != null) {
                String naam = ACHTERVOEGSEL.matcher(operatie.getOperationId()).replaceAll("");
                perNaam.computeIfAbsent(naam, n -> new ArrayList<>()).add(Map.entry(pad, operatie));
            }
        }));
        perNaam.forEach((naam, operaties) -> {
            if (operaties.size() == 1) {
                operaties.get(0).getValue().setOperationId(naam);
                return;
            }
            for (Map.Entry<String, Operation> operatie : operaties) {
                operatie.getValue().setOperationId(naam + bron(operatie.getKey()));
            }
        });
    }

    private static String bron(String pad) {
        List<String> vast = new ArrayList<>();
        for (String deel : pad.split("/")) {
            if (!deel.isEmpty() && !deel.startsWith("{")) {
                vast.add(deel);
            }
        }
        String deel = vast.size() > 1 ? vast.get(vast.size() - 2) : vast.isEmpty() ? "" : vast.get(0);
        StringBuilder naam = new StringBuilder();
        for (String woord : deel.split("[-.]")) {
            if (!woord.isEmpty()) {
                naam.append(Character.toUpperCase(woord.charAt(0))).append(woord.substring(1));
            }
        }
        return naam.toString();
    }

    /** A property that is not required is sent as null when it has no value: say so (OpenAPI 3.1). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void optioneelIsLeeg(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> verplicht = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> eigenschap : new ArrayList<>(schema.getProperties().entrySet())) {
            Schema waarde = eigenschap.getValue();
            if (verplicht.contains(eigenschap.getKey())) {
                continue;
            }
            if (waarde.get$ref() != null) {
                Schema leeg = new Schema<>();
                leeg.addType("null");
                Schema metLeeg = new Schema<>().anyOf(List.of(new Schema<>().$ref(waarde.get$ref()), leeg));
                metLeeg.setDescription(waarde.getDescription());
                schema.getProperties().put(eigenschap.getKey(), metLeeg);
            } else if (waarde.getTypes() != null && !waarde.getTypes().contains("null")) {
                Set<String> typen = new java.util.LinkedHashSet<>(waarde.getTypes());
                typen.add("null");
                waarde.setTypes(typen);
            } else if (waarde.getTypes() == null && waarde.getType() != null) {
                waarde.setTypes(new java.util.LinkedHashSet<>(List.of(waarde.getType(), "null")));
            }
        }
    }
}
