package nl.regioregister.query.integriteit.verificatie;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys as PEM (PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public key), and signatures. */
public final class Sleutels {

    public static final String ALGORITME = "Ed25519";

    private Sleutels() {
    }

    public static String pem(PublicKey sleutel) {
        return pem("PUBLIC KEY", sleutel.getEncoded());
    }

    public static String pem(PrivateKey sleutel) {
        return pem("PRIVATE KEY", sleutel.getEncoded());
    }

    public static PublicKey publiekeSleutel(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITME).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("geen Ed25519 publieke sleutel (PEM, PUBLIC KEY): " + e.getMessage(), e);
        }
    }

    public static PrivateKey priveSleutel(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITME).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("geen Ed25519 private sleutel (PEM, PRIVATE KEY): " + e.getMessage(), e);
        }
    }

    /** The key's identifier: the first 8 bytes of the SHA-256 of its X.509 encoding, in hex. */
    public static String sleutelId(PublicKey sleutel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sleutel.getEncoded());
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] onderteken(PrivateKey sleutel, byte[] tekst) {
        try {
            Signature ed = Signature.getInstance(ALGORITME);
            ed.initSign(sleutel);
            ed.update(tekst);
            return ed.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ondertekenen met Ed25519 mislukt", e);
        }
    }

    public static boolean klopt(PublicKey sleutel, byte[] tekst, byte[] handtekening) {
        try {
            Signature ed = Signature.getInstance(ALGORITME);
            ed.initVerify(sleutel);
            ed.update(tekst);
            return ed.verify(handtekening);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String pem(String soort, byte[] der) {
        return "-----BEGIN " + soort + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + soort + "-----\n";
    }

    /** The DER of the first PEM block of this kind; a file may hold the private and the public key. */
    private static byte[] der(String pem, String soort) {
        String begin = "-----BEGIN " + soort + "-----";
        String einde = "-----END " + soort + "-----";
        int van = pem.indexOf(begin);
        int tot = van < 0 ? -1 : pem.indexOf(einde, van);
        if (tot < 0) {
            throw new IllegalArgumentException("geen blok " + begin);
        }
        return Base64.getDecoder().decode(pem.substring(van + begin.length(), tot).replaceAll("\\s", ""));
    }
}
