package nl.regioregister.query.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import nl.regioregister.events.EventType;
import org.springframework.stereotype.Component;

/**
 * The AsyncAPI 3 description of how integrators receive events: the pull feed ({@code GET /v1/events}, CloudEvents
 * batches), the live stream ({@code GET /v1/events/stream}, one CloudEvent per Server-Sent Event) and the webhook
 * deliveries to a subscription's callback URL (Standard Webhooks headers). It is built from the schema catalogue, so
 * every published event type, also one added later, has its message, whose {@code data} refers to the type's schema.
 */
@Component
public class AsyncApiDocument {

    static final String VERSIE = "3.0.0";

    private final Schemacatalogus catalogus;
    private final ObjectMapper json;

    public AsyncApiDocument(Schemacatalogus catalogus, ObjectMapper json) {
        this.catalogus = catalogus;
        this.json = json;
    }

    public JsonNode document() {
        ObjectNode doc = json.createObjectNode();
        doc.put("asyncapi", VERSIE);
        doc.put("id", "urn:regioregister:gebeurtenissen");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Regioregister gebeurtenissen");
        info.put("version", "1.0.0");
        info.put("description", "Elk besluit in de samenwerking tussen het Rijk en de regio's als CloudEvent 1.0"
                + " (NL GOV-profiel), in commitvolgorde met een dichte positie (sequence). Te lezen als feed, te"
                + " volgen als live stroom, of af te leveren als ondertekende webhook (Standard Webhooks).");
        doc.put("defaultContentType", "application/cloudevents+json");

        URI basis = URI.create(catalogus.basis());
        ObjectNode servers = doc.putObject("servers");
        ObjectNode server = servers.putObject("regioregister");
        server.put("host", basis.getAuthority());
        server.put("protocol", basis.getScheme());
        if (basis.getPath() != null && !basis.getPath().isEmpty()) {
            server.put("pathname", basis.getPath());
        }
        server.put("description", "De query-API van het Regioregister");
        server.putArray("security").addObject().put("$ref", "#/components/securitySchemes/basic");
        ObjectNode abonnee = servers.putObject("abonnee");
        abonnee.put("host", "{callbackHost}");
        abonnee.put("protocol", "https");
        abonnee.put("description", "De server van de integrator achter de callback-URL van een abonnement");
        abonnee.putObject("variables").putObject("callbackHost")
                .put("description", "Host (en poort) uit de callback-URL van het abonnement");

        ObjectNode components = doc.putObject("components");
        ObjectNode beveiliging = components.putObject("securitySchemes").putObject("basic");
        beveiliging.put("type", "http");
        beveiliging.put("scheme", "basic");
        beveiliging.put("description", "Rollen INTEGRATOR, AUDITOR, BZK of BEHEER; abonnementen alleen INTEGRATOR.");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEvent", cloudEvent());
        schemas.set("CloudEventsBatch", json.createObjectNode().put("type", "array")
                .set("items", ref("#/components/schemas/CloudEvent")));
        components.putObject("messageTraits").set("StandardWebhooks", standardWebhooks());

        ObjectNode berichten = components.putObject("messages");
        ObjectNode batch = berichten.putObject("CloudEventsBatch");
        batch.put("name", "CloudEventsBatch");
        batch.put("title", "Een pagina van de feed");
        batch.put("contentType", "application/cloudevents-batch+json");
        batch.set("payload", ref("#/components/schemas/CloudEventsBatch"));

        ObjectNode channels = doc.putObject("channels");
        ObjectNode feed = kanaal(channels, "regioregister", "feed", "/v1/events", "De feed: pagina's van ten hoogste 1000"
                + " gebeurtenissen na een positie (na, limit), te filteren op type, regio en ingangsdatum.");
        feed.putObject("messages").set("CloudEventsBatch", ref("#/components/messages/CloudEventsBatch"));
        ObjectNode stroom = kanaal(channels, "regioregister", "stroom", "/v1/events/stream", "De live stroom (Server-Sent Events):"
                + " elk bericht is één CloudEvent met als SSE-id zijn positie; hervat met Last-Event-ID.");
        ObjectNode webhook = kanaal(channels, "abonnee", "webhook", "{callbackPad}", "Afleveringen aan de callback-URL van een"
                + " abonnement: POST met één CloudEvent, ondertekend volgens Standard Webhooks, per abonnement in"
                + " volgorde, ten minste eenmaal (ontdubbel op webhook-id).");
        webhook.putObject("parameters").putObject("callbackPad")
                .put("description", "Pad (en query) uit de https-callback-URL die de integrator opgaf");
        ObjectNode stroomBerichten = stroom.putObject("messages");
        ObjectNode webhookBerichten = webhook.putObject("messages");

        ArrayNode stroomOperatie = operatie(doc, "volgStroom", "receive", "stroom",
                "Volg nieuwe gebeurtenissen live");
        ArrayNode webhookOperatie = operatie(doc, "ontvangWebhook", "receive", "webhook",
                "Ontvang gebeurtenissen op de eigen callback-URL; antwoord 2xx bij ontvangst, 429 met Retry-After"
                        + " om te temperen");
        operatie(doc, "leesFeed", "receive", "feed", "Lees de feed vanaf een positie")
                .addObject().put("$ref", "#/channels/feed/messages/CloudEventsBatch");

        for (String type : catalogus.typen().keySet()) {
            ObjectNode bericht = berichten.putObject(type);
            bericht.put("name", type);
            bericht.put("title", EventType.basis(type).substring(EventType.basis(type).lastIndexOf('.') + 1));
            bericht.put("contentType", "application/cloudevents+json");
            bericht.set("payload", payload(type));
            ObjectNode viaWebhook = berichten.putObject(type + ".webhook");
            viaWebhook.setAll(bericht.deepCopy());
            viaWebhook.putArray("traits").add(ref("#/components/messageTraits/StandardWebhooks"));

            stroomBerichten.set(type, ref("#/components/messages/" + type));
            webhookBerichten.set(type, ref("#/components/messages/" + type + ".webhook"));
            stroomOperatie.add(ref("#/channels/stroom/messages/" + type));
            webhookOperatie.add(ref("#/channels/webhook/messages/" + type));
        }
        return doc;
    }

    private ObjectNode kanaal(ObjectNode channels, String server, String naam, String adres, String beschrijving) {
        ObjectNode kanaal = channels.putObject(naam);
        kanaal.put("address", adres);
        kanaal.putArray("servers").add(ref("#/servers/" + server));
        kanaal.put("description", beschrijving);
        return kanaal;
    }

    private ArrayNode operatie(ObjectNode doc, String naam, String actie, String kanaal, String samenvatting) {
        ObjectNode operaties = doc.has("operations") ? (ObjectNode) doc.get("operations") : doc.putObject("operations");
        ObjectNode operatie = operaties.putObject(naam);
        operatie.put("action", actie);
        operatie.set("channel", ref("#/channels/" + kanaal));
        operatie.put("summary", samenvatting);
        return operatie.putArray("messages");
    }

    private ObjectNode payload(String type) {
        ObjectNode specifiek = json.createObjectNode();
        ObjectNode eigenschappen = specifiek.putObject("properties");
        eigenschappen.putObject("type").put("const", type);
        eigenschappen.putObject("dataschema").put("const", catalogus.schemaUrl(type).toString());
        eigenschappen.set("data", ref(catalogus.schemaUrl(type).toString()));
        ObjectNode payload = json.createObjectNode();
        payload.putArray("allOf").add(ref("#/components/schemas/CloudEvent")).add(specifiek);
        return payload;
    }

    /** The CloudEvents 1.0 attributes as the register fills them. */
    private ObjectNode cloudEvent() {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvent 1.0 (JSON structured format) volgens het NL GOV-profiel");
        schema.putArray("required").add("specversion").add("id").add("source").add("type").add("subject")
                .add("time").add("dataschema").add("datacontenttype").add("sequence").add("data");
        ObjectNode p = schema.putObject("properties");
        attribuut(p, "specversion", "Altijd 1.0").put("const", "1.0");
        attribuut(p, "id", "Identificatie van de gebeurtenis in het register, stabiel");
        attribuut(p, "source", "URN van het register (urn:nld:oin:...:systeem:regioregister)").put("format", "uri");
        attribuut(p, "type", "Reverse-DNS-type met revisie, bijv."
                + " nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");
        attribuut(p, "subject", "Het object waarover de gebeurtenis gaat, bijv. de regio-id; nooit een naam");
        attribuut(p, "time", "Moment van vastleggen (UTC)").put("format", "date-time");
        attribuut(p, "dataschema", "URL van het JSON Schema van data").put("format", "uri");
        attribuut(p, "datacontenttype", "Altijd application/json").put("const", "application/json");
        attribuut(p, "sequence", "Positie in de feed, 20 cijfers met voorloopnullen (lexicografisch geordend)")
                .put("pattern", "^[0-9]{20}$");
        attribuut(p, "regio", "De regio waarover de gebeurtenis gaat, als die er een noemt");
        attribuut(p, "ingangsdatum", "Datum waarop het besluit inging").put("format", "date");
        attribuut(p, "besluitrol", "Rol waarin besloten is (BZK, REGIO)");
        attribuut(p, "besluitorganisatie", "Namens welke organisatie (BZK, een departement, een regio-id)");
        attribuut(p, "besluitbron", "Bron van het besluit, bijv. een Kamerstuk of vergadering en agendapunt");
        attribuut(p, "besluitmotivering", "Motivering van het besluit (Woo), zoals vastgelegd");
        attribuut(p, "besluitorgaan", "Soort orgaan dat het besluit nam, bijv. ALGEMEEN_BESTUUR, MINISTER;"
                + " ontbreekt als het niet is vastgelegd");
        attribuut(p, "besluitorgaannaam", "Naam van dat orgaan, bijv. AB Regio Achterhoek");
        attribuut(p, "besluitnamens", "Namens wie het besluit is genomen, bijv. de minister van BZK");
        p.putObject("data").put("type", "object").put("description", "De gebeurtenis, volgens dataschema");
        return schema;
    }

    private static ObjectNode attribuut(ObjectNode eigenschappen, String naam, String beschrijving) {
        ObjectNode attribuut = eigenschappen.putObject(naam);
        attribuut.put("type", "string");
        attribuut.put("description", beschrijving);
        return attribuut;
    }

    private ObjectNode standardWebhooks() {
        ObjectNode trait = json.createObjectNode();
        trait.put("summary", "Standard Webhooks: ondertekend met HMAC-SHA256 over id, tijdstip en body");
        ObjectNode headers = trait.putObject("headers");
        headers.put("type", "object");
        headers.putArray("required").add("webhook-id").add("webhook-timestamp").add("webhook-signature");
        ObjectNode p = headers.putObject("properties");
        p.putObject("webhook-id").put("type", "string").put("description",
                "Stabiel per gebeurtenis en abonnement, ook bij herhaling: ontdubbel hierop");
        p.putObject("webhook-timestamp").put("type", "string").put("pattern", "^[0-9]+$").put("description",
                "Seconden sinds 1970-01-01T00:00:00Z van deze poging");
        p.putObject("webhook-signature").put("type", "string").put("description",
                "v1,<base64 HMAC-SHA256 met het geheim (whsec_-deel base64-gedecodeerd) over"
                        + " webhook-id.webhook-timestamp.body>");
        return trait;
    }

    private ObjectNode ref(String naar) {
        return json.createObjectNode().put("$ref", naar);
    }
}
