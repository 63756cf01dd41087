package nl.regioregister.command;

import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import org.axonframework.messaging.MetaData;

/** Decision metadata as the command side attaches it, for given-when-then tests. */
public final class Besluiten {

    private Besluiten() {
    }

    public static MetaData doorBzk() {
        return door("bzk", "BZK", "BZK");
    }

    public static MetaData doorRegio(String regioId) {
        return door(regioId + "-medewerker", "REGIO", regioId);
    }

    public static MetaData door(String actor, String rol, String organisatie) {
        return MetaData.from(Map.of(
                BesluitMetadata.ACTOR, actor,
                BesluitMetadata.ROL, rol,
                BesluitMetadata.ORGANISATIE, organisatie,
                BesluitMetadata.GEREGISTREERD_OP, "2025-03-10T09:00:00Z",
                BesluitMetadata.INGANGSDATUM, "2025-03-05",
                BesluitMetadata.MOTIVERING, "Besluit van het algemeen bestuur",
                BesluitMetadata.BRON, "AB 5 maart 2025, agendapunt 3"));
    }
}
