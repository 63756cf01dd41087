package nl.regioregister.query.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;

/** The accountability every event carries, read from its metadata. */
public record Besluit(String actor, String rol, String organisatie, Instant geregistreerdOp, LocalDate ingangsdatum,
                      String motivering, String bron) {

    public static Besluit uit(Map<String, ?> metadata) {
        return new Besluit(
                tekst(metadata, BesluitMetadata.ACTOR),
                tekst(metadata, BesluitMetadata.ROL),
                tekst(metadata, BesluitMetadata.ORGANISATIE),
                metadata.get(BesluitMetadata.GEREGISTREERD_OP) == null ? null
                        : Instant.parse(tekst(metadata, BesluitMetadata.GEREGISTREERD_OP)),
                metadata.get(BesluitMetadata.INGANGSDATUM) == null ? null
                        : LocalDate.parse(tekst(metadata, BesluitMetadata.INGANGSDATUM)),
                tekst(metadata, BesluitMetadata.MOTIVERING),
                tekst(metadata, BesluitMetadata.BRON));
    }

    private static String tekst(Map<String, ?> metadata, String sleutel) {
        Object waarde = metadata.get(sleutel);
        return waarde == null ? null : waarde.toString();
    }
}
