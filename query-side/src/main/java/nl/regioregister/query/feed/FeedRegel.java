package nl.regioregister.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.EventType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * One event as the feed publishes it, for any event type: its dense feed position, the published type, the object it
 * is about and its region, the recording time, the decision metadata that is not personal data (the grounds and the
 * deciding body included, never who recorded it), and the event's JSON.
 *
 * @param positie            dense position in the feed, assigned in commit order of the feed's single processor
 * @param gebeurtenisId      the event's identifier in the event store, stable forever (the CloudEvents {@code id})
 * @param onderwerp          the object the event is about: the aggregate id, e.g. {@code achterhoek} or
 *                           {@code motie:29697-169}
 * @param regioId            the region, when the event names one ({@code regioId} of the payload)
 * @param geregistreerdOp    when the decision was recorded
 * @param ingangsdatum       when the decision took effect
 * @param besluitRol         the role in which it was decided (BZK, REGIO)
 * @param besluitOrganisatie on whose behalf (BZK, a department, a region id)
 * @param besluitBron        the source document, e.g. "AB 5 maart 2025, agendapunt 3"
 * @param motivering         the decision's grounds as the recorder gave them
 * @param besluitorgaan      the kind of body that took it, a {@link nl.regioregister.events.Besluitorgaan} name
 * @param besluitorgaanNaam  that body's own name, e.g. "AB Regio Achterhoek"
 * @param namens             on whose behalf it was taken, e.g. "de minister van BZK"
 * @param data               the event's JSON, exactly as its pinned shape
 */
public record FeedRegel(long positie, String gebeurtenisId, String type, String onderwerp, String regioId,
                 Instant geregistreerdOp, LocalDate ingangsdatum, String besluitRol, String besluitOrganisatie,
                 String besluitBron, String motivering, String besluitorgaan, String besluitorgaanNaam,
                 String namens, String data) {

    /** The feed's view of any event; its position is assigned when it is stored. */
    static FeedRegel uit(EventMessage<?> bericht, ObjectMapper json) {
        Object payload = bericht.getPayload();
        JsonNode data = json.valueToTree(payload);
        MetaData metadata = bericht.getMetaData();
        String regioId = data.path("regioId").isTextual() ? data.path("regioId").asText() : null;
        String onderwerp = bericht instanceof DomainEventMessage<?> domein ? domein.getAggregateIdentifier()
                : regioId != null ? regioId : bericht.getIdentifier();
        Object geregistreerd = metadata.get(BesluitMetadata.GEREGISTREERD_OP);
        Object ingang = metadata.get(BesluitMetadata.INGANGSDATUM);
        try {
            return new FeedRegel(0, bericht.getIdentifier(), EventType.van(payload.getClass()), onderwerp, regioId,
                    geregistreerd == null ? bericht.getTimestamp() : Instant.parse(geregistreerd.toString()),
                    ingang == null ? null : LocalDate.parse(ingang.toString()),
                    tekst(metadata, BesluitMetadata.ROL), tekst(metadata, BesluitMetadata.ORGANISATIE),
                    tekst(metadata, BesluitMetadata.BRON), tekst(metadata, BesluitMetadata.MOTIVERING),
                    tekst(metadata, BesluitMetadata.BESLUITORGAAN), tekst(metadata, BesluitMetadata.BESLUITORGAAN_NAAM),
                    tekst(metadata, BesluitMetadata.NAMENS), json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("De gebeurtenis " + bericht.getIdentifier() + " is niet als JSON te"
                    + " schrijven", e);
        }
    }

    public String basistype() {
        return EventType.basis(type);
    }

    FeedRegel op(long nieuwePositie) {
        return new FeedRegel(nieuwePositie, gebeurtenisId, type, onderwerp, regioId, geregistreerdOp, ingangsdatum,
                besluitRol, besluitOrganisatie, besluitBron, motivering, besluitorgaan, besluitorgaanNaam, namens, data);
    }

    private static String tekst(MetaData metadata, String sleutel) {
        Object waarde = metadata.get(sleutel);
        return waarde == null ? null : waarde.toString();
    }
}
