package nl.regioregister.command.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sends a decision as a command carrying its accountability: who, in which role, for which organisation, recorded
 * when, in effect from when, why, and on what source.
 */
@Component
public class Besluitvorming {

    private final CommandGateway commandGateway;
    private final Clock clock;
    private final JdbcClient jdbc;

    public Besluitvorming(CommandGateway commandGateway, Clock clock, JdbcClient jdbc) {
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public BesluitVastgelegd neem(String id, Object besluit, BesluitGegevens gegevens, Authentication wie) {
        Gebruiker gebruiker = Gebruiker.uit(wie);
        return neem(id, besluit, gegevens, gebruiker.gebruikersnaam(), gebruiker.rol(), gebruiker.organisatie());
    }

    public BesluitVastgelegd neem(String id, Object besluit, BesluitGegevens gegevens,
                                  String actor, String rol, String organisatie) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(BesluitMetadata.ACTOR, actor);
        metadata.put(BesluitMetadata.ROL, rol);
        metadata.put(BesluitMetadata.ORGANISATIE, organisatie);
        metadata.put(BesluitMetadata.GEREGISTREERD_OP, clock.instant().toString());
        LocalDate ingangsdatum = gegevens.ingangsdatum() != null
                ? gegevens.ingangsdatum()
                : LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
        metadata.put(BesluitMetadata.INGANGSDATUM, ingangsdatum.toString());
        metadata.put(BesluitMetadata.MOTIVERING, gegevens.motivering().strip());
        metadata.put(BesluitMetadata.BRON, gegevens.bron().strip());
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(besluit).andMetaData(metadata));
        return vastgelegd(id);
    }

    private BesluitVastgelegd vastgelegd(String id) {
        return jdbc.sql("""
                        SELECT sequencenumber, globalindex FROM domainevententry
                        WHERE aggregateidentifier = :id ORDER BY sequencenumber DESC LIMIT 1""")
                .param("id", id)
                .query((rs, n) -> new BesluitVastgelegd(id, rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(new BesluitVastgelegd(id, -1, -1));
    }
}
