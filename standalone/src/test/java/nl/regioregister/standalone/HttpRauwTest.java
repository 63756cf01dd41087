package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The raw requests of the input-limit tests: a server that answers an oversized request and closes before it has read
 * the request (as Tomcat may) still gives its answer, and a server that answers nothing fails the parsing.
 */
class HttpRauwTest {

    /** More than the socket buffers of both ends hold, so that the write fails once the server has closed. */
    private static final String GROOT = "GET /v1/regios HTTP/1.1\r\nHost: localhost\r\nX-Groot: "
            + "a".repeat(16_000_000) + "\r\nConnection: close\r\n\r\n";

    @Test
    void het_antwoord_van_een_server_die_sluit_voordat_het_verzoek_geschreven_is_wordt_gelezen() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Void> antwoorder = CompletableFuture.runAsync(() -> antwoordZonderTeLezen(server,
                    "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/problem+json\r\n"
                            + "Connection: close\r\n\r\n{\"status\":431}"));

            Http.Antwoord antwoord = new Http(server.getLocalPort()).rauw(GROOT);

            antwoorder.join();
            assertThat(antwoord.status()).isEqualTo(431);
            assertThat(antwoord.contentType()).isEqualTo("application/problem+json");
            assertThat(antwoord.body()).isEqualTo("{\"status\":431}");
        }
    }

    @Test
    void een_server_die_zonder_antwoord_sluit_laat_het_verzoek_mislukken() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Void> antwoorder = CompletableFuture.runAsync(() -> antwoordZonderTeLezen(server, ""));

            assertThatThrownBy(() -> new Http(server.getLocalPort()).rauw(GROOT))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("geen HTTP-antwoord");
            antwoorder.join();
        }
    }

    /** Accepts one connection, writes the answer at once without reading the request, and closes. */
    private static void antwoordZonderTeLezen(ServerSocket server, String antwoord) {
        try (Socket verbinding = server.accept()) {
            OutputStream uit = verbinding.getOutputStream();
            uit.write(antwoord.getBytes(StandardCharsets.ISO_8859_1));
            uit.flush();
        } catch (IOException mislukt) {
            throw new IllegalStateException(mislukt);
        }
    }
}
