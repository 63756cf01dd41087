package nl.regioregister.query.beheer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioregister.query.platform.NietGevonden;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dead-letter queues of the processing groups. An event a projection fails on waits there, with the events of
 * the same object after it, while the processor and every other projection go on.
 * <p>
 * The letters are listed from the table itself, without deserializing them: a letter whose event can no longer be
 * read is exactly one an operator must be able to see.
 */
@Component
class DodeBrieven {

    private final EventProcessingConfiguration verwerking;
    private final JdbcClient jdbc;

    DodeBrieven(EventProcessingConfiguration verwerking, JdbcClient jdbc) {
        this.verwerking = verwerking;
        this.jdbc = jdbc;
    }

    /** The processing groups that have a dead-letter queue, by name. */
    List<String> groepen() {
        return verwerking.eventProcessors().keySet().stream()
                .filter(groep -> verwerking.deadLetterQueue(groep).isPresent())
                .sorted()
                .toList();
    }

    DodeBrief.Overzicht overzicht(int perGroep) {
        return new DodeBrief.Overzicht(groepen().stream().map(groep -> groep(groep, perGroep)).toList());
    }

    private DodeBrief.Groep groep(String groep, int perGroep) {
        long aantal = jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = :groep")
                .param("groep", groep).query(Long.class).single();
        List<DodeBrief.Brief> brieven = jdbc.sql("""
                        SELECT deadletteridentifier, sequenceidentifier, sequenceindex, eventidentifier, payloadtype,
                               aggregateidentifier, enqueuedat, lasttouched, causetype, causemessage
                        FROM deadletterentry WHERE processinggroup = :groep
                        ORDER BY enqueuedat, sequenceidentifier, sequenceindex LIMIT :aantal""")
                .param("groep", groep)
                .param("aantal", perGroep)
                .query((rs, rij) -> new DodeBrief.Brief(
                        rs.getString("deadletteridentifier"),
                        rs.getString("sequenceidentifier"),
                        rs.getLong("sequenceindex"),
                        rs.getString("eventidentifier"),
                        eenvoudigeNaam(rs.getString("payloadtype")),
                        rs.getString("aggregateidentifier"),
                        tijdstip(rs.getString("enqueuedat")),
                        tijdstip(rs.getString("lasttouched")),
                        rs.getString("causetype"),
                        rs.getString("causemessage")))
                .list();
        return new DodeBrief.Groep(groep, aantal, brieven);
    }

    /**
     * Offers every waiting sequence of the group once more to its projection. A sequence whose first letter fails
     * again stays, its cause updated; a sequence that succeeds leaves the queue.
     */
    DodeBrief.Herverwerking verwerkOpnieuw(String groep) {
        SequencedDeadLetterQueue<EventMessage<?>> wachtrij = verwerking.deadLetterQueue(groep)
                .orElseThrow(() -> new NietGevonden("De processing group " + groep + " met een dead-letter queue"));
        SequencedDeadLetterProcessor<EventMessage<?>> verwerker = verwerking.sequencedDeadLetterProcessor(groep)
                .orElseThrow(() -> new NietGevonden("De verwerker van de dode brieven van " + groep));
        long voor = wachtrij.size();
        long reeksen = wachtrij.amountOfSequences();
        int gelukt = 0;
        for (long poging = 0; poging < reeksen; poging++) {
            if (verwerker.processAny()) {
                gelukt++;
            }
        }
        long na = wachtrij.size();
        return new DodeBrief.Herverwerking(groep, gelukt, Math.max(0, voor - na), na);
    }

    private static String eenvoudigeNaam(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static Instant tijdstip(String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Instant.parse(tekst);
        } catch (DateTimeParseException onleesbaar) {
            return null;
        }
    }
}
