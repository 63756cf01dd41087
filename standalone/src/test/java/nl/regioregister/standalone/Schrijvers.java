package nl.regioregister.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Concurrent writers of decisions, each an appointment of a rijksvertegenwoordiger with a name no other decision
 * has, so that every answer can be matched to what the event store holds.
 */
final class Schrijvers {

    /** One request: the status (-1 when no answer came), how long it took, and the headers that matter. */
    record Uitkomst(String naam, int status, long duurMs, Instant begin, String retryAfter, String contentType) {
        boolean bevestigd() {
            return status >= 200 && status < 300;
        }
    }

    /** What the event store holds of the writers' decisions: per name how often. */
    record Opgeslagen(Map<String, Integer> perNaam) {
    }

    private final String basisUrl;
    private final List<String> regios;
    private final String voorvoegsel;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<Uitkomst> uitkomsten = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean lopen = new AtomicBoolean();
    private final List<Thread> draden = new ArrayList<>();

    Schrijvers(String basisUrl, List<String> regios, String voorvoegsel) {
        this.basisUrl = basisUrl;
        this.regios = regios;
        this.voorvoegsel = voorvoegsel;
    }

    void start() {
        lopen.set(true);
        for (int schrijver = 0; schrijver < regios.size(); schrijver++) {
            int nummer = schrijver;
            Thread draad = new Thread(() -> schrijf(nummer), "schrijver-" + nummer);
            draad.start();
            draden.add(draad);
        }
    }

    void stop() throws InterruptedException {
        lopen.set(false);
        for (Thread draad : draden) {
            draad.join(60_000);
        }
    }

    List<Uitkomst> uitkomsten() {
        return List.copyOf(uitkomsten);
    }

    long bevestigd() {
        return uitkomsten.stream().filter(Uitkomst::bevestigd).count();
    }

    private void schrijf(int schrijver) {
        String regio = regios.get(schrijver);
        String gebruiker = Base64.getEncoder().encodeToString("bzk:bzk".getBytes(StandardCharsets.UTF_8));
        for (int n = 0; lopen.get(); n++) {
            String naam = voorvoegsel + " " + schrijver + "-" + n;
            HttpRequest verzoek = HttpRequest.newBuilder(
                            URI.create(basisUrl + "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + gebruiker)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"naam": "%s", "departement": "EZ",
                             "besluit": {"motivering": "Storingsproef", "bron": "Storingsproef"}}""".formatted(naam)))
                    .build();
            Instant begin = Instant.now();
            long start = System.nanoTime();
            try {
                HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                uitkomsten.add(new Uitkomst(naam, antwoord.statusCode(), (System.nanoTime() - start) / 1_000_000,
                        begin, antwoord.headers().firstValue("Retry-After").orElse(null),
                        antwoord.headers().firstValue("Content-Type").orElse(null)));
                if (antwoord.statusCode() >= 500) {
                    Thread.sleep(200);
                }
            } catch (IOException geenAntwoord) {
                uitkomsten.add(new Uitkomst(naam, -1, (System.nanoTime() - start) / 1_000_000, begin, null, null));
                slaap(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads, straight from the event store, how often each of the writers' names was recorded: each appointment
     * names its person by reference, whose name the same transaction wrote to the register of personal data.
     */
    Opgeslagen opgeslagen(String jdbcUrl) throws SQLException {
        Map<String, Integer> perNaam = new HashMap<>();
        try (Connection verbinding = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement sql = verbinding.prepareStatement("""
                     SELECT persoon.naam, count(*)
                     FROM domainevententry besluit
                     JOIN persoonsgegevens persoon
                       ON persoon.persoon_id = convert_from(besluit.payload, 'UTF8')::jsonb ->> 'persoonId'
                     WHERE besluit.payloadtype LIKE '%RijksvertegenwoordigerBenoemd'
                       AND persoon.naam LIKE ?
                     GROUP BY 1""")) {
            sql.setString(1, voorvoegsel + " %");
            try (ResultSet rijen = sql.executeQuery()) {
                while (rijen.next()) {
                    perNaam.put(rijen.getString(1), rijen.getInt(2));
                }
            }
        }
        return new Opgeslagen(perNaam);
    }

    /** The figures of a run: sent, acknowledged, lost, duplicated, stored although not acknowledged. */
    record Cijfers(long verzonden, long bevestigd, long verloren, long dubbel, long opgeslagenZonderBevestiging) {
    }

    Cijfers cijfers(Opgeslagen opgeslagen) {
        List<Uitkomst> alle = uitkomsten();
        List<String> bevestigd = alle.stream().filter(Uitkomst::bevestigd).map(Uitkomst::naam).toList();
        long verloren = bevestigd.stream().filter(naam -> !opgeslagen.perNaam().containsKey(naam)).count();
        long dubbel = opgeslagen.perNaam().values().stream().filter(aantal -> aantal > 1).count();
        long zonderBevestiging = opgeslagen.perNaam().keySet().stream()
                .filter(naam -> !bevestigd.contains(naam)).count();
        return new Cijfers(alle.size(), bevestigd.size(), verloren, dubbel, zonderBevestiging);
    }
}
