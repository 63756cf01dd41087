package nl.regioregister.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.platform.Bedragen;
import org.springframework.stereotype.Component;

/**
 * Turns feed rows into CloudEvents 1.0 following the NL GOV profile for CloudEvents, with the official SDK:
 * <ul>
 *     <li>{@code source}: the configured URN, {@code type}: reverse-DNS with revision
 *     ({@code nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2}), {@code subject}: the object (aggregate id,
 *     e.g. the region), {@code time}: when the decision was recorded, {@code dataschema}: the type's schema URL;</li>
 *     <li>{@code sequence}: the feed position, zero-padded to 20 digits so that it orders lexicographically as the
 *     sequence extension requires;</li>
 *     <li>extensions {@code regio}, {@code ingangsdatum}, {@code besluitrol}, {@code besluitorganisatie},
 *     {@code besluitbron}: routing facts of the decision;</li>
 *     <li>extensions {@code besluitmotivering}, {@code besluitorgaan}, {@code besluitorgaannaam},
 *     {@code besluitnamens}: the grounds of the decision and the body that took it, on whose behalf, which a
 *     publisher under the Woo needs. Extensions rather than {@code data}, so that the event schemas keep their
 *     revisions.</li>
 * </ul>
 * Names of people stay inside {@code data}; who recorded a decision (the civil servant, {@code actor}) is never
 * published in the feed.
 */
@Component
public class CloudEvents {

    public static final String BATCH = "application/cloudevents-batch+json";
    public static final String ENKEL = "application/cloudevents+json";

    /** Extension attribute: the decision's grounds (Woo). */
    public static final String MOTIVERING = "besluitmotivering";
    /** Extension attribute: the kind of body that took the decision, e.g. {@code ALGEMEEN_BESTUUR}. */
    public static final String BESLUITORGAAN = "besluitorgaan";
    /** Extension attribute: that body's own name, e.g. "AB Regio Achterhoek". */
    public static final String BESLUITORGAAN_NAAM = "besluitorgaannaam";
    /** Extension attribute: on whose behalf the decision was taken, e.g. "de minister van BZK". */
    public static final String NAMENS = "besluitnamens";

    /** Serializes and parses CloudEvents (one, or a batch as a JSON array) with the SDK's Jackson module. */
    private static final ObjectMapper FORMAAT = JsonMapper.builder()
            .addModule(JsonFormat.getCloudEventJacksonModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final FeedInstellingen instellingen;
    private final Schemacatalogus schemas;

    public CloudEvents(FeedInstellingen instellingen, Schemacatalogus schemas) {
        this.instellingen = instellingen;
        this.schemas = schemas;
    }

    public CloudEvent van(FeedRegel regel) {
        return van(regel, schemas.basis());
    }

    /** The CloudEvent with its {@code dataschema} under the given public base URL of this service. */
    public CloudEvent van(FeedRegel regel, String basisUrl) {
        try {
            CloudEventBuilder event = CloudEventBuilder.v1()
                    .withId(regel.gebeurtenisId())
                    .withSource(URI.create(instellingen.bron()))
                    .withType(regel.type())
                    .withSubject(regel.onderwerp())
                    .withTime(regel.geregistreerdOp().atOffset(ZoneOffset.UTC))
                    .withDataSchema(schemas.schemaUrl(regel.type(), basisUrl))
                    .withDataContentType("application/json")
                    .withData(JsonCloudEventData.wrap(Bedragen.inCenten(FORMAAT.readTree(regel.data()))))
                    .withExtension("sequence", sequence(regel.positie()));
            extensie(event, "regio", regel.regioId());
            extensie(event, "ingangsdatum", regel.ingangsdatum() == null ? null : regel.ingangsdatum().toString());
            extensie(event, "besluitrol", regel.besluitRol());
            extensie(event, "besluitorganisatie", regel.besluitOrganisatie());
            extensie(event, "besluitbron", regel.besluitBron());
            extensie(event, MOTIVERING, regel.motivering());
            extensie(event, BESLUITORGAAN, regel.besluitorgaan());
            extensie(event, BESLUITORGAAN_NAAM, regel.besluitorgaanNaam());
            extensie(event, NAMENS, regel.namens());
            return event.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("De gegevens op positie " + regel.positie() + " zijn geen JSON", e);
        }
    }

    public static String sequence(long positie) {
        return String.format("%020d", positie);
    }

    /** CloudEvents JSON batch format: a JSON array of structured events. */
    public byte[] batch(List<FeedRegel> regels) {
        String basisUrl = schemas.basis();
        try {
            return FORMAAT.writeValueAsBytes(regels.stream().map(regel -> van(regel, basisUrl)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("De CloudEvents zijn niet te schrijven", e);
        }
    }

    /** CloudEvents JSON structured format: one event. */
    public byte[] enkel(FeedRegel regel) {
        return enkel(regel, schemas.basis());
    }

    public byte[] enkel(FeedRegel regel, String basisUrl) {
        return EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                .serialize(van(regel, basisUrl));
    }

    /** The public base URL of this service now, to be kept by work that continues outside the request. */
    public String basis() {
        return schemas.basis();
    }

    private static void extensie(CloudEventBuilder event, String naam, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            event.withExtension(naam, waarde);
        }
    }
}
