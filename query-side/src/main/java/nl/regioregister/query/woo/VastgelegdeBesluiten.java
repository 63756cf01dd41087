package nl.regioregister.query.woo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.regioregister.query.platform.Bedragen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the recorded decisions from the audit history's table ({@code besluit_historie}, written by the
 * besluitenhistorie projection), newest first by keyset, without the column of who recorded them: what the Woo
 * publication never shows is not even read. A decision that a later one revoked ({@code BesluitHerroepen}, rare)
 * names that revocation.
 */
@Repository
class VastgelegdeBesluiten {

    /** One recorded decision, as far as the Woo publication uses it. */
    record Vastgelegd(long positie, String gebeurtenisId, String type, String revisie, String regioId, String organisatie,
                      Instant geregistreerdOp, LocalDate ingangsdatum, String motivering, String bron, JsonNode inhoud,
                      String besluitorgaan, String besluitorgaanNaam, String namens, Long herroepenDoor) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    VastgelegdeBesluiten(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code aantal} decisions below position {@code na} (all when null), about one region when given. */
    List<Vastgelegd> pagina(String regio, Long na, int aantal) {
        return jdbc.sql("""
                        SELECT b.positie, b.gebeurtenis_id, b.type, b.revisie, b.regio_id, b.organisatie,
                               b.geregistreerd_op, b.ingangsdatum, b.motivering, b.bron, b.inhoud, b.besluitorgaan,
                               b.besluitorgaan_naam, b.namens,
                               (SELECT min(h.positie) FROM besluit_historie h
                                WHERE h.type = 'BesluitHerroepen'
                                  AND h.inhoud ->> 'positie' = CAST(b.positie AS TEXT)) AS herroepen_door
                        FROM besluit_historie b
                        WHERE (CAST(:regio AS VARCHAR) IS NULL OR b.regio_id = :regio)
                          AND (CAST(:na AS BIGINT) IS NULL OR b.positie < :na)
                        ORDER BY b.positie DESC
                        LIMIT :aantal""")
                .param("regio", regio)
                .param("na", na)
                .param("aantal", aantal)
                .query(this::rij)
                .list();
    }

    private Vastgelegd rij(ResultSet rs, int nummer) throws SQLException {
        return new Vastgelegd(
                rs.getLong("positie"),
                rs.getString("gebeurtenis_id"),
                rs.getString("type"),
                rs.getString("revisie"),
                rs.getString("regio_id"),
                rs.getString("organisatie"),
                rs.getObject("geregistreerd_op", OffsetDateTime.class).toInstant(),
                rs.getObject("ingangsdatum", LocalDate.class),
                rs.getString("motivering"),
                rs.getString("bron"),
                inhoud(rs.getString("inhoud")),
                rs.getString("besluitorgaan"),
                rs.getString("besluitorgaan_naam"),
                rs.getString("namens"),
                rs.getObject("herroepen_door", Long.class));
    }

    private JsonNode inhoud(String tekst) {
        try {
            return Bedragen.inCenten(json.readTree(tekst));
        } catch (JsonProcessingException onleesbaar) {
            throw new IllegalStateException("de inhoud van een besluit is geen JSON", onleesbaar);
        }
    }
}
