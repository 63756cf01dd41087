package nl.regioregister.query.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/** Events as the event store delivers them, with the decision metadata every event carries. */
public final class Gebeurtenissen {

    /** Configured like the services' mapper. */
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Gebeurtenissen() {
    }

    public static DomainEventMessage<RegioGeregistreerd> geregistreerd(String regioId, String naam) {
        return bericht(regioId, 0, new RegioGeregistreerd(regioId, naam, RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                List.of("Gelderland"), List.of("Doetinchem")), "2024-12-20");
    }

    public static DomainEventMessage<RijksvertegenwoordigerBenoemd> benoemd(String regioId, String persoonId,
                                                                           String ingangsdatum) {
        return bericht(regioId, 1, new RijksvertegenwoordigerBenoemd(regioId, persoonId, Departement.IENW),
                ingangsdatum);
    }

    /** An appointment decided by a named body on someone's behalf. */
    public static DomainEventMessage<RijksvertegenwoordigerBenoemd> benoemdDoor(String regioId, String naam,
                                                                               String ingangsdatum) {
        DomainEventMessage<RijksvertegenwoordigerBenoemd> bericht = benoemd(regioId, naam, ingangsdatum);
        return bericht.andMetaData(Map.of(
                BesluitMetadata.BESLUITORGAAN, "MINISTER",
                BesluitMetadata.BESLUITORGAAN_NAAM, "minister van BZK",
                BesluitMetadata.NAMENS, "de minister van BZK"));
    }

    private static <T> DomainEventMessage<T> bericht(String aggregaat, long volgnummer, T payload,
                                                     String ingangsdatum) {
        MetaData metadata = MetaData.from(Map.of(
                BesluitMetadata.ACTOR, "bzk",
                BesluitMetadata.ROL, "BZK",
                BesluitMetadata.ORGANISATIE, "BZK",
                BesluitMetadata.GEREGISTREERD_OP, "2025-03-10T09:30:00Z",
                BesluitMetadata.INGANGSDATUM, ingangsdatum,
                BesluitMetadata.MOTIVERING, "Voordracht stuurgroep",
                BesluitMetadata.BRON, "AB 5 maart 2025, agendapunt 3"));
        return new GenericDomainEventMessage<>("Regio", aggregaat, volgnummer, payload, metadata,
                UUID.randomUUID().toString(), Instant.parse("2025-03-10T09:30:01Z"));
    }
}
