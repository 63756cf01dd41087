package nl.regioregister.query.integriteit.verificatie;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;

/**
 * A signed checkpoint: the register's Merkle tree had {@code grootte} leaves with this root at this time (UTC,
 * ISO-8601). What is signed (Ed25519) is the checkpoint text, in the shape of a transparency-log checkpoint:
 * <pre>
 * regioregister.nl/integriteit/v1
 * &lt;grootte in decimal&gt;
 * &lt;root hash in base64&gt;
 * &lt;tijdstip&gt;
 * </pre>
 * each line ending in a newline. An auditor keeps checkpoints; a later one must extend an earlier one.
 */
public record Controlepunt(long grootte, byte[] wortel, String tijdstip, String sleutelId, byte[] handtekening) {

    public static final String HERKOMST = "regioregister.nl/integriteit/v1";

    public static String tekst(long grootte, byte[] wortel, String tijdstip) {
        return HERKOMST + "\n" + grootte + "\n" + Base64.getEncoder().encodeToString(wortel) + "\n" + tijdstip + "\n";
    }

    public String tekst() {
        return tekst(grootte, wortel, tijdstip);
    }

    public boolean ondertekendMet(PublicKey sleutel) {
        return handtekening != null && wortel != null
                && Sleutels.klopt(sleutel, tekst().getBytes(StandardCharsets.UTF_8), handtekening);
    }
}
