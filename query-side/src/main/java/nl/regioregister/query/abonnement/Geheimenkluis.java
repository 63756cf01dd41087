package nl.regioregister.query.abonnement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Keeps subscription secrets encrypted at rest (AES-256-GCM, key derived with PBKDF2 from the configured
 * {@code regioregister.abonnementen.kluissleutel}): a copy of the database does not let anyone sign deliveries.
 */
@Component
class Geheimenkluis {

    private final TextEncryptor versleutelaar;

    Geheimenkluis(@Value("${regioregister.abonnementen.kluissleutel:}") String sleutel,
                  @Value("${regioregister.abonnementen.kluiszout:526567696f72656769737465724b6c7569}") String zout) {
        if (sleutel.isBlank()) {
            throw new IllegalStateException("regioregister.abonnementen.kluissleutel ontbreekt: de sleutel waarmee de "
                    + "geheimen van abonnementen versleuteld worden bewaard (REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL)");
        }
        this.versleutelaar = Encryptors.delux(sleutel, zout);
    }

    String versleutel(String geheim) {
        return versleutelaar.encrypt(geheim);
    }

    String ontsleutel(String versleuteld) {
        return versleutelaar.decrypt(versleuteld);
    }
}
