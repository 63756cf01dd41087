package nl.regioregister.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream on a background thread, message by message, as an EventSource would. */
final class SseLezer implements AutoCloseable {

    record Bericht(String id, String data) {
    }

    private final BlockingQueue<Bericht> berichten = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> antwoord;
    private volatile Stream<String> regels;

    SseLezer(String url, String gebruiker, String laatsteId) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
        if (laatsteId != null) {
            verzoek.header("Last-Event-ID", laatsteId);
        }
        antwoord = HttpClient.newHttpClient().sendAsync(verzoek.build(), HttpResponse.BodyHandlers.ofLines());
        antwoord.thenAcceptAsync(response -> {
            regels = response.body();
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String regel : (Iterable<String>) regels::iterator) {
                if (regel.isEmpty()) {
                    if (!data.isEmpty()) {
                        berichten.add(new Bericht(id, data.toString()));
                    }
                    id = null;
                    data.setLength(0);
                } else if (regel.startsWith("id:")) {
                    id = regel.substring(3).trim();
                } else if (regel.startsWith("data:")) {
                    data.append(regel.substring(5).stripLeading());
                }
            }
        });
    }

    int status() throws Exception {
        return antwoord.get(10, TimeUnit.SECONDS).statusCode();
    }

    String contentType() throws Exception {
        return antwoord.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse("");
    }

    /** The next {@code aantal} messages, waiting at most 30 seconds in all. */
    List<Bericht> volgende(int aantal) throws InterruptedException {
        List<Bericht> gelezen = new ArrayList<>();
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (gelezen.size() < aantal) {
            Bericht bericht = berichten.poll(Math.max(1, tot - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (bericht == null) {
                throw new AssertionError("Na 30 s " + gelezen.size() + " van " + aantal + " berichten: " + gelezen);
            }
            gelezen.add(bericht);
        }
        return gelezen;
    }

    @Override
    public void close() {
        Stream<String> open = regels;
        if (open != null) {
            open.close();
        }
        antwoord.cancel(true);
    }
}
