package nl.regioregister.query.integriteit.verificatie;

import java.util.List;

/**
 * The file set an auditor takes away, as a zip: {@value #OMSCHRIJVING} (scope, the checkpoint it is proven against
 * and consistency proofs from every earlier checkpoint), {@value #GEBEURTENISSEN} (one leaf per line, in leaf order,
 * each event as stored with its inclusion proof), {@value #CONTROLEPUNT} (the signed checkpoint, to keep) and
 * {@value #PUBLIEKE_SLEUTEL}. Byte arrays are base64 in the JSON.
 */
public final class Export {

    public static final String FORMAAT = "regioregister-integriteit-export-v1";
    public static final String OMSCHRIJVING = "export.json";
    public static final String GEBEURTENISSEN = "gebeurtenissen.jsonl";
    public static final String CONTROLEPUNT = "controlepunt.json";
    public static final String PUBLIEKE_SLEUTEL = "publieke-sleutel.pem";

    /** The whole register, or one region's events (those whose payload names it as {@code regioId}). */
    public enum Omvang { REGISTER, REGIO }

    public record Omschrijving(String formaat, Omvang omvang, String regio, long aantal, Controlepunt controlepunt,
            List<Consistentiebewijs> consistentiebewijzen) {
    }

    /** PROOF(van, D[0:tot]) of RFC 9162. */
    public record Consistentiebewijs(long van, long tot, List<byte[]> bewijs) {
    }

    /**
     * A leaf of the tree and the event the event store holds at its global index. {@code ontbreekt} when the store
     * holds no event there any more; {@code bladGebeurtenisId} is the event the leaf was made of.
     */
    public record Regel(long blad, long globaleIndex, String bladGebeurtenisId, boolean ontbreekt,
            String gebeurtenisId, String aggregaatId, Long volgnummer, String aggregaattype, String payloadtype,
            String payloadrevisie, byte[] payload, byte[] metadata, String tijdstip, List<byte[]> inclusiebewijs) {

        public Gebeurtenisblad gebeurtenis() {
            return new Gebeurtenisblad(globaleIndex, gebeurtenisId, aggregaatId, volgnummer == null ? -1 : volgnummer,
                    aggregaattype, payloadtype, payloadrevisie, payload, metadata, tijdstip);
        }
    }

    private Export() {
    }
}
