package nl.regioregister.command.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a decision as a command carrying its accountability: who, in which role, for which organisation, recorded
 * when, in effect from when, why, and on what source. Honours the HTTP headers {@code If-Match} (the version of the
 * object the client decided on) and {@code Idempotency-Key} (a retry has no second effect and gets the first answer).
 * The answer is formed from the events the decision itself appended ({@link Vastlegging}).
 */
@Component
public class Besluitvorming {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Idempotentie idempotentie;
    private final ObjectMapper json;

    public Besluitvorming(CommandGateway commandGateway, Clock clock, JdbcClient jdbc, Idempotentie idempotentie,
                          ObjectMapper json) {
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.jdbc = jdbc;
        this.idempotentie = idempotentie;
        this.json = json;
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
        if (gegevens.genomenDoor() != null) {
            metadata.put(BesluitMetadata.BESLUITORGAAN, gegevens.genomenDoor().soort().name());
            if (gegevens.genomenDoor().naam() != null && !gegevens.genomenDoor().naam().isBlank()) {
                metadata.put(BesluitMetadata.BESLUITORGAAN_NAAM, gegevens.genomenDoor().naam().strip());
            }
        }
        if (gegevens.namens() != null && !gegevens.namens().isBlank()) {
            metadata.put(BesluitMetadata.NAMENS, gegevens.namens().strip());
        }
        verwachteVersie().ifPresent(versie -> metadata.put(BesluitDoel.VERWACHTE_VERSIE, versie));
        metadata.put(Vastlegging.VRAAGT_ANTWOORD, id);

        Optional<String> sleutel = header(IDEMPOTENCY_KEY);
        if (sleutel.isEmpty()) {
            return verstuur(besluit, metadata);
        }
        String hash = vingerafdruk(besluit, gegevens);
        Optional<BesluitVastgelegd> eerder = eerderAntwoord(actor, sleutel.get(), hash);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        metadata.put(Idempotentie.SLEUTEL, sleutel.get());
        metadata.put(Idempotentie.VERZOEK_HASH, hash);
        metadata.put("aggregaatId", id);
        try {
            // The answer is stored with the key in the decision's own transaction.
            return verstuur(besluit, metadata);
        } catch (DataIntegrityViolationException gelijktijdig) {
            return eerderAntwoord(actor, sleutel.get(), hash).orElseThrow(() -> gelijktijdig);
        }
    }

    private BesluitVastgelegd verstuur(Object besluit, Map<String, Object> metadata) {
        Object resultaat = commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(besluit).andMetaData(metadata));
        return ((Vastlegging.Antwoord) resultaat).vastgelegd();
    }

    private Optional<BesluitVastgelegd> eerderAntwoord(String actor, String sleutel, String hash) {
        return idempotentie.eerder(actor, sleutel).map(eerder -> {
            if (!eerder.verzoekHash().equals(hash)) {
                throw new IdempotentieSleutelHergebruikt(sleutel);
            }
            return eerder.versie() == null
                    ? laatsteVanObject(eerder.aggregaatId())
                    : new BesluitVastgelegd(eerder.aggregaatId(), eerder.versie(), eerder.positie());
        });
    }

    private String vingerafdruk(Object besluit, BesluitGegevens gegevens) {
        try {
            byte[] inhoud = json.writeValueAsBytes(List.of(besluit.getClass().getName(), besluit, gegevens));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("vingerafdruk van het besluit mislukt", e);
        }
    }

    private static Optional<Long> verwachteVersie() {
        return header(IF_MATCH).map(waarde -> {
            String versie = waarde.strip().replace("W/", "").replace("\"", "");
            if (!versie.matches("\\d{1,18}")) {
                throw new OngeldigBesluit(List.of(IF_MATCH + ": de versie waarop u besloot is een geheel getal"));
            }
            return Long.valueOf(versie);
        });
    }

    private static Optional<String> header(String naam) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek)) {
            return Optional.empty();
        }
        String waarde = verzoek.getRequest().getHeader(naam);
        if (waarde == null) {
            return Optional.empty();
        }
        if (waarde.isBlank() || waarde.length() > 255) {
            throw new OngeldigBesluit(List.of(naam + ": een waarde van 1 tot 255 tekens"));
        }
        return Optional.of(waarde);
    }

    /**
     * Only for a key claimed before answers were stored with the claim, in the decision's own transaction: its answer
     * was never kept, so the object's latest event stands in for it.
     */
    private BesluitVastgelegd laatsteVanObject(String id) {
        return jdbc.sql("""
                        SELECT sequencenumber, globalindex FROM domainevententry
                        WHERE aggregateidentifier = :id ORDER BY sequencenumber DESC LIMIT 1""")
                .param("id", id)
                .query((rs, n) -> new BesluitVastgelegd(id, rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(new BesluitVastgelegd(id, -1, -1));
    }
}
