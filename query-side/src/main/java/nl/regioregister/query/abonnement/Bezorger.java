package nl.regioregister.query.abonnement;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedRegel;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.query.feed.FeedSignaal;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers the feed's events to the subscriptions' callback URLs, at least once, per subscription in feed order:
 * a subscription's next event is delivered only after the previous one was accepted (2xx). A failure is retried with
 * exponential back-off and jitter, or after the {@code Retry-After} of a {@code 429}; after failing for longer than
 * configured the subscription is marked failing and its events park in the feed until the integrator asks to
 * redeliver. Each attempt is recorded for the subscriber to see.
 * <p>
 * All state is in the database: a deliverer claims a subscription for a bounded time, so that one subscription is in
 * the hands of one deliverer, also across instances, and a claim of a deliverer that died expires.
 */
class Bezorger implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Bezorger.class);

    /** How one attempt went. */
    record Uitkomst(boolean geslaagd, Integer httpStatus, String fout, Optional<Duration> retryAfter) {
    }

    private final AbonnementRepository abonnementen;
    private final FeedRepository feed;
    private final CloudEvents cloudEvents;
    private final Callbackcontrole controle;
    private final AbonnementInstellingen instellingen;
    private final FeedSignaal signaal;
    private final Clock klok;
    private final Wachttijd wachttijd;
    private final List<Thread> draden = new ArrayList<>();
    private volatile boolean loopt;

    Bezorger(AbonnementRepository abonnementen, FeedRepository feed, CloudEvents cloudEvents,
             Callbackcontrole controle, AbonnementInstellingen instellingen, FeedSignaal signaal, Clock klok,
             RandomGenerator toeval) {
        this.abonnementen = abonnementen;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.controle = controle;
        this.instellingen = instellingen;
        this.signaal = signaal;
        this.klok = klok;
        this.wachttijd = new Wachttijd(instellingen.basisWachttijd(), instellingen.maxWachttijd(), toeval);
    }

    /**
     * Delivers the next event of one due subscription, if any.
     *
     * @return whether there was a subscription to work on
     */
    boolean bezorgEen() throws InterruptedException {
        Instant nu = nu();
        Instant claim = nu.plus(instellingen.claimduur());
        Optional<Abonnement> geclaimd = abonnementen.claim(nu, feed.kop(), claim);
        if (geclaimd.isEmpty()) {
            return false;
        }
        Abonnement abonnement = geclaimd.get();
        boolean afgehandeld = false;
        try {
            FeedRepository.Pagina volgende = feed.pagina(abonnement.cursor(), abonnement.filter(), 1);
            if (volgende.regels().isEmpty()) {
                abonnementen.bijgewerkt(abonnement.id(), volgende.volgende(), claim);
            } else {
                lever(abonnement, volgende.regels().get(0), claim);
            }
            afgehandeld = true;
        } finally {
            if (!afgehandeld) {
                abonnementen.geefVrij(abonnement.id(), claim);
            }
        }
        return true;
    }

    private void lever(Abonnement abonnement, FeedRegel regel, Instant claim) throws InterruptedException {
        String webhookId = Handtekening.webhookId(abonnement.id(), regel.gebeurtenisId());
        Instant begin = nu();
        Uitkomst uitkomst = verstuur(abonnement, regel, webhookId, begin);
        Instant eind = nu();
        long duur = Duration.between(begin, eind).toMillis();
        if (uitkomst.geslaagd()) {
            abonnementen.geslaagd(new AbonnementRepository.Poging(0, abonnement.id(), webhookId, regel.positie(),
                    regel.type(), begin, duur, uitkomst.httpStatus(), null, true, null), claim);
            return;
        }
        int pogingen = abonnement.pogingen() + 1;
        Instant falendSinds = abonnement.falendSinds() == null ? begin : abonnement.falendSinds();
        boolean falend = Duration.between(falendSinds, eind).compareTo(instellingen.falendNa()) >= 0;
        Instant volgendePoging = eind.plus(uitkomst.retryAfter().orElseGet(() -> wachttijd.na(pogingen)))
                .truncatedTo(ChronoUnit.MICROS);
        abonnementen.mislukt(new AbonnementRepository.Poging(0, abonnement.id(), webhookId, regel.positie(),
                        regel.type(), begin, duur, uitkomst.httpStatus(), uitkomst.fout(), false,
                        falend ? null : volgendePoging),
                pogingen, falendSinds, volgendePoging, falend, claim);
        if (falend) {
            LOG.warn("Abonnement {} faalt sinds {}; afleveringen staan stil tot opnieuw afleveren wordt gevraagd",
                    abonnement.id(), falendSinds);
        }
    }

    private Uitkomst verstuur(Abonnement abonnement, FeedRegel regel, String webhookId, Instant nu) {
        Callbackcontrole.Bestemming bestemming;
        try {
            bestemming = controle.bestemming(abonnement.callbackUrl());
        } catch (Callbackcontrole.Geweigerd e) {
            return new Uitkomst(false, null, "callback-URL geweigerd: " + e.getMessage(), Optional.empty());
        }
        byte[] body;
        try {
            body = cloudEvents.enkel(regel);
        } catch (RuntimeException e) {
            return new Uitkomst(false, null, "de gebeurtenis is niet als CloudEvent te schrijven: " + e.getMessage(),
                    Optional.empty());
        }
        long tijdstip = nu.getEpochSecond();
        HttpPost verzoek = new HttpPost(bestemming.uri());
        verzoek.setHeader("User-Agent", "Regioregister-webhooks/1.0");
        verzoek.setHeader("webhook-id", webhookId);
        verzoek.setHeader("webhook-timestamp", Long.toString(tijdstip));
        verzoek.setHeader("webhook-signature", Handtekening.onderteken(abonnement.geheim(), webhookId, tijdstip, body));
        verzoek.setEntity(new ByteArrayEntity(body, ContentType.create(CloudEvents.ENKEL)));
        try (CloseableHttpClient http = vastgepind(bestemming)) {
            return http.execute(verzoek, antwoord -> {
                EntityUtils.consume(antwoord.getEntity());
                int status = antwoord.getCode();
                if (status >= 200 && status < 300) {
                    return new Uitkomst(true, status, null, Optional.empty());
                }
                Header retryAfterHeader = antwoord.getFirstHeader("Retry-After");
                Optional<Duration> retryAfter = status == 429 || status == 503
                        ? wachttijd.retryAfter(retryAfterHeader == null ? null : retryAfterHeader.getValue(), nu())
                        : Optional.empty();
                return new Uitkomst(false, status, "HTTP " + status, retryAfter);
            });
        } catch (SocketTimeoutException e) {
            return new Uitkomst(false, null, "geen antwoord binnen " + instellingen.timeOut().toMillis() + " ms",
                    Optional.empty());
        } catch (IOException e) {
            return new Uitkomst(false, null, "verbinding mislukt: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), Optional.empty());
        }
    }

    /**
     * A client that can reach only the checked addresses of the callback's host: its name resolution answers those
     * addresses and nothing else, so no second lookup takes place, while the host name still goes into the Host
     * header, the TLS SNI and the certificate's host name check. One client per attempt, so no pooled connection
     * outlives the check it was made for; redirects, automatic retries and proxies (which would resolve the
     * name again) are off.
     */
    private CloseableHttpClient vastgepind(Callbackcontrole.Bestemming bestemming) {
        String host = zonderHaken(bestemming.uri().getHost());
        InetAddress[] adressen = bestemming.adressen().toArray(InetAddress[]::new);
        DnsResolver alleenGecontroleerd = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String naam) throws UnknownHostException {
                if (zonderHaken(naam).equalsIgnoreCase(host)) {
                    return adressen.clone();
                }
                throw new UnknownHostException(naam + " is niet gecontroleerd");
            }

            @Override
            public String resolveCanonicalHostname(String naam) {
                return naam;
            }
        };
        PoolingHttpClientConnectionManager verbindingen = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(alleenGecontroleerd)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(instellingen.verbindingsTimeOut()))
                        .setSocketTimeout(Timeout.of(instellingen.timeOut()))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(verbindingen)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(instellingen.timeOut()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    private static String zonderHaken(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private Instant nu() {
        return klok.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void werk() {
        while (loopt) {
            boolean gewerkt;
            try {
                gewerkt = bezorgEen();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Bezorgen van webhooks mislukte; wordt opnieuw geprobeerd", e);
                gewerkt = false;
            }
            if (!gewerkt) {
                try {
                    signaal.wacht(instellingen.wachttijd().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        loopt = true;
        for (int i = 1; i <= instellingen.gelijktijdig(); i++) {
            Thread draad = new Thread(this::werk, "webhook-bezorger-" + i);
            draad.setDaemon(true);
            draden.add(draad);
            draad.start();
        }
    }

    /** Stops delivering; an attempt in flight is abandoned and its claim released, so it is delivered again later. */
    @Override
    public synchronized void stop() {
        loopt = false;
        draden.forEach(Thread::interrupt);
        for (Thread draad : draden) {
            try {
                draad.join(instellingen.timeOut().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        draden.clear();
    }

    @Override
    public boolean isRunning() {
        return loopt;
    }
}
