package nl.regioregister.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP as a hostile client sends it: any method, any header, any bytes in the path, and raw requests that no HTTP
 * library would write. Bodies are built with {@link #json(String)}, which escapes every non-ASCII character, so that
 * an unpaired surrogate reaches the server as the JSON escape {@code \ud800} it is.
 */
final class Http {

    record Antwoord(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException geenJson) {
                throw new AssertionError("geen JSON (" + status + "): " + body, geenJson);
            }
        }
    }

    private final int poort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Http(int poort) {
        this.poort = poort;
    }

    Antwoord verzoek(String methode, String pad, String gebruiker, String body, String... headers) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .timeout(Duration.ofSeconds(30))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            verzoek.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> antwoord = client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> kop = new LinkedHashMap<>();
            antwoord.headers().map().forEach((naam, waarden) -> kop.put(naam.toLowerCase(Locale.ROOT),
                    String.join(", ", waarden)));
            return new Antwoord(antwoord.statusCode(), kop, antwoord.body());
        } catch (IOException | InterruptedException mislukt) {
            throw new AssertionError(methode + " " + pad + " mislukte", mislukt);
        }
    }

    /**
     * A request written byte for byte on a socket; the answer read until the server closes. A server may answer an
     * oversized request and close before all of it is written: the write then fails (broken pipe, reset) and the
     * answer it already sent is read all the same; without one, the parsing fails.
     */
    Antwoord rauw(String verzoekregelEnHeaders) {
        try (Socket socket = new Socket("localhost", poort)) {
            socket.setSoTimeout(30_000);
            OutputStream uit = socket.getOutputStream();
            try {
                uit.write(verzoekregelEnHeaders.getBytes(StandardCharsets.ISO_8859_1));
                uit.flush();
            } catch (IOException afgebrokenVoordatAllesGeschrevenWas) {
                // the server stopped reading: what it answered is in the socket's input
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream alles = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    alles.write(buffer, 0, n);
                }
            } catch (IOException verbrokenNaHetAntwoord) {
                // Tomcat may reset the connection after answering an oversized request
            }
            return ontleed(alles.toString(StandardCharsets.UTF_8));
        } catch (IOException mislukt) {
            throw new AssertionError("rauw verzoek mislukte", mislukt);
        }
    }

    private static Antwoord ontleed(String antwoord) {
        int einde = antwoord.indexOf("\r\n\r\n");
        if (einde < 0) {
            throw new AssertionError("geen HTTP-antwoord: " + antwoord);
        }
        String[] regels = antwoord.substring(0, einde).split("\r\n");
        int status = Integer.parseInt(regels[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dubbelepunt = regels[i].indexOf(':');
            headers.put(regels[i].substring(0, dubbelepunt).strip().toLowerCase(Locale.ROOT),
                    regels[i].substring(dubbelepunt + 1).strip());
        }
        String body = antwoord.substring(einde + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = ontchunk(body);
        }
        return new Antwoord(status, headers, body);
    }

    private static String ontchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int regeleinde = chunked.indexOf("\r\n", i);
            if (regeleinde < 0) {
                break;
            }
            int lengte = Integer.parseInt(chunked.substring(i, regeleinde).strip(), 16);
            if (lengte == 0) {
                break;
            }
            body.append(chunked, regeleinde + 2, Math.min(chunked.length(), regeleinde + 2 + lengte));
            i = regeleinde + 2 + lengte + 2;
        }
        return body.toString();
    }

    /** A JSON string literal with every character outside printable ASCII escaped. */
    static String json(String tekst) {
        StringBuilder uit = new StringBuilder("\"");
        for (char teken : tekst.toCharArray()) {
            if (teken == '"' || teken == '\\') {
                uit.append('\\').append(teken);
            } else if (teken < 0x20 || teken > 0x7E) {
                uit.append(String.format("\\u%04x", (int) teken));
            } else {
                uit.append(teken);
            }
        }
        return uit.append('"').toString();
    }
}
