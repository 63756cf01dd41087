package nl.regioregister.query.historie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import nl.regioregister.events.BesluitMetadata;
import java.util.List;
import nl.regioregister.query.platform.Bundeling;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwbaar;
import nl.regioregister.query.platform.Herbouwslot;
import nl.regioregister.query.platform.ProjectieStand;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

/**
 * Writes every event, of whatever type, as one decision of the audit history. It knows no event class: the region
 * is the payload's {@code regioId} when it has one, the accountability comes from the decision metadata. The rows of
 * a processor's batch are written in one batch of statements just before it commits ({@link Bundeling}).
 */
@Component
@ProcessingGroup(BesluitenhistorieProjectie.NAAM)
@Bundeling.Gebundeld
class BesluitenhistorieProjectie implements Herbouwbaar {

    static final String NAAM = "besluitenhistorie";

    private final BesluitenhistorieRepository besluiten;
    private final ProjectieStand stand;
    private final ObjectMapper json;
    private final Herbouwslot slot;
    private final Bundeling bundeling;

    BesluitenhistorieProjectie(BesluitenhistorieRepository besluiten, ProjectieStand stand, ObjectMapper json,
                               Herbouwslot slot, Bundeling bundeling) {
        this.besluiten = besluiten;
        this.stand = stand;
        this.json = json;
        this.slot = slot;
        this.bundeling = bundeling;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht) {
        long positie = EigenPositie.van(bericht);
        Bundeling.Rijen<Besluit> rijen = bundeling.buffer(NAAM, positie, () -> new Bundeling.Rijen<>(this::schrijf));
        rijen.neem(besluit(gebeurtenis, bericht, positie), positie);
        bundeling.klaar(NAAM, positie, rijen);
    }

    private void schrijf(List<Besluit> rijen, long hoogste) {
        slot.deel(NAAM);
        besluiten.voegToe(rijen, BesluitenhistorieRepository.TABEL);
        stand.bij(NAAM, hoogste);
    }

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public List<String> tabellen() {
        return List.of(BesluitenhistorieRepository.TABEL);
    }

    @Override
    public void pasToe(Object gebeurtenis, EventMessage<?> bericht, long positie, String achtervoegsel) {
        besluiten.voegToe(besluit(gebeurtenis, bericht, positie), BesluitenhistorieRepository.TABEL + achtervoegsel);
    }

    @Override
    public void pasToe(List<? extends EventMessage<?>> gebeurtenissen, String achtervoegsel) {
        besluiten.voegToe(gebeurtenissen.stream()
                .map(g -> besluit(g.getPayload(), g, EigenPositie.van(g))).toList(),
                BesluitenhistorieRepository.TABEL + achtervoegsel);
    }

    @ResetHandler
    void wis() {
        besluiten.wis();
        stand.wis(NAAM);
    }

    /** The decision an event records, at the event's own global index. */
    Besluit besluit(Object gebeurtenis, EventMessage<?> bericht, long positie) {
        JsonNode inhoud = json.valueToTree(gebeurtenis);
        JsonNode regioId = inhoud.path("regioId");
        Class<?> type = bericht.getPayloadType();
        Revision revisie = type.getAnnotation(Revision.class);
        DomainEventMessage<?> domein = bericht instanceof DomainEventMessage<?> d ? d : null;
        return new Besluit(
                positie,
                bericht.getIdentifier(),
                type.getSimpleName(),
                revisie == null ? null : revisie.value(),
                regioId.isTextual() ? regioId.asText() : null,
                domein == null ? null : domein.getAggregateIdentifier(),
                domein == null ? null : domein.getSequenceNumber(),
                metadata(bericht, BesluitMetadata.ACTOR),
                metadata(bericht, BesluitMetadata.ROL),
                metadata(bericht, BesluitMetadata.ORGANISATIE),
                gelezen(bericht, BesluitMetadata.GEREGISTREERD_OP, Instant::parse).orElse(bericht.getTimestamp()),
                gelezen(bericht, BesluitMetadata.INGANGSDATUM, LocalDate::parse).orElse(null),
                metadata(bericht, BesluitMetadata.MOTIVERING),
                metadata(bericht, BesluitMetadata.BRON),
                inhoud,
                metadata(bericht, BesluitMetadata.BESLUITORGAAN),
                metadata(bericht, BesluitMetadata.BESLUITORGAAN_NAAM),
                metadata(bericht, BesluitMetadata.NAMENS));
    }

    private static String metadata(EventMessage<?> bericht, String sleutel) {
        Object waarde = bericht.getMetaData().get(sleutel);
        return waarde == null ? null : waarde.toString();
    }

    /** A date in the metadata that cannot be read is kept out of its column; the payload still tells the story. */
    private static <T> Optional<T> gelezen(EventMessage<?> bericht, String sleutel, Function<String, T> lezer) {
        String waarde = metadata(bericht, sleutel);
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(lezer.apply(waarde));
        } catch (DateTimeParseException onleesbaar) {
            return Optional.empty();
        }
    }
}
