package nl.regioregister.standalone.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
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
        for (int i = 0; i < aantal; i++) {
            batch.add(gebeurtenis(i));
            if (batch.size() == BATCH || i == aantal - 1) {
                eventStore.publish(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    private DomainEventMessage<?> gebeurtenis(int i) {
        String regio = REGIOS.get(i % REGIOS.size());
        Instant geregistreerd = EERSTE_REGISTRATIE.plus(Duration.ofMinutes(5L * i));
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
