package nl.regioregister.query.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;

/**
 * The accountability every event carries, read from its metadata; {@code besluitorgaan} and {@code namens} only when
 * the recorder gave them.
 */
public record Besluit(String actor, String rol, String organisatie, Instant geregistreerdOp, LocalDate ingangsdatum,
                      String motivering, String bron, String besluitorgaan, String besluitorgaanNaam, String namens) {

    public Besluit(String actor, String rol, String organisatie, Instant geregistreerdOp, LocalDate ingangsdatum,
                   String motivering, String bron) {
        this(actor, rol, organisatie, geregistreerdOp, ingangsdatum, motivering, bron, null, null, null);
    }

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
                tekst(metadata, BesluitMetadata.BRON),
                tekst(metadata, BesluitMetadata.BESLUITORGAAN),
                tekst(metadata, BesluitMetadata.BESLUITORGAAN_NAAM),
                tekst(metadata, BesluitMetadata.NAMENS));
    }

    /** Who took the decision, as shown next to an akkoord: the body's name, else its kind, else the recorder. */
    public String genomenDoor() {
        if (besluitorgaanNaam != null) {
            return namens == null ? besluitorgaanNaam : besluitorgaanNaam + " namens " + namens;
        }
        if (besluitorgaan != null) {
            return namens == null ? besluitorgaan : besluitorgaan + " namens " + namens;
        }
        return namens == null ? actor : actor + " namens " + namens;
    }

    private static String tekst(Map<String, ?> metadata, String sleutel) {
        Object waarde = metadata.get(sleutel);
        return waarde == null ? null : waarde.toString();
    }
}
