package nl.regioregister.standalone.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Closed-loop HTTP clients ({@link Werklus}): each sends its next request when the previous answer is in (optionally
 * no faster than a given rate), on its own keep-alive connection, and records the latency from sending to the last
 * byte of the answer. A non-2xx answer stops the run with an error: no measurement decides on an object another
 * client decides on, so none may be refused.
 */
final class Belastinggenerator {

    interface Verzoeken {
        HttpRequest volgende(int client, long nummer);
    }

    /** Called after every successful answer, on the client's thread, for a follow-up measurement. */
    interface Naverwerking {
        void na(int client, HttpResponse<byte[]> antwoord, HttpClient http) throws Exception;
    }

    private final String naam;
    private final int clients;
    private final Verzoeken verzoeken;
    private double perSecondeTotaal;
    private Naverwerking naverwerking = (client, antwoord, http) -> {
    };

    Belastinggenerator(String naam, int clients, Verzoeken verzoeken) {
        this.naam = naam;
        this.clients = clients;
        this.verzoeken = verzoeken;
    }

    /** At most this many requests per second over all clients together (0: as fast as the answers come). */
    Belastinggenerator tempo(double perSeconde) {
        this.perSecondeTotaal = perSeconde;
        return this;
    }

    Belastinggenerator naElkAntwoord(Naverwerking naverwerking) {
        this.naverwerking = naverwerking;
        return this;
    }

    Werklus.Resultaat voerUit(Duration opwarmen, Duration meten) throws InterruptedException {
        return new Werklus(naam, clients, client -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            return nummer -> {
                HttpRequest verzoek = verzoeken.volgende(client, nummer);
                HttpResponse<byte[]> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
                int status = antwoord.statusCode();
                if (status < 200 || status > 299) {
                    throw new IllegalStateException(naam + ": HTTP " + status + " op " + verzoek.uri() + ": "
                            + new String(antwoord.body()));
                }
                return () -> naverwerking.na(client, antwoord, http);
            };
        }).tempo(perSecondeTotaal).voerUit(opwarmen, meten);
    }
}
