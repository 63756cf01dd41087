package nl.regioregister.query.integriteit.verificatie;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One stored event as a leaf of the register's Merkle tree, exactly as the event store holds it: the payload and
 * metadata as their stored bytes (never re-serialised, so that what is proven is what is stored).
 * <p>
 * The canonical encoding, version 1, is the concatenation of these fields, each as a 4-byte big-endian length
 * followed by that many bytes, or the length {@code -1} ({@code FF FF FF FF}) and no bytes for an absent value:
 * <ol>
 * <li>the format tag {@code regioregister-gebeurtenis-v1} (ASCII)</li>
 * <li>the global index, in decimal ASCII: the leaf's place in the global order</li>
 * <li>the event identifier (UTF-8)</li>
 * <li>the aggregate identifier (UTF-8)</li>
 * <li>the sequence number within the aggregate, in decimal ASCII</li>
 * <li>the aggregate type (UTF-8, may be absent)</li>
 * <li>the payload type (UTF-8)</li>
 * <li>the payload revision (UTF-8, may be absent)</li>
 * <li>the payload, its stored bytes (JSON)</li>
 * <li>the metadata, its stored bytes (JSON, may be absent)</li>
 * <li>the timestamp, its stored text (ISO-8601, UTF-8)</li>
 * </ol>
 * The length prefixes make the encoding unambiguous without escaping; the leaf hash is RFC 9162's
 * {@code SHA-256(0x00 || encoding)}.
 */
public record Gebeurtenisblad(long globaleIndex, String gebeurtenisId, String aggregaatId, long volgnummer,
        String aggregaattype, String payloadtype, String payloadrevisie, byte[] payload, byte[] metadata,
        String tijdstip) {

    public static final String FORMAAT = "regioregister-gebeurtenis-v1";

    public byte[] canoniek() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(256 + payload.length
                + (metadata == null ? 0 : metadata.length));
        veld(uit, tekst(FORMAAT));
        veld(uit, tekst(Long.toString(globaleIndex)));
        veld(uit, tekst(gebeurtenisId));
        veld(uit, tekst(aggregaatId));
        veld(uit, tekst(Long.toString(volgnummer)));
        veld(uit, tekst(aggregaattype));
        veld(uit, tekst(payloadtype));
        veld(uit, tekst(payloadrevisie));
        veld(uit, payload);
        veld(uit, metadata);
        veld(uit, tekst(tijdstip));
        return uit.toByteArray();
    }

    public byte[] bladHash() {
        return Merkleboom.bladHash(canoniek());
    }

    private static byte[] tekst(String waarde) {
        return waarde == null ? null : waarde.getBytes(StandardCharsets.UTF_8);
    }

    private static void veld(ByteArrayOutputStream uit, byte[] waarde) {
        uit.writeBytes(ByteBuffer.allocate(4).putInt(waarde == null ? -1 : waarde.length).array());
        if (waarde != null) {
            uit.writeBytes(waarde);
        }
    }
}
