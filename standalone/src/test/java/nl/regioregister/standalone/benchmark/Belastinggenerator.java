package nl.regioregister.standalone.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP clients: each sends its next request when the previous answer is in (optionally no faster than a
 * given rate), on its own keep-alive connection, and records the latency from sending to the last byte of the answer.
 * Counted only after the warm-up. A non-2xx answer stops the run with an error: no measurement decides on an object
 * another client decides on, so none may be refused.
 */
final class Belastinggenerator {

    interface Verzoeken {
        HttpRequest volgende(int client, long nummer);
    }

    /** Called after every successful answer, on the client's thread, for a follow-up measurement. */
    interface Naverwerking {
        void na(int client, HttpResponse<byte[]> antwoord, HttpClient http) throws Exception;
    }

    record Resultaat(long aantal, double seconden, Histogram verdeling) {
        double perSeconde() {
            return aantal / seconden;
        }
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

    Resultaat voerUit(Duration opwarmen, Duration meten) throws InterruptedException {
        AtomicBoolean meetNu = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Verdeling verdeling = new Verdeling();
        AtomicLong aantal = new AtomicLong();
        List<Throwable> fouten = new ArrayList<>();
        List<Thread> draden = new ArrayList<>();
        long interval = perSecondeTotaal > 0 ? (long) (clients * 1e9 / perSecondeTotaal) : 0;
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread draad = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                long volgendeStart = System.nanoTime() + (interval * client) / Math.max(1, clients);
                try {
                    for (long nummer = 0; !stop.get(); nummer++) {
                        if (interval > 0) {
                            long wacht = volgendeStart - System.nanoTime();
                            if (wacht > 0) {
                                Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
                            }
                            volgendeStart += interval;
                        }
                        HttpRequest verzoek = verzoeken.volgende(client, nummer);
                        long begin = System.nanoTime();
                        HttpResponse<byte[]> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
                        long duur = System.nanoTime() - begin;
                        int status = antwoord.statusCode();
                        if (status < 200 || status > 299) {
                            throw new IllegalStateException(naam + ": HTTP " + status + " op " + verzoek.uri() + ": "
                                    + new String(antwoord.body()));
                        }
                        if (meetNu.get()) {
                            verdeling.neemOp(duur);
                            aantal.incrementAndGet();
                        }
                        naverwerking.na(client, antwoord, http);
                    }
                } catch (Throwable fout) {
                    synchronized (fouten) {
                        fouten.add(fout);
                    }
                    stop.set(true);
                }
            }, naam + "-" + c);
            draad.setDaemon(true);
            draden.add(draad);
            draad.start();
        }
        Thread.sleep(opwarmen.toMillis());
        verdeling.sindsVorige();
        meetNu.set(true);
        long begin = System.nanoTime();
        Thread.sleep(meten.toMillis());
        meetNu.set(false);
        double seconden = (System.nanoTime() - begin) / 1e9;
        Histogram histogram = verdeling.sindsVorige();
        stop.set(true);
        for (Thread draad : draden) {
            draad.join(Duration.ofSeconds(60).toMillis());
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(naam + " mislukt", fouten.get(0));
        }
        return new Resultaat(aantal.get(), seconden, histogram);
    }
}
