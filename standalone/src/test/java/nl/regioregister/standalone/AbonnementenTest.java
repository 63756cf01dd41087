package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * Webhooks end to end: a subscriber on loopback that fails, times out and answers 429 at random still ends with every
 * event exactly once after de-duplicating on webhook-id, in order, with valid signatures, across a restart.
 * <p>
 * The subscriber listens on plain http on 127.0.0.1; callback URLs must be https and public, so the test exempts
 * exactly that origin with {@code regioregister.abonnementen.toegestane-adressen}, as no real deployment does.
 */
class AbonnementenTest {

    private static final EventFormat CLOUDEVENT = EventFormatProvider.getInstance()
            .resolveFormat(JsonFormat.CONTENT_TYPE);
    private static final String GEHEIM = "whsec_" + Base64.getEncoder()
            .encodeToString("een geheim van tweeendertig bytes".substring(0, 32).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path datamap;

    private Abonnee abonnee;

    /** A subscriber that misbehaves at random (fixed seed), recording every request it sees. */
    static final class Abonnee {
        record Verzoek(String id, String tijdstip, String handtekening, String body, String antwoord) {
        }

        final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> antwoorden = new java.util.concurrent.ConcurrentHashMap<>();
        private final Random toeval = new Random(20250305);
        private final HttpServer server;

        Abonnee() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/webhooks", uitwisseling -> {
                byte[] body = uitwisseling.getRequestBody().readAllBytes();
                double kans;
                synchronized (toeval) {
                    kans = toeval.nextDouble();
                }
                String antwoord = kans < 0.45 ? "200" : kans < 0.60 ? "500" : kans < 0.75 ? "429" : kans < 0.88
                        ? "te-laat" : "200";
                verzoeken.add(new Verzoek(uitwisseling.getRequestHeaders().getFirst("webhook-id"),
                        uitwisseling.getRequestHeaders().getFirst("webhook-timestamp"),
                        uitwisseling.getRequestHeaders().getFirst("webhook-signature"),
                        new String(body, StandardCharsets.UTF_8), antwoord));
                antwoorden.computeIfAbsent(antwoord, a -> new AtomicInteger()).incrementAndGet();
                try {
                    switch (antwoord) {
                        case "500" -> uitwisseling.sendResponseHeaders(500, -1);
                        case "429" -> {
                            uitwisseling.getResponseHeaders().add("Retry-After", "1");
                            uitwisseling.sendResponseHeaders(429, -1);
                        }
                        case "te-laat" -> {
                            // Processes the event but answers after the register stopped waiting.
                            Thread.sleep(900);
                            uitwisseling.sendResponseHeaders(200, -1);
                        }
                        default -> uitwisseling.sendResponseHeaders(200, -1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    // the register hung up on a late answer
                } finally {
                    uitwisseling.close();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
        }

        /** What the subscriber accepted (it processed the event: 200, or late), first acceptance per webhook-id. */
        Map<String, Verzoek> aanvaardEenmaal() {
            Map<String, Verzoek> eenmaal = new LinkedHashMap<>();
            verzoeken.stream().filter(v -> v.antwoord().equals("200") || v.antwoord().equals("te-laat"))
                    .forEach(v -> eenmaal.putIfAbsent(v.id(), v));
            return eenmaal;
        }

        void stop() {
            server.stop(0);
        }
    }

    @BeforeEach
    void startAbonnee() throws IOException {
        abonnee = new Abonnee();
    }

    @AfterEach
    void stopAbonnee() {
        abonnee.stop();
    }

    private ConfigurableApplicationContext start() {
        return StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.abonnementen.toegestane-adressen=http://127.0.0.1",
                "--regioregister.abonnementen.time-out=400ms",
                "--regioregister.abonnementen.basis-wachttijd=20ms",
                "--regioregister.abonnementen.max-wachttijd=300ms",
                "--regioregister.abonnementen.wachttijd=50ms",
                // deliveries happen outside a request: the public URL of the contract is configured, as in compose,
                // so that a redelivery after a restart on another port carries the same dataschema
                "--regioregister.contract.basis-url=https://regioregister.example.nl");
    }

    private static Regioregister register(ConfigurableApplicationContext app) {
        return new Regioregister("http://localhost" + ":" + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    private static void benoem(Regioregister register, String regio, String naam) {
        assertThat(register.post("bzk", "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger", """
                {"naam": "%s", "departement": "IENW",
                 "besluit": {"motivering": "Voordracht", "bron": "AB 5 maart 2025, agendapunt 3"}}"""
                .formatted(naam)).status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void een_grillige_abonnee_ontvangt_elke_gebeurtenis_precies_eenmaal_in_volgorde_ondertekend_ook_over_een_herstart() {
        String abonnement;
        try (ConfigurableApplicationContext eerste = start()) {
            Regioregister register = register(eerste);
            register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            Regioregister.Antwoord genomen = register.post("integrator", "/v1/abonnementen", """
                    {"callbackUrl": "%s", "geheim": "%s", "vanaf": 0}""".formatted(abonnee.url(), GEHEIM));
            assertThat(genomen.status()).isEqualTo(HttpStatus.CREATED);
            assertThat(genomen.body().has("geheim")).as("het geheim wordt nooit teruggegeven").isFalse();
            abonnement = genomen.body().path("id").asText();
            benoem(register, "achterhoek", "J. de Vries");
            benoem(register, "twente", "A. Jansen");
            await().atMost(Duration.ofSeconds(60)).until(() -> abonnee.aanvaardEenmaal().size() >= 5);
        }
        int voorHerstart = abonnee.aanvaardEenmaal().size();

        try (ConfigurableApplicationContext tweede = start()) {
            Regioregister register = register(tweede);
            benoem(register, "achterhoek", "M. Peters");
            benoem(register, "zuid-limburg", "P. de Boer");
            // 11 regions registered and taken into the NPVR, the NPVR's three programme decisions, four appointments
            long totaal = register.totZichtbaar("integrator", "/v1/events?limit=1000", r -> r.size() >= 29).size();
            assertThat(totaal).isEqualTo(2 * 11 + 3 + 4);

            await().atMost(Duration.ofSeconds(90)).until(() -> abonnee.aanvaardEenmaal().size() == totaal);
            JsonNode stand = register.totZichtbaar("integrator", "/v1/abonnementen/" + abonnement,
                    a -> a.path("positie").asLong() == totaal);
            assertThat(stand.path("status").asText()).isEqualTo("ACTIEF");

            List<Long> volgorde = new ArrayList<>();
            for (Abonnee.Verzoek verzoek : abonnee.aanvaardEenmaal().values()) {
                CloudEvent event = CLOUDEVENT.deserialize(verzoek.body().getBytes(StandardCharsets.UTF_8));
                volgorde.add(Long.parseLong((String) event.getExtension("sequence")));
            }
            assertThat(volgorde).as("elke gebeurtenis eenmaal, in volgorde")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, totaal).boxed().toList());
            assertThat(abonnee.verzoeken).allSatisfy(v -> assertThat(v.handtekening())
                    .isEqualTo(handtekening(v.id(), v.tijdstip(), v.body())));
            Map<String, String> bodyPerId = new java.util.HashMap<>();
            abonnee.verzoeken.forEach(v -> assertThat(bodyPerId.computeIfAbsent(v.id(), id -> v.body()))
                    .as("dezelfde webhook-id, dezelfde gebeurtenis").isEqualTo(v.body()));

            assertThat(abonnee.antwoorden.keySet()).as("de abonnee faalde op elke manier")
                    .contains("200", "500", "429", "te-laat");
            assertThat(voorHerstart).isLessThan((int) totaal);

            JsonNode pogingen = register.get("integrator", "/v1/abonnementen/" + abonnement
                    + "/afleverpogingen?limit=1000").body().path("pogingen");
            assertThat(pogingen.size()).isGreaterThan((int) totaal);
            assertThat(pogingen.findValuesAsText("httpStatus")).contains("200", "500", "429");
            assertThat(pogingen.findValuesAsText("fout")).anySatisfy(f -> assertThat(f).startsWith("geen antwoord"));
        }
    }

    private static String handtekening(String id, String tijdstip, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(GEHEIM.substring("whsec_".length())), "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + tijdstip + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
