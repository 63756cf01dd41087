package nl.regioregister.query.abonnement;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing as the Standard Webhooks specification prescribes: the secret is {@code whsec_} followed by the base64 of
 * 24 to 64 random bytes; the signature is {@code v1,} followed by the base64 of HMAC-SHA256 with those bytes over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class Handtekening {

    static final String PREFIX = "whsec_";

    private Handtekening() {
    }

    /** The key bytes of a secret, or an explanation of why it is not a valid Standard Webhooks secret. */
    static byte[] sleutel(String geheim) {
        if (geheim == null || !geheim.startsWith(PREFIX)) {
            throw new IllegalArgumentException("een geheim begint met " + PREFIX);
        }
        byte[] sleutel;
        try {
            sleutel = Base64.getDecoder().decode(geheim.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("na " + PREFIX + " volgt base64");
        }
        if (sleutel.length < 24 || sleutel.length > 64) {
            throw new IllegalArgumentException("een geheim is 24 tot 64 bytes (base64-gecodeerd)");
        }
        return sleutel;
    }

    static String onderteken(String geheim, String webhookId, long tijdstip, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel(geheim), "HmacSHA256"));
            mac.update((webhookId + "." + tijdstip + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }

    /** Stable per event and subscription, on every attempt: the subscriber de-duplicates on it. */
    static String webhookId(UUID abonnement, String gebeurtenisId) {
        return "msg_" + UUID.nameUUIDFromBytes((abonnement + "/" + gebeurtenisId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }
}
