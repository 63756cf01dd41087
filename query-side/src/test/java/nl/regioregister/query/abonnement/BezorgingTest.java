package nl.regioregister.query.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioregister.query.contract.BasisUrl;
import nl.regioregister.query.contract.ContractInstellingen;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedDatabase;
import nl.regioregister.query.feed.FeedFilter;
import nl.regioregister.query.feed.FeedInstellingen;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.query.feed.FeedSignaal;
import nl.regioregister.query.feed.Gebeurtenissen;
import nl.regioregister.query.feed.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Webhook delivery against a real PostgreSQL and a subscriber on loopback, one attempt at a time and with a clock the
 * test moves, so that back-off, Retry-After and the failing period are checked without waiting.
 */
class BezorgingTest {

    private static final String GEHEIM = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static FeedDatabase database;
    private HttpServer abonnee;
    private final List<Map<String, String>> ontvangen = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<int[]> antwoorden = new ConcurrentLinkedQueue<>();
    private Klok klok;
    private TestFeed feed;
    private AbonnementRepository abonnementen;
    private Bezorger bezorger;
    private AbonnementInstellingen instellingen;

    /** A clock the test moves. */
    static final class Klok extends Clock {
        volatile Instant nu = Instant.parse("2025-03-10T09:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }
    }

    @BeforeAll
    static void start() {
        database = new FeedDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @BeforeEach
    void begin() throws IOException {
        database.jdbc().sql("DELETE FROM abonnement").update();
        database.jdbc().sql("DELETE FROM feed_gebeurtenis").update();
        abonnee = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        abonnee.createContext("/ontvang", uitwisseling -> {
            byte[] body = uitwisseling.getRequestBody().readAllBytes();
            ontvangen.add(Map.of(
                    "id", uitwisseling.getRequestHeaders().getFirst("webhook-id"),
                    "tijdstip", uitwisseling.getRequestHeaders().getFirst("webhook-timestamp"),
                    "handtekening", uitwisseling.getRequestHeaders().getFirst("webhook-signature"),
                    "type", uitwisseling.getRequestHeaders().getFirst("Content-Type"),
                    "host", uitwisseling.getRequestHeaders().getFirst("Host"),
                    "body", new String(body, StandardCharsets.UTF_8)));
            int[] antwoord = antwoorden.poll();
            int status = antwoord == null ? 204 : antwoord[0];
            if (antwoord != null && antwoord.length > 1) {
                uitwisseling.getResponseHeaders().add("Retry-After", Integer.toString(antwoord[1]));
            }
            uitwisseling.sendResponseHeaders(status, -1);
            uitwisseling.close();
        });
        abonnee.start();

        klok = new Klok();
        feed = new TestFeed(database.jdbc());
        abonnementen = new AbonnementRepository(database.jdbc(), new Geheimenkluis("proefsleutel", "0011223344556677"));
        instellingen = new AbonnementInstellingen(List.of("http://127.0.0.1"),
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(30),
                Duration.ofHours(1), 1, Duration.ofMillis(100));
        bezorger = bezorger(new Callbackcontrole(instellingen.toegestaneAdressen()));
    }

    private Bezorger bezorger(Callbackcontrole controle) {
        FeedInstellingen feedInstellingen = new FeedInstellingen(null, null, null, null, null, null);
        CloudEvents cloudEvents = new CloudEvents(feedInstellingen,
                new Schemacatalogus(Gebeurtenissen.JSON,
                        new BasisUrl(new ContractInstellingen(null), new MockEnvironment())));
        return new Bezorger(abonnementen, feed.repository(), cloudEvents, controle, instellingen, new FeedSignaal(),
                klok, new Random(1));
    }

    @AfterEach
    void einde() {
        abonnee.stop(0);
    }

    private UUID abonneer(FeedFilter filter, long vanaf) {
        return abonneer(filter, vanaf, "http://127.0.0.1:" + abonnee.getAddress().getPort() + "/ontvang");
    }

    private UUID abonneer(FeedFilter filter, long vanaf, String url) {
        UUID id = UUID.randomUUID();
        abonnementen.nieuw(new Abonnement(id, "integrator", url, GEHEIM, filter, Abonnement.Status.ACTIEF, vanaf, 0,
                null, klok.instant(), klok.instant()));
        return id;
    }

    private int bezorgAlles() throws InterruptedException {
        int keer = 0;
        while (bezorger.bezorgEen()) {
            keer++;
        }
        return keer;
    }

    private Abonnement abonnement(UUID id) {
        return abonnementen.van(id, "integrator").orElseThrow();
    }

    @Test
    void elke_gebeurtenis_die_door_het_filter_komt_wordt_in_volgorde_en_ondertekend_afgeleverd() throws Exception {
        feed.voegToe(Gebeurtenissen.geregistreerd("achterhoek", "Achterhoek"));
        feed.voegToe(Gebeurtenissen.geregistreerd("twente", "Twente"));
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        UUID id = abonneer(new FeedFilter(null, List.of("achterhoek"), null, null), 0);

        bezorgAlles();

        assertThat(ontvangen).hasSize(2);
        assertThat(ontvangen).extracting(o -> o.get("body")).satisfiesExactly(
                b -> assertThat(b).contains("\"sequence\":\"00000000000000000001\""),
                b -> assertThat(b).contains("\"sequence\":\"00000000000000000003\"").contains("J. de Vries"));
        for (Map<String, String> levering : ontvangen) {
            assertThat(levering.get("type")).isEqualTo("application/cloudevents+json");
            assertThat(levering.get("tijdstip")).isEqualTo(Long.toString(klok.instant().getEpochSecond()));
            assertThat(levering.get("handtekening")).isEqualTo(Handtekening.onderteken(GEHEIM, levering.get("id"),
                    Long.parseLong(levering.get("tijdstip")), levering.get("body").getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(abonnement(id).cursor()).isEqualTo(3);

        feed.voegToe(Gebeurtenissen.geregistreerd("twente", "Twente"));
        assertThat(bezorgAlles()).isEqualTo(1);
        assertThat(ontvangen).hasSize(2);
        assertThat(abonnement(id).cursor()).as("voorbij wat niet door het filter komt").isEqualTo(4);
        assertThat(bezorgAlles()).isZero();
    }

    @Test
    void de_bezorging_gaat_naar_het_gecontroleerde_adres_ook_als_de_naam_daarna_elders_heen_wijst() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        AtomicInteger opzoekingen = new AtomicInteger();
        // first answer: the subscriber; every later answer: an address where nothing listens (the rebinding)
        Callbackcontrole controle = new Callbackcontrole(List.of("http://ontvanger.test"), host -> {
            if (!host.equals("ontvanger.test")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(opzoekingen.getAndIncrement() == 0 ? "127.0.0.1"
                    : "127.0.0.2")};
        });
        int poort = abonnee.getAddress().getPort();
        UUID id = abonneer(FeedFilter.ALLES, 0, "http://ontvanger.test:" + poort + "/ontvang");

        bezorger(controle).bezorgEen();

        assertThat(opzoekingen).as("de naam wordt eenmaal opgezocht, bij de controle").hasValue(1);
        assertThat(ontvangen).singleElement()
                .satisfies(o -> assertThat(o.get("host")).isEqualTo("ontvanger.test:" + poort));
        assertThat(abonnement(id).cursor()).isEqualTo(1);
    }

    @Test
    void een_naam_die_bij_bezorging_naar_een_intern_adres_wijst_krijgt_niets() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        Callbackcontrole controle = new Callbackcontrole(List.of(),
                host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        UUID id = abonneer(FeedFilter.ALLES, 0, "https://ontvanger.example.nl:" + abonnee.getAddress().getPort()
                + "/ontvang");

        bezorger(controle).bezorgEen();

        assertThat(ontvangen).isEmpty();
        assertThat(abonnement(id).cursor()).isZero();
        assertThat(abonnementen.pogingen(id, null, 10)).singleElement()
                .satisfies(p -> assertThat(p.fout()).startsWith("callback-URL geweigerd")
                        .contains("niet-openbaar adres"));
    }

    @Test
    void na_het_wisselen_van_sleutel_worden_de_bewaarde_geheimen_opnieuw_versleuteld() {
        Geheimenkluis.Sleutel oud = new Geheimenkluis.Sleutel("oud", "oude-sleutel", "0011223344556677");
        Geheimenkluis.Sleutel nieuw = new Geheimenkluis.Sleutel("nieuw", "nieuwe-sleutel", "8899aabbccddeeff");
        abonnementen = new AbonnementRepository(database.jdbc(), new Geheimenkluis(List.of(oud)));
        UUID id = abonneer(FeedFilter.ALLES, 0);

        AbonnementRepository gewisseld = new AbonnementRepository(database.jdbc(),
                new Geheimenkluis(List.of(nieuw, oud)));
        assertThat(gewisseld.van(id, "integrator").orElseThrow().geheim()).isEqualTo(GEHEIM);
        assertThat(gewisseld.herversleutel()).isEqualTo(1);
        assertThat(gewisseld.herversleutel()).as("al met de huidige sleutel").isZero();

        AbonnementRepository alleenNieuw = new AbonnementRepository(database.jdbc(),
                new Geheimenkluis(List.of(nieuw)));
        assertThat(alleenNieuw.van(id, "integrator").orElseThrow().geheim()).isEqualTo(GEHEIM);
        assertThat(database.jdbc().sql("SELECT geheim FROM abonnement WHERE id = :id").param("id", id)
                .query(String.class).single()).startsWith("nieuw$").doesNotContain(GEHEIM);
    }

    @Test
    void na_429_wacht_de_bezorger_de_gevraagde_tijd_en_levert_dan_met_dezelfde_webhook_id() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        UUID id = abonneer(FeedFilter.ALLES, 0);
        antwoorden.add(new int[] {429, 120});

        bezorgAlles();
        assertThat(ontvangen).hasSize(1);
        Abonnement wachtend = abonnement(id);
        assertThat(wachtend.pogingen()).isEqualTo(1);
        assertThat(wachtend.volgendePoging()).isEqualTo(klok.instant().plusSeconds(120));

        klok.verzet(Duration.ofSeconds(119));
        assertThat(bezorgAlles()).isZero();
        klok.verzet(Duration.ofSeconds(1));
        assertThat(bezorgAlles()).isEqualTo(1);

        assertThat(ontvangen).hasSize(2);
        assertThat(ontvangen.get(1).get("id")).isEqualTo(ontvangen.get(0).get("id"));
        assertThat(abonnement(id).cursor()).isEqualTo(1);
        assertThat(abonnementen.pogingen(id, null, 10)).extracting(AbonnementRepository.Poging::httpStatus)
                .containsExactly(204, 429);
    }

    @Test
    void na_de_ingestelde_tijd_van_mislukkingen_parkeert_het_abonnement_tot_opnieuw_afleveren() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        feed.voegToe(Gebeurtenissen.benoemd("twente", "A. Jansen", "2025-03-05"));
        UUID id = abonneer(FeedFilter.ALLES, 0);
        for (int i = 0; i < 100; i++) {
            antwoorden.add(new int[] {500});
        }

        Instant eersteMislukking = klok.instant();
        int pogingen = 0;
        while (abonnement(id).status() == Abonnement.Status.ACTIEF) {
            bezorgAlles();
            pogingen++;
            Abonnement na = abonnement(id);
            if (na.status() == Abonnement.Status.ACTIEF) {
                assertThat(na.volgendePoging()).isAfter(klok.instant());
                klok.nu = na.volgendePoging();
            }
        }
        Abonnement falend = abonnement(id);
        assertThat(falend.status()).isEqualTo(Abonnement.Status.FALEND);
        assertThat(falend.falendSinds()).isEqualTo(eersteMislukking);
        assertThat(Duration.between(eersteMislukking, klok.instant())).isGreaterThanOrEqualTo(Duration.ofHours(1));
        assertThat(falend.cursor()).as("niets overgeslagen").isZero();
        assertThat(pogingen).isGreaterThan(3);
        assertThat(abonnementen.pogingen(id, null, 1000)).hasSize(pogingen)
                .allSatisfy(p -> assertThat(p.httpStatus()).isEqualTo(500));

        klok.verzet(Duration.ofDays(1));
        assertThat(bezorgAlles()).as("geparkeerd").isZero();

        antwoorden.clear();
        abonnementen.hervat(id, "integrator", null, klok.instant());
        bezorgAlles();
        Abonnement hersteld = abonnement(id);
        assertThat(hersteld.status()).isEqualTo(Abonnement.Status.ACTIEF);
        assertThat(hersteld.cursor()).isEqualTo(2);
        assertThat(hersteld.pogingen()).isZero();
        assertThat(hersteld.falendSinds()).isNull();
    }

    @Test
    void een_onbereikbare_abonnee_telt_als_mislukking_en_de_gebeurtenis_blijft_staan() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        UUID id = abonneer(FeedFilter.ALLES, 0);
        abonnee.stop(0);

        bezorgAlles();

        Abonnement na = abonnement(id);
        assertThat(na.cursor()).isZero();
        assertThat(na.pogingen()).isEqualTo(1);
        assertThat(abonnementen.pogingen(id, null, 10)).singleElement()
                .satisfies(p -> assertThat(p.fout()).startsWith("verbinding mislukt"));
    }

    @Test
    void een_gepauzeerd_abonnement_krijgt_niets_tot_het_hervat_wordt() throws Exception {
        feed.voegToe(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        UUID id = abonneer(FeedFilter.ALLES, 0);
        abonnementen.pauzeer(id, "integrator");
        assertThat(abonnementen.pauzeer(id, "iemand-anders")).isFalse();

        assertThat(bezorgAlles()).isZero();
        abonnementen.hervat(id, "integrator", null, klok.instant());
        assertThat(bezorgAlles()).isEqualTo(1);
        assertThat(ontvangen).hasSize(1);
    }

    @Test
    void van_elk_abonnement_blijven_de_laatste_pogingen_zichtbaar() {
        abonnementen = new AbonnementRepository(database.jdbc(), new Geheimenkluis("proefsleutel", "0011223344556677"), 20);
        UUID id = abonneer(FeedFilter.ALLES, 0);
        UUID ander = abonneer(FeedFilter.ALLES, 0);
        Instant nu = klok.instant();
        for (int i = 0; i < 20 + 5; i++) {
            abonnementen.mislukt(new AbonnementRepository.Poging(0, id, "msg_" + i, 1, "type", nu, 1, 500,
                    "HTTP 500", false, nu), i + 1, nu, nu, false, nu);
        }
        abonnementen.mislukt(new AbonnementRepository.Poging(0, ander, "msg_ander", 1, "type", nu, 1, 500,
                "HTTP 500", false, nu), 1, nu, nu, false, nu);

        List<AbonnementRepository.Poging> pogingen = abonnementen.pogingen(id, null, 5000);
        assertThat(pogingen).hasSize(20);
        assertThat(pogingen.get(0).webhookId()).isEqualTo("msg_" + (20 + 4));
        assertThat(pogingen.get(pogingen.size() - 1).webhookId()).isEqualTo("msg_5");
        assertThat(abonnementen.pogingen(ander, null, 10)).hasSize(1);
        assertThat(abonnementen.pogingen(id, pogingen.get(9).volgnummer(), 3)).extracting(
                AbonnementRepository.Poging::volgnummer).containsExactly(pogingen.get(10).volgnummer(),
                pogingen.get(11).volgnummer(), pogingen.get(12).volgnummer());
    }
}
