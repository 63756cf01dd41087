package nl.regioregister.standalone.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Synthetic but well-formed decisions for the benchmark, appended straight to the event store in batches: going
 * through the command bus would measure the command side instead, and take too long for a realistic volume.
 * <p>
 * Every event is of a published type, belongs to an aggregate of the eleven NPVR regions with sequence numbers
 * continuing after the stored ones, and carries the full decision metadata, so every projection processes it as it
 * would a recorded decision. Mostly yearly grants of procesmiddelen, and one appointment of a rijksvertegenwoordiger
 * per {@value #BENOEMING_ELKE} events: appointments are rare, and each one lengthens the region's appointment history.
 */
final class Belasting {

    static final int BENOEMING_ELKE = 1_000;
    static final int BATCH = 1_000;

    static final List<String> REGIOS = List.of("kop-van-noord-holland", "noord-en-oost-groningen", "zuidoost-fryslan",
            "noard-fryslan", "zuid-en-oost-drenthe", "twente", "achterhoek", "noord-limburg", "midden-limburg",
            "zuid-limburg", "zeeuws-vlaanderen");

    private static final List<Departement> NPVR_DEPARTEMENTEN =
            nl.regioregister.command.programma.NpvrProgramma.START.departementen();
    private static final Instant EERSTE_REGISTRATIE = Instant.parse("2025-01-06T09:00:00Z");

    private final EventStore eventStore;
    private final Map<String, Long> volgnummers = new HashMap<>();
    private final String regioType;

    Belasting(EventStore eventStore) {
        this.eventStore = eventStore;
        // The aggregate type the command side stores its regions under, whatever it is named.
        this.regioType = eventStore.readEvents(REGIOS.get(0)).next().getType();
    }

    /** Appends {@code aantal} events in batches of {@value #BATCH}, each batch in one transaction. */
    void laad(int aantal) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
        for (int n = 0; n < aantal; n++) {
            batch.add(gebeurtenis(VOLGENDE.getAndIncrement()));
            if (batch.size() == BATCH || n == aantal - 1) {
                eventStore.publish(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /**
     * Appends promises to the Kamer for the update-type measurement, each a registration followed by
     * {@code verzettingen} moved deadlines, so that every promise is an aggregate with {@code verzettingen + 1} prior
     * events. Deadlines fall in 2027 and later; the measurement moves them into 2026, so no move repeats the deadline
     * in force (which the aggregate refuses).
     *
     * @param type the aggregate type the command side stores promises under, read from one it recorded itself
     */
    void laadToezeggingen(String type, List<String> toezeggingIds, int verzettingen) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
        int i = 0;
        for (String id : toezeggingIds) {
            String aggregaat = "toezegging:" + id;
            LocalDate termijn = LocalDate.of(2027, 1, 1);
            batch.add(bericht(type, aggregaat, new ToezeggingGeregistreerd(id, "Een toezegging uit de benchmark", null,
                            "Debat over regio's, 2 oktober 2025", termijn, null, null, Departement.BZK, Programma.NPVR,
                            List.of(), null),
                    metadata(EERSTE_REGISTRATIE.plus(Duration.ofMinutes(i++)), "Toezegging in het debat", "Debat")));
            for (int v = 1; v <= verzettingen; v++) {
                LocalDate nieuw = termijn.plusDays(v);
                batch.add(bericht(type, aggregaat, new ToezeggingstermijnVerzet(id, termijn, nieuw,
                                "De brief wacht op een besluit"),
                        metadata(EERSTE_REGISTRATIE.plus(Duration.ofMinutes(i++)), "Termijn verzet", "Brief BZK")));
                termijn = nieuw;
            }
            if (batch.size() >= BATCH) {
                eventStore.publish(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            eventStore.publish(batch);
        }
    }

    /**
     * A new promise's registration, the one event a create-type decision appends: sequence number 0 of an aggregate
     * of its own, so that any thread may append it without reading the store first.
     */
    DomainEventMessage<ToezeggingGeregistreerd> nieuweToezegging(String type, String id) {
        return new GenericDomainEventMessage<>(type, "toezegging:" + id, 0,
                new ToezeggingGeregistreerd(id, "Een toezegging uit de benchmark", null,
                        "Debat over regio's, 2 oktober 2025", LocalDate.of(2027, 1, 1), null, null, Departement.BZK,
                        Programma.NPVR, List.of(), null),
                metadata(EERSTE_REGISTRATIE, "Toezegging in het debat", "Debat"));
    }

    /** A moved deadline of a promise, at the given sequence number. */
    DomainEventMessage<ToezeggingstermijnVerzet> termijnVerzet(String type, String id, long volgnummer,
                                                                LocalDate nieuw) {
        return new GenericDomainEventMessage<>(type, "toezegging:" + id, volgnummer,
                new ToezeggingstermijnVerzet(id, nieuw.minusDays(1), nieuw, "De brief wacht op een besluit"),
                metadata(EERSTE_REGISTRATIE, "Termijn verzet", "Brief BZK"));
    }

    /**
     * The number of the next synthetic decision over every load of the run: each takes effect 30 seconds after the one
     * before, so that decisions arrive in the order they take effect, as they mostly do (a million reach December
     * 2025, before today). A decision that takes effect before decisions already folded makes the status fold its
     * region again from the start ({@code GeldendeStand}); loads that each started again at January 2025 made every
     * batch such a decision, which measured that worst case instead of the projections ({@code docs/benchmarks.md}).
     */
    private static final AtomicInteger VOLGENDE = new AtomicInteger();

    private DomainEventMessage<?> gebeurtenis(int i) {
        String regio = REGIOS.get(i % REGIOS.size());
        Instant geregistreerd = EERSTE_REGISTRATIE.plus(Duration.ofSeconds(30L * i));
        if (i % BENOEMING_ELKE == 0) {
            Departement departement = NPVR_DEPARTEMENTEN.get((i / BENOEMING_ELKE) % NPVR_DEPARTEMENTEN.size());
            RijksvertegenwoordigerBenoemd benoeming = new RijksvertegenwoordigerBenoemd(regio,
                    "persoon-" + i, departement);
            return bericht(regioType, regio, benoeming,
                    metadata(geregistreerd, "Voordracht stuurgroep", "AB " + (i / REGIOS.size()) + ", agendapunt 3"));
        }
        int jaar = 2025 + (i / REGIOS.size()) % 3;
        BigDecimal bedrag = BigDecimal.valueOf(100_000_00L + (i % 997) * 100L, 2);
        BigDecimal btw = BigDecimal.valueOf((i % 997) * 10L, 2);
        ProcesmiddelenToegekend toekenning = new ProcesmiddelenToegekend(regio, jaar, bedrag, btw, null);
        return bericht("Procesmiddelen", "procesmiddelen:" + regio, toekenning,
                metadata(geregistreerd, "Toekenning procesmiddelen " + jaar, "Beschikking BZK-" + i));
    }

    private <T> DomainEventMessage<T> bericht(String type, String aggregaat, T payload, MetaData metadata) {
        long volgnummer = volgnummers.computeIfAbsent(aggregaat,
                id -> eventStore.lastSequenceNumberFor(id).map(laatste -> laatste + 1).orElse(0L));
        volgnummers.put(aggregaat, volgnummer + 1);
        return new GenericDomainEventMessage<>(type, aggregaat, volgnummer, payload, metadata);
    }

    private static MetaData metadata(Instant geregistreerd, String motivering, String bron) {
        Map<String, Object> besluit = new HashMap<>();
        besluit.put(BesluitMetadata.ACTOR, "bzk");
        besluit.put(BesluitMetadata.ROL, "BZK");
        besluit.put(BesluitMetadata.ORGANISATIE, "BZK");
        besluit.put(BesluitMetadata.GEREGISTREERD_OP, geregistreerd.toString());
        besluit.put(BesluitMetadata.INGANGSDATUM,
                geregistreerd.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(3).toString());
        besluit.put(BesluitMetadata.MOTIVERING, motivering);
        besluit.put(BesluitMetadata.BRON, bron);
        return MetaData.from(besluit);
    }
}
