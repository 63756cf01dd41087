package nl.regioregister.query.contract;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The AsyncAPI document describes every published event type, and every reference in it resolves. */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Schemacatalogus catalogus = new Schemacatalogus(JSON,
            new BasisUrl(new ContractInstellingen("https://regioregister.example"), new MockEnvironment()));
    private final JsonNode document = new AsyncApiDocument(catalogus, JSON).document();

    @Test
    void het_document_is_asyncapi_3_met_de_feed_de_stroom_en_de_webhook() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/servers/regioregister/host").asText()).isEqualTo("regioregister.example");
        assertThat(document.at("/servers/regioregister/protocol").asText()).isEqualTo("https");
        assertThat(document.at("/channels/feed/address").asText()).isEqualTo("/v1/events");
        assertThat(document.at("/channels/stroom/address").asText()).isEqualTo("/v1/events/stream");
        assertThat(document.at("/channels/webhook/servers/0/$ref").asText()).isEqualTo("#/servers/abonnee");
        assertThat(document.at("/components/messageTraits/StandardWebhooks/headers/required").toString())
                .contains("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(document.path("operations").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("leesFeed", "volgStroom", "ontvangWebhook");
    }

    @Test
    void het_document_beschrijft_de_woo_attributen_en_geen_vastlegger() {
        JsonNode attributen = document.at("/components/schemas/CloudEvent/properties");
        assertThat(attributen.fieldNames()).toIterable()
                .contains("besluitmotivering", "besluitorgaan", "besluitorgaannaam", "besluitnamens")
                .doesNotContain("actor");
    }

    @Test
    void elk_gebeurtenistype_heeft_een_bericht_waarvan_data_naar_zijn_schema_verwijst() {
        assertThat(catalogus.typen()).isNotEmpty();
        for (String type : catalogus.typen().keySet()) {
            JsonNode bericht = document.path("components").path("messages").path(type);
            assertThat(bericht.isObject()).as(type).isTrue();
            assertThat(bericht.at("/payload/allOf/1/properties/type/const").asText()).isEqualTo(type);
            assertThat(bericht.at("/payload/allOf/1/properties/data/$ref").asText())
                    .isEqualTo("https://regioregister.example/v1/schemas/" + type);
            assertThat(document.path("components").path("messages").path(type + ".webhook").path("traits").isArray())
                    .isTrue();
            assertThat(document.at("/channels/stroom/messages").has(type)).isTrue();
            assertThat(document.at("/channels/webhook/messages").has(type)).isTrue();
        }
    }

    @Test
    void elke_interne_verwijzing_bestaat_en_een_operatie_noemt_alleen_berichten_van_haar_kanaal() {
        List<String> verwijzingen = new ArrayList<>();
        verzamel(document, verwijzingen);
        assertThat(verwijzingen).isNotEmpty();
        assertThat(verwijzingen.stream().filter(v -> v.startsWith("#/")))
                .allSatisfy(v -> assertThat(document.at(v.substring(1)).isMissingNode()).as(v).isFalse());
        document.path("operations").forEach(operatie -> {
            String kanaal = operatie.at("/channel/$ref").asText();
            operatie.path("messages").forEach(bericht ->
                    assertThat(bericht.path("$ref").asText()).startsWith(kanaal + "/messages/"));
        });
    }

    private static void verzamel(JsonNode knoop, List<String> verwijzingen) {
        if (knoop.has("$ref")) {
            verwijzingen.add(knoop.get("$ref").asText());
        }
        knoop.forEach(kind -> verzamel(kind, verwijzingen));
    }
}
