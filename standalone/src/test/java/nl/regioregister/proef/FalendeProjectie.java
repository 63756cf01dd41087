package nl.regioregister.proef;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A projection for tests only, outside the scanned packages (a test adds it to its own application): it fails on an
 * appointment of someone named "Faal..." for as long as {@link #FAALT} holds, the way a real projection fails, with a
 * statement the database refuses.
 */
@Component
@ProcessingGroup(FalendeProjectie.NAAM)
public class FalendeProjectie {

    public static final String NAAM = "falende-proef";
    public static final AtomicBoolean FAALT = new AtomicBoolean(true);
    /** "regioId:naam" of every appointment this projection processed. */
    public static final Set<String> VERWERKT = ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;

    public FalendeProjectie(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RijksvertegenwoordigerBenoemd benoemd) {
        // the name is personal data: the event names the person, the register of personal data holds the name
        String naam = jdbc.sql("SELECT naam FROM persoonsgegevens WHERE persoon_id = :id")
                .param("id", benoemd.persoonId()).query(String.class).optional().orElse(benoemd.persoonId());
        if (FAALT.get() && naam.startsWith("Faal")) {
            jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
        }
        VERWERKT.add(benoemd.regioId() + ":" + naam);
    }
}
