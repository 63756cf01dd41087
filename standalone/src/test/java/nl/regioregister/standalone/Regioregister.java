package nl.regioregister.standalone;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Talks HTTP to a running Regioregister as one of the development users. */
final class Regioregister {

    record Antwoord(HttpStatusCode status, HttpHeaders headers, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient http;
    private final String basisUrl;

    Regioregister(String basisUrl) {
        this.http = RestClient.builder().baseUrl(basisUrl).build();
        this.basisUrl = basisUrl;
    }

    Antwoord post(String gebruiker, String pad, String body, String... headers) {
        return http.post().uri(pad)
                .headers(h -> {
                    if (gebruiker != null) {
                        h.setBasicAuth(gebruiker, gebruiker);
                    }
                    for (int i = 0; i + 1 < headers.length; i += 2) {
                        h.add(headers[i], headers[i + 1]);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((req, res) -> new Antwoord(res.getStatusCode(), res.getHeaders(),
                        lees(res.getHeaders(), res.getBody())));
    }

    Antwoord get(String gebruiker, String pad, String... headers) {
        return http.get().uri(pad)
                .headers(h -> {
                    if (gebruiker != null) {
                        h.setBasicAuth(gebruiker, gebruiker);
                    }
                    for (int i = 0; i + 1 < headers.length; i += 2) {
                        h.add(headers[i], headers[i + 1]);
                    }
                })
                .exchange((req, res) -> new Antwoord(res.getStatusCode(), res.getHeaders(),
                        lees(res.getHeaders(), res.getBody())));
    }

    /** Follows a link the register gave, as it is (already encoded). */
    Antwoord volg(String gebruiker, String link) {
        return http.get().uri(java.net.URI.create(link.startsWith("/") ? basisUrl + link : link))
                .headers(h -> h.setBasicAuth(gebruiker, gebruiker))
                .exchange((req, res) -> new Antwoord(res.getStatusCode(), res.getHeaders(),
                        lees(res.getHeaders(), res.getBody())));
    }

    /** The query side is eventually consistent: wait (bounded) until the view shows what is expected. */
    JsonNode totZichtbaar(String gebruiker, String pad, Predicate<JsonNode> verwacht) {
        Antwoord[] laatste = new Antwoord[1];
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                laatste[0] = get(gebruiker, pad);
                return laatste[0].status().is2xxSuccessful() && verwacht.test(laatste[0].body());
            });
        } catch (org.awaitility.core.ConditionTimeoutException nietBinnenDeTijd) {
            throw new AssertionError(pad + " toonde niet het verwachte; laatste antwoord " + laatste[0].status()
                    + ": " + laatste[0].body(), nietBinnenDeTijd);
        }
        return laatste[0].body();
    }

    private static JsonNode lees(HttpHeaders headers, java.io.InputStream body) throws java.io.IOException {
        byte[] bytes = body.readAllBytes();
        MediaType soort = headers.getContentType();
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        if (soort == null || !soort.getSubtype().contains("json") || soort.getSubtype().contains("ndjson")) {
            return JSON.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return JSON.readTree(bytes);
    }
}
