package nl.regioregister.query.abonnement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.regioregister.query.platform.Aanmelding;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Keeps subscription secrets encrypted at rest (AES-256-GCM, key derived with PBKDF2 from a configured password and
 * salt): a copy of the database does not let anyone sign deliveries.
 * <p>
 * There is no built-in key and no built-in salt. Keys rotate: every ciphertext carries the id of the key that made it
 * ({@code <id>$<hex>}); new secrets are encrypted with the current key
 * ({@code regioregister.abonnementen.kluissleutel}, {@code kluiszout}, {@code kluissleutel-id}) and secrets made with
 * a previous key ({@code regioregister.abonnementen.vorige-kluissleutels}) stay readable, until
 * {@link AbonnementRepository#herversleutel()} has re-encrypted them with the current key. A ciphertext without an id
 * (stored before keys had ids) is tried with every key.
 */
@Component
class Geheimenkluis {

    static final String SLEUTEL = "regioregister.abonnementen.kluissleutel";
    static final String ZOUT = "regioregister.abonnementen.kluiszout";
    static final String SLEUTEL_ID = "regioregister.abonnementen.kluissleutel-id";
    static final String VORIGE = "regioregister.abonnementen.vorige-kluissleutels";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern ZOUT_HEX = Pattern.compile("(?:[0-9a-fA-F]{2}){8,}");

    /** One key: its id (stored with each ciphertext), the password and the hex salt PBKDF2 derives it from. */
    record Sleutel(String id, String sleutel, String zout) {
    }

    private final String huidige;
    private final Map<String, TextEncryptor> versleutelaars = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    Geheimenkluis(Environment omgeving) {
        this(sleutels(omgeving));
    }

    /** One key with id {@code 1}; for tests. */
    Geheimenkluis(String sleutel, String zout) {
        this(List.of(new Sleutel("1", sleutel, zout)));
    }

    /** The first key is the current one. */
    Geheimenkluis(List<Sleutel> sleutels) {
        for (Sleutel s : sleutels) {
            controleer(s);
            if (versleutelaars.putIfAbsent(s.id(), Encryptors.delux(s.sleutel(), s.zout())) != null) {
                throw new IllegalStateException(VORIGE + ": de sleutel-id " + s.id() + " komt twee keer voor");
            }
        }
        this.huidige = sleutels.get(0).id();
    }

    private static List<Sleutel> sleutels(Environment omgeving) {
        List<Sleutel> sleutels = new ArrayList<>();
        sleutels.add(new Sleutel(omgeving.getProperty(SLEUTEL_ID, "1"), omgeving.getProperty(SLEUTEL, ""),
                omgeving.getProperty(ZOUT, "")));
        sleutels.addAll(Binder.get(omgeving).bind(VORIGE, Bindable.listOf(Sleutel.class)).orElse(List.of()));
        return sleutels;
    }

    private static void controleer(Sleutel s) {
        if (s.sleutel() == null || s.sleutel().isBlank()) {
            throw new Aanmelding.OntbrekendeInstelling("REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTEL", SLEUTEL
                    + " ontbreekt: de sleutel waarmee de geheimen van abonnementen versleuteld worden bewaard");
        }
        if (s.zout() == null || !ZOUT_HEX.matcher(s.zout()).matches()) {
            throw new Aanmelding.OntbrekendeInstelling("REGIOREGISTER_ABONNEMENTEN_KLUISZOUT", ZOUT
                    + " ontbreekt of is geen hex van ten minste 8 bytes (bijvoorbeeld uit: openssl rand -hex 16)");
        }
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            throw new IllegalStateException(SLEUTEL_ID + " is geen geldige sleutel-id (letters, cijfers, . _ -; "
                    + "REGIOREGISTER_ABONNEMENTEN_KLUISSLEUTELID)");
        }
    }

    /**
     * Checks the key before any bean is created (a connection to the database included), so that a service without
     * it stops with the variable's name and not with whatever else fails first.
     */
    @Configuration(proxyBeanMethods = false)
    static class VoorafGecontroleerd {

        @Bean
        static BeanFactoryPostProcessor kluissleutelVereist(Environment omgeving) {
            return fabriek -> sleutels(omgeving).forEach(Geheimenkluis::controleer);
        }
    }

    String versleutel(String geheim) {
        return huidige + "$" + versleutelaars.get(huidige).encrypt(geheim);
    }

    String ontsleutel(String versleuteld) {
        int scheiding = versleuteld.indexOf('$');
        if (scheiding > 0) {
            String id = versleuteld.substring(0, scheiding);
            TextEncryptor versleutelaar = versleutelaars.get(id);
            if (versleutelaar == null) {
                throw new IllegalStateException("het geheim is versleuteld met sleutel " + id
                        + ", die niet is ingesteld (" + VORIGE + ")");
            }
            return versleutelaar.decrypt(versleuteld.substring(scheiding + 1));
        }
        IllegalStateException laatste = null;
        for (TextEncryptor versleutelaar : versleutelaars.values()) {
            try {
                return versleutelaar.decrypt(versleuteld);
            } catch (IllegalStateException | IllegalArgumentException e) {
                laatste = new IllegalStateException("het geheim is met geen van de ingestelde sleutels te lezen", e);
            }
        }
        throw laatste;
    }

    /** Whether this ciphertext was made with the current key. */
    boolean metHuidigeSleutel(String versleuteld) {
        return versleuteld.startsWith(huidige + "$");
    }
}
