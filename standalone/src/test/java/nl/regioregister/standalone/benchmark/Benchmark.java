package nl.regioregister.standalone.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedFilter;
import nl.regioregister.query.feed.FeedRegel;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.standalone.StandaloneApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable benchmark of the speed and memory claims: feed page time at depth, the processors' catch-up, the
 * export's memory and the rebuild of the region status. A report, not a test: it asserts no timing, but stops with an
 * error when a request fails or a projection does not catch up. Run it with
 * {@code ./mvnw -B -pl standalone -am verify -Pbenchmark -DskipTests}.
 * <p>
 * Settings (system properties): {@code benchmark.gebeurtenissen} (events to load), {@code benchmark.rapport} (where
 * the report is written), {@code benchmark.maximale-wachttijd} (ISO-8601 duration a phase may take).
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGINA = 100;
    private static final int OPWARMEN = 30;
    private static final int METINGEN = 50;

    private final int aantal = Integer.getInteger("benchmark.gebeurtenissen", 50_000);
    private final Path rapportbestand = Path.of(System.getProperty("benchmark.rapport", "target/benchmark.txt"));
    private final Duration maximaleWachttijd =
            Duration.parse(System.getProperty("benchmark.maximale-wachttijd", "PT30M"));
    private final List<String> rapport = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ConfigurableApplicationContext app;
    private String basisUrl;

    public static void main(String[] args) {
        int code = 0;
        try {
            new Benchmark().voerUit();
        } catch (Throwable fout) {
            System.err.println("BENCHMARK MISLUKT: " + fout);
            fout.printStackTrace();
            code = 1;
        }
        // The embedded database and the processors' threads would keep the JVM alive.
        System.exit(code);
    }

    private void voerUit() throws Exception {
        Path datamap = Files.createTempDirectory("regioregister-benchmark-");
        try {
            app = StandaloneApplication.builder().run("--server.port=0",
                    "--regioregister.ingebouwde-database.datamap=" + datamap,
                    "--logging.level.root=WARN", "--logging.level.org.springframework.boot=WARN");
            basisUrl = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            omgeving();
            laadEnHaalIn();
            feedpaginas();
            export();
            herbouw();
        } finally {
            if (app != null) {
                app.close();
            }
            verwijder(datamap);
        }
        schrijfRapport();
    }

    private void omgeving() {
        Runtime runtime = Runtime.getRuntime();
        regel("Regioregister benchmark, " + Instant.now());
        regel("machine: %d processors, Java %s, max heap %d MB, %s", runtime.availableProcessors(),
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        regel("gebeurtenissen geladen: %,d (benchmark.gebeurtenissen), synthetisch: ProcesmiddelenToegekend en"
                + " 1 op %d RijksvertegenwoordigerBenoemd, over de 11 NPVR-regio's", aantal, Belasting.BENOEMING_ELKE);
        regel("");
    }

    // ---- 1a. loading and the processors' catch-up ----

    private void laadEnHaalIn() throws IOException, InterruptedException {
        EventStore eventStore = app.getBean(EventStore.class);
        Map<String, StreamingEventProcessor> verwerkers = verwerkers();
        wachtOpInhalen(verwerkers, kop(eventStore), Instant.now());

        // Processors stopped while loading, so that their catch-up is measured apart from the appending.
        verwerkers.values().forEach(StreamingEventProcessor::shutDown);
        long voor = kop(eventStore);
        long begin = System.nanoTime();
        new Belasting(eventStore).laad(aantal);
        double laadduur = seconden(begin);
        long kop = kop(eventStore);
        regel("LADEN: %,d gebeurtenissen in %.1f s (%,.0f/s) rechtstreeks in de event store, batches van %d",
                aantal, laadduur, aantal / laadduur, Belasting.BATCH);

        Instant start = Instant.now();
        verwerkers.values().forEach(StreamingEventProcessor::start);
        Map<String, Duration> ingehaald = wachtOpInhalen(verwerkers, kop, start);
        regel("");
        regel("INHALEN: alle verwerkers tegelijk gestart na het laden, tot positie %,d (%,d nieuwe gebeurtenissen)",
                kop, kop - voor);
        ingehaald.forEach((naam, duur) -> regel("  %-22s %7.1f s  %,8.0f gebeurtenissen/s%s", naam,
                duur.toMillis() / 1000.0, (kop - voor) / Math.max(0.001, duur.toMillis() / 1000.0),
                naam.equals("cloudevents-feed") ? "  (de feed nummert ze)" : ""));

        long dodeBrieven = get("beheer", "/v1/beheer/dode-brieven").findValues("aantal").stream()
                .mapToLong(JsonNode::asLong).sum();
        if (dodeBrieven > 0) {
            throw new IllegalStateException(dodeBrieven + " dode brieven na het inhalen");
        }
        regel("  dode brieven: 0; feed: %,d gebeurtenissen, even veel als in de event store", kopVanDeFeed());
        regel("");
    }

    private Map<String, StreamingEventProcessor> verwerkers() {
        Map<String, StreamingEventProcessor> verwerkers = new LinkedHashMap<>();
        app.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((naam, verwerker) -> {
            if (verwerker instanceof StreamingEventProcessor stromend) {
                verwerkers.put(naam, stromend);
            }
        });
        if (verwerkers.isEmpty()) {
            throw new IllegalStateException("geen streaming event processors gevonden");
        }
        return verwerkers;
    }

    private static long kop(EventStore eventStore) {
        return eventStore.createHeadToken().position().orElse(0);
    }

    /** Waits until every processor's token is at the head; answers how long each took from the start. */
    private Map<String, Duration> wachtOpInhalen(Map<String, StreamingEventProcessor> verwerkers, long kop,
                                                 Instant start) throws InterruptedException {
        Map<String, Duration> ingehaald = new LinkedHashMap<>();
        Map<String, Instant> foutSinds = new LinkedHashMap<>();
        Instant uiterlijk = start.plus(maximaleWachttijd);
        while (ingehaald.size() < verwerkers.size()) {
            for (Map.Entry<String, StreamingEventProcessor> verwerker : verwerkers.entrySet()) {
                String naam = verwerker.getKey();
                if (ingehaald.containsKey(naam)) {
                    continue;
                }
                Map<Integer, EventTrackerStatus> status = verwerker.getValue().processingStatus();
                long positie = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
                if (!status.isEmpty() && positie >= kop) {
                    ingehaald.put(naam, Duration.between(start, Instant.now()));
                }
                if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                    Instant sinds = foutSinds.computeIfAbsent(naam, n -> Instant.now());
                    if (Duration.between(sinds, Instant.now()).toSeconds() > 60) {
                        throw new IllegalStateException("verwerker " + naam + " staat al een minuut in fout: "
                                + status.values().stream().map(EventTrackerStatus::getError).toList());
                    }
                } else {
                    foutSinds.remove(naam);
                }
            }
            if (Instant.now().isAfter(uiterlijk)) {
                List<String> achter = verwerkers.keySet().stream().filter(n -> !ingehaald.containsKey(n)).toList();
                throw new IllegalStateException("niet ingehaald binnen " + maximaleWachttijd + ": " + achter);
            }
            Thread.sleep(100);
        }
        return ingehaald;
    }

    // ---- 1b. feed pages at depth ----

    private void feedpaginas() throws Exception {
        long kop = kopVanDeFeed();
        FeedRepository feed = app.getBean(FeedRepository.class);
        CloudEvents cloudEvents = app.getBean(CloudEvents.class);
        Map<String, Long> diepten = new LinkedHashMap<>();
        diepten.put("begin", 0L);
        diepten.put("midden", kop / 2);
        diepten.put("kop - 100", kop - PAGINA);
        for (int i = 0; i < OPWARMEN; i++) {
            for (long na : diepten.values()) {
                feedpagina(na);
                vraag("integrator", "/v1/events?na=" + kop + "&limit=" + PAGINA);
            }
        }
        Map<String, List<Double>> http = new LinkedHashMap<>();
        Map<String, List<Double>> vraag = new LinkedHashMap<>();
        Map<String, List<Double>> vraagEnCloudEvents = new LinkedHashMap<>();
        List<Double> leeg = new ArrayList<>();
        diepten.keySet().forEach(d -> {
            http.put(d, new ArrayList<>());
            vraag.put(d, new ArrayList<>());
            vraagEnCloudEvents.put(d, new ArrayList<>());
        });
        // Rounds over the depths, so that drift of the machine falls on every depth alike.
        for (int i = 0; i < METINGEN; i++) {
            for (Map.Entry<String, Long> diepte : diepten.entrySet()) {
                http.get(diepte.getKey()).add(feedpagina(diepte.getValue()));
                long begin = System.nanoTime();
                List<FeedRegel> regels = feed.pagina(diepte.getValue(), FeedFilter.ALLES, PAGINA).regels();
                vraag.get(diepte.getKey()).add((System.nanoTime() - begin) / 1e6);
                begin = System.nanoTime();
                cloudEvents.batch(feed.pagina(diepte.getValue(), FeedFilter.ALLES, PAGINA).regels());
                vraagEnCloudEvents.get(diepte.getKey()).add((System.nanoTime() - begin) / 1e6);
                if (regels.size() != PAGINA) {
                    throw new IllegalStateException("pagina na " + diepte.getValue() + " had " + regels.size());
                }
            }
            long begin = System.nanoTime();
            vraag("integrator", "/v1/events?na=" + kop + "&limit=" + PAGINA);
            leeg.add((System.nanoTime() - begin) / 1e6);
        }
        regel("FEEDPAGINA'S: GET /v1/events?na={p}&limit=%d als integrator, feed van %,d gebeurtenissen,"
                + " %d metingen per diepte na %d opwarmrondes (mediaan / p95 / max, ms)", PAGINA, kop, METINGEN,
                OPWARMEN);
        regel("  %-10s %-9s %-24s %-24s %s", "diepte", "na", "HTTP (client gemeten)", "alleen de keyset-query",
                "query + CloudEvents-JSON");
        for (String diepte : diepten.keySet()) {
            regel("  %-10s %-9d %-24s %-24s %s", diepte, diepten.get(diepte), verdeling(http.get(diepte)),
                    verdeling(vraag.get(diepte)), verdeling(vraagEnCloudEvents.get(diepte)));
        }
        regel("  ter vergelijking, HTTP van een lege pagina (na=kop): %s", verdeling(leeg));
        regel("");
    }

    private static String verdeling(List<Double> ms) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", percentiel(ms, 50), percentiel(ms, 95),
                percentiel(ms, 100));
    }

    /** The feed's head, checked against the event store: the feed is dense, one position per stored event. */
    private long kopVanDeFeed() throws IOException, InterruptedException {
        long kop = app.getBean(FeedRepository.class).kop();
        long opgeslagen = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
        if (kop != opgeslagen) {
            throw new IllegalStateException("feed-kop " + kop + ", maar " + opgeslagen + " gebeurtenissen opgeslagen");
        }
        if (get("integrator", "/v1/events?na=" + (kop - 1) + "&limit=" + PAGINA).size() != 1) {
            throw new IllegalStateException("de feed geeft de gebeurtenis op de kop " + kop + " niet");
        }
        return kop;
    }

    private double feedpagina(long na) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        HttpResponse<byte[]> antwoord = vraag("integrator", "/v1/events?na=" + na + "&limit=" + PAGINA);
        double ms = (System.nanoTime() - begin) / 1e6;
        int gebeurtenissen = JSON.readTree(antwoord.body()).size();
        if (gebeurtenissen != PAGINA) {
            throw new IllegalStateException("pagina na " + na + " had " + gebeurtenissen + " gebeurtenissen");
        }
        return ms;
    }

    // ---- 2. export memory ----

    /**
     * Exports twice: once undisturbed, for its speed and the peak of used heap (which counts garbage not yet
     * collected), and once with a full collection every {@value #GC_ELKE_MS} ms, for the heap that survives: what the
     * export really holds on to while it runs.
     */
    private void export() throws Exception {
        regel("EXPORT: GET /v1/besluiten/export?formaat=jsonl als auditor, de hele historie, bytes weggegooid");
        regel("  heap: server en client in deze JVM (max %d MB); groei boven de heap na System.gc() bij de start",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Export ongestoord = exporteer(false);
        regel("  %,d regels, %,.1f MB in %.1f s (%,.0f regels/s)", ongestoord.regels, ongestoord.bytes / 1e6,
                ongestoord.seconden, ongestoord.regels / ongestoord.seconden);
        regel("  piek gebruikte heap, ongestoord:             %,7.1f MB  (inclusief nog niet opgeruimd afval, %d GC's)",
                ongestoord.piekGroei / 1e6, ongestoord.gcs);
        Export metGc = exporteer(true);
        regel("  piek heap na een volledige GC (elke %d ms):  %,7.1f MB  (%d metingen, export %.1f s)", GC_ELKE_MS,
                metGc.piekGroei / 1e6, metGc.metingen, metGc.seconden);
        regel("  dat is %.2f %% van de exportgrootte", 100.0 * metGc.piekGroei / metGc.bytes);
        regel("");
    }

    private static final int GC_ELKE_MS = 100;

    private record Export(long regels, long bytes, double seconden, long piekGroei, long gcs, long metingen) {
    }

    private Export exporteer(boolean volledigeGc) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long basis = gebruikt(heap);
        AtomicLong piek = new AtomicLong(basis);
        AtomicLong metingen = new AtomicLong();
        AtomicBoolean klaar = new AtomicBoolean();
        Thread bemonsteraar = new Thread(() -> {
            while (!klaar.get()) {
                if (volledigeGc) {
                    System.gc();
                }
                piek.accumulateAndGet(gebruikt(heap), Math::max);
                metingen.incrementAndGet();
                try {
                    Thread.sleep(volledigeGc ? GC_ELKE_MS : 5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-bemonsteraar");
        long gcVoor = gcAantal();
        bemonsteraar.start();
        long begin = System.nanoTime();
        long bytes = 0;
        long regels = 0;
        try {
            HttpResponse<InputStream> antwoord = http.send(verzoek("auditor", "/v1/besluiten/export?formaat=jsonl"),
                    HttpResponse.BodyHandlers.ofInputStream());
            controleer(antwoord.statusCode(), "/v1/besluiten/export");
            try (InputStream in = antwoord.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            regels++;
                        }
                    }
                }
            }
        } finally {
            klaar.set(true);
            bemonsteraar.join();
        }
        double duur = seconden(begin);
        if (regels < aantal) {
            throw new IllegalStateException("export had " + regels + " regels, verwacht ten minste " + aantal);
        }
        return new Export(regels, bytes, duur, piek.get() - basis, gcAantal() - gcVoor, metingen.get());
    }

    private static long gebruikt(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long gcAantal() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }

    // ---- 3. rebuild of the region status ----

    private void herbouw() throws Exception {
        String pad = "/v1/beheer/projecties/regio-status/herbouw";
        long begin = System.nanoTime();
        HttpResponse<byte[]> gestart = vraag("beheer", pad, HttpRequest.BodyPublishers.noBody());
        int generatie = JSON.readTree(gestart.body()).path("generatie").asInt();
        List<JsonNode> voortgang = new ArrayList<>();
        Instant uiterlijk = Instant.now().plus(maximaleWachttijd);
        JsonNode stand;
        while (true) {
            stand = get("beheer", pad);
            if (stand.path("generatie").asInt() == generatie) {
                String status = stand.path("status").asText();
                if (status.equals("KLAAR")) {
                    break;
                }
                if (status.equals("MISLUKT")) {
                    throw new IllegalStateException("herbouw mislukt: " + stand.path("fout").asText());
                }
                if (voortgang.isEmpty()
                        || voortgang.get(voortgang.size() - 1).path("verwerkt").asLong() != stand.path("verwerkt").asLong()) {
                    voortgang.add(stand);
                }
            }
            if (Instant.now().isAfter(uiterlijk)) {
                throw new IllegalStateException("herbouw niet klaar binnen " + maximaleWachttijd + ": " + stand);
            }
            Thread.sleep(250);
        }
        double duur = seconden(begin);
        double serverduur = Duration.between(Instant.parse(stand.path("gestartOp").asText()),
                Instant.parse(stand.path("bijgewerktOp").asText())).toMillis() / 1000.0;
        long totaal = stand.path("totaal").asLong();
        regel("HERBOUW regio-status: POST %s als beheer, GET tot KLAAR", pad);
        regel("  %,d gebeurtenissen in %.1f s gemeten door de client (%,.0f/s), %.1f s volgens de server",
                totaal, duur, totaal / duur, serverduur);
        regel("  gemeld bij KLAAR: verwerkt %,d van %,d, %,.1f/s", stand.path("verwerkt").asLong(), totaal,
                stand.path("perSeconde").asDouble());
        Stream<JsonNode> laatste = voortgang.stream().skip(Math.max(0, voortgang.size() - 3));
        laatste.forEach(v -> regel("  laatste voortgang: verwerkt %,d van %,d, %,.1f/s, restduur %s s",
                v.path("verwerkt").asLong(), v.path("totaal").asLong(), v.path("perSeconde").asDouble(),
                v.path("geschatteRestduurSeconden").asText()));
        regel("");
    }

    // ---- plumbing ----

    private JsonNode get(String gebruiker, String pad) throws IOException, InterruptedException {
        return JSON.readTree(vraag(gebruiker, pad).body());
    }

    private HttpResponse<byte[]> vraag(String gebruiker, String pad) throws IOException, InterruptedException {
        return vraag(gebruiker, pad, null);
    }

    private HttpResponse<byte[]> vraag(String gebruiker, String pad, HttpRequest.BodyPublisher post)
            throws IOException, InterruptedException {
        HttpRequest.Builder verzoek = verzoekBouwer(gebruiker, pad);
        if (post != null) {
            verzoek.POST(post);
        }
        HttpResponse<byte[]> antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        controleer(antwoord.statusCode(), pad + " " + new String(antwoord.body(), StandardCharsets.UTF_8));
        return antwoord;
    }

    private HttpRequest verzoek(String gebruiker, String pad) {
        return verzoekBouwer(gebruiker, pad).build();
    }

    private HttpRequest.Builder verzoekBouwer(String gebruiker, String pad) {
        String inlog = Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(basisUrl + pad)).header("Authorization", "Basic " + inlog)
                .timeout(Duration.ofMinutes(30));
    }

    private static void controleer(int status, String wat) {
        if (status < 200 || status > 299) {
            throw new IllegalStateException("HTTP " + status + " op " + wat);
        }
    }

    private static double percentiel(List<Double> waarden, int p) {
        List<Double> gesorteerd = waarden.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
        return gesorteerd.get(Math.max(0, Math.min(gesorteerd.size() - 1, index)));
    }

    private static double seconden(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private void regel(String formaat, Object... waarden) {
        String regel = String.format(Locale.ROOT, formaat, waarden);
        rapport.add(regel);
        System.out.println("[benchmark] " + regel);
    }

    private void schrijfRapport() throws IOException {
        Files.createDirectories(rapportbestand.toAbsolutePath().getParent());
        Files.write(rapportbestand, rapport, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("==================== BENCHMARK ====================");
        rapport.forEach(System.out::println);
        System.out.println("===================================================");
        System.out.println("Rapport: " + rapportbestand.toAbsolutePath());
    }

    private static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path pad : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(pad);
            }
        }
    }
}
