package nl.regioregister.query.integriteit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sleutelbestand            PEM file with the Ed25519 private key (PKCS#8, "PRIVATE KEY") followed by its public
 *                                  key ("PUBLIC KEY"); without one no checkpoint is signed
 * @param ontwikkelsleutelAanmaken  development only: create and keep such a file when it does not exist
 * @param schrijfinterval           how often the tree takes in new events
 * @param controlepuntinterval      how often a checkpoint is signed when the tree has grown
 */
@ConfigurationProperties("regioregister.integriteit")
record IntegriteitInstellingen(Path sleutelbestand, boolean ontwikkelsleutelAanmaken, Duration schrijfinterval,
        Duration controlepuntinterval) {

    IntegriteitInstellingen {
        schrijfinterval = schrijfinterval == null ? Duration.ofMillis(500) : schrijfinterval;
        controlepuntinterval = controlepuntinterval == null ? Duration.ofMinutes(10) : controlepuntinterval;
    }
}
