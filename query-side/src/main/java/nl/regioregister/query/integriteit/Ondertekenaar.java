package nl.regioregister.query.integriteit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The Ed25519 key that signs checkpoints, from {@code regioregister.integriteit.sleutelbestand}. */
@Component
class Ondertekenaar {

    private static final Logger LOG = LoggerFactory.getLogger(Ondertekenaar.class);

    record Sleutelpaar(PrivateKey prive, PublicKey publiek) {
    }

    private final Optional<Sleutelpaar> sleutel;

    Ondertekenaar(IntegriteitInstellingen instellingen) {
        this.sleutel = laad(instellingen);
    }

    Optional<PublicKey> publiekeSleutel() {
        return sleutel.map(Sleutelpaar::publiek);
    }

    Sleutelpaar sleutel() {
        return sleutel.orElseThrow(GeenOndertekensleutel::new);
    }

    private static Optional<Sleutelpaar> laad(IntegriteitInstellingen instellingen) {
        Path bestand = instellingen.sleutelbestand();
        if (bestand == null) {
            LOG.warn("Geen ondertekensleutel (regioregister.integriteit.sleutelbestand): de register houdt zijn "
                    + "Merkle-boom bij, maar tekent geen controlepunten.");
            return Optional.empty();
        }
        try {
            if (!Files.exists(bestand) && instellingen.ontwikkelsleutelAanmaken()) {
                maakOntwikkelsleutel(bestand);
            }
            String pem = Files.readString(bestand, StandardCharsets.US_ASCII);
            Sleutelpaar paar = new Sleutelpaar(Sleutels.priveSleutel(pem), Sleutels.publiekeSleutel(pem));
            byte[] proef = "proef".getBytes(StandardCharsets.US_ASCII);
            if (!Sleutels.klopt(paar.publiek(), proef, Sleutels.onderteken(paar.prive(), proef))) {
                throw new IllegalStateException("de publieke sleutel in " + bestand + " hoort niet bij de private");
            }
            LOG.info("Controlepunten worden getekend met Ed25519-sleutel {}", Sleutels.sleutelId(paar.publiek()));
            return Optional.of(paar);
        } catch (IOException e) {
            throw new UncheckedIOException("ondertekensleutel " + bestand + " niet leesbaar", e);
        }
    }

    private static void maakOntwikkelsleutel(Path bestand) throws IOException {
        KeyPair paar;
        try {
            paar = KeyPairGenerator.getInstance(Sleutels.ALGORITME).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 heeft Ed25519", e);
        }
        Path map = bestand.toAbsolutePath().getParent();
        Files.createDirectories(map);
        Path tijdelijk = Files.createTempFile(map, "ondertekensleutel", ".tmp");
        try {
            Files.setPosixFilePermissions(tijdelijk, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException geenPosix) {
            // Windows: the file keeps the directory's permissions.
        }
        Files.writeString(tijdelijk, Sleutels.pem(paar.getPrivate()) + Sleutels.pem(paar.getPublic()),
                StandardCharsets.US_ASCII);
        Files.move(tijdelijk, bestand, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("ONTWIKKELSLEUTEL: een nieuwe Ed25519-sleutel voor controlepunten is aangemaakt en bewaard in {}. "
                + "Alleen voor ontwikkeling: configureer buiten een ontwikkelmachine een eigen sleutel "
                + "(regioregister.integriteit.sleutelbestand) en publiceer de publieke sleutel.", bestand);
    }
}
