package nl.regioregister.query.historie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.regioregister.query.persoon.Persoonsgegevens;
import nl.regioregister.query.platform.Bedragen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class BesluitenhistorieRepository {

    static final String TABEL = "besluit_historie";

    /** Rows fetched per round trip when exporting: the export never holds more than this in memory. */
    static final int EXPORT_FETCH_SIZE = 500;

    private static final String KOLOMMEN = """
            SELECT positie, gebeurtenis_id, type, revisie, regio_id, object_id, volgnummer, actor, rol, organisatie,
                   geregistreerd_op, ingangsdatum, motivering, bron, inhoud, besluitorgaan, besluitorgaan_naam, namens,
                   (SELECT jsonb_agg(jsonb_build_object(
                               'persoonId', p.persoon_id,
                               'naam', CASE WHEN p.gewist_op IS NULL THEN p.naam ELSE '%s' END,
                               'functie', p.functie,
                               'gewist', p.gewist_op IS NOT NULL) ORDER BY p.persoon_id)
                    FROM persoonsgegevens p
                    WHERE p.persoon_id IN (besluit_historie.inhoud ->> 'persoonId',
                                           besluit_historie.inhoud ->> 'ambtelijkTrekkerPersoonId')) AS personen
            FROM besluit_historie""".formatted(Persoonsgegevens.GEWIST);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final NamedParameterJdbcTemplate schrijver;
    private final TransactionTemplate leestransactie;
    private final ObjectMapper json;

    BesluitenhistorieRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transacties,
                                ObjectMapper json) {
        this.jdbc = jdbc;
        JdbcTemplate metFetchSize = new JdbcTemplate(dataSource);
        metFetchSize.setFetchSize(EXPORT_FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(metFetchSize);
        this.schrijver = new NamedParameterJdbcTemplate(dataSource);
        this.leestransactie = new TransactionTemplate(transacties);
        this.leestransactie.setReadOnly(true);
        this.json = json;
    }

    /** Records a decision at its event's own global index. Recording the same event again changes nothing. */
    void voegToe(Besluit besluit, String tabel) {
        voegToe(List.of(besluit), tabel);
    }

    /** Records decisions in one batch of statements; each as {@link #voegToe(Besluit, String)}. */
    void voegToe(List<Besluit> rijen, String tabel) {
        if (rijen.isEmpty()) {
            return;
        }
        schrijver.batchUpdate("INSERT INTO " + tabel + """
                         (positie, gebeurtenis_id, type, revisie, regio_id, object_id,
                            volgnummer, actor, rol, organisatie, geregistreerd_op, ingangsdatum, motivering, bron, inhoud,
                            besluitorgaan, besluitorgaan_naam, namens)
                        VALUES (:positie, :id, :type, :revisie, :regio, :object, :volgnummer, :actor, :rol, :organisatie,
                            :geregistreerdOp, :ingangsdatum, :motivering, :bron, CAST(:inhoud AS jsonb),
                            :besluitorgaan, :besluitorgaanNaam, :namens)
                        ON CONFLICT (gebeurtenis_id) DO NOTHING""",
                rijen.stream().map(besluit -> new MapSqlParameterSource()
                        .addValue("positie", besluit.positie())
                        .addValue("id", besluit.gebeurtenisId())
                        .addValue("type", besluit.type())
                        .addValue("revisie", besluit.revisie())
                        .addValue("regio", besluit.regioId())
                        .addValue("object", besluit.objectId())
                        .addValue("volgnummer", besluit.volgnummer())
                        .addValue("actor", besluit.actor())
                        .addValue("rol", besluit.rol())
                        .addValue("organisatie", besluit.organisatie())
                        .addValue("geregistreerdOp", utc(besluit.geregistreerdOp()))
                        .addValue("ingangsdatum", besluit.ingangsdatum())
                        .addValue("motivering", besluit.motivering())
                        .addValue("bron", besluit.bron())
                        .addValue("inhoud", besluit.inhoud().toString())
                        .addValue("besluitorgaan", besluit.besluitorgaan())
                        .addValue("besluitorgaanNaam", besluit.besluitorgaanNaam())
                        .addValue("namens", besluit.namens()))
                        .toArray(SqlParameterSource[]::new));
    }

    void wis() {
        jdbc.sql("DELETE FROM besluit_historie").update();
    }

    /** Up to {@code aantal} decisions older than position {@code na} (all when null), newest first. */
    List<Besluit> pagina(Besluitfilter filter, Long na, int aantal) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> voorwaarden = voorwaarden(filter, parameters);
        if (na != null) {
            voorwaarden.add("positie < :na");
            parameters.put("na", na);
        }
        parameters.put("aantal", aantal);
        return jdbc.sql(KOLOMMEN + waar(voorwaarden) + " ORDER BY positie DESC LIMIT :aantal")
                .params(parameters)
                .query(this::rij)
                .list();
    }

    Optional<Besluit> besluit(long positie) {
        return jdbc.sql(KOLOMMEN + " WHERE positie = :positie").param("positie", positie).query(this::rij)
                .optional();
    }

    /**
     * Hands every matching decision, oldest first, to {@code verwerker} while reading them through a database cursor
     * ({@value #EXPORT_FETCH_SIZE} rows at a time, in a read-only transaction as PostgreSQL requires for a cursor).
     */
    void elk(Besluitfilter filter, Consumer<Besluit> verwerker) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = KOLOMMEN + waar(voorwaarden(filter, parameters)) + " ORDER BY positie";
        leestransactie.executeWithoutResult(status ->
                cursor.query(sql, parameters, rs -> {
                    verwerker.accept(rij(rs, rs.getRow()));
                }));
    }

    private static List<String> voorwaarden(Besluitfilter filter, Map<String, Object> parameters) {
        List<String> voorwaarden = new ArrayList<>();
        voorwaarde(voorwaarden, parameters, "regio_id = :regio", "regio", filter.regio());
        if (!filter.typen().isEmpty()) {
            voorwaarden.add("type IN (:typen)");
            parameters.put("typen", filter.typen());
        }
        voorwaarde(voorwaarden, parameters, "actor = :actor", "actor", filter.actor());
        voorwaarde(voorwaarden, parameters, "organisatie = :organisatie", "organisatie", filter.organisatie());
        voorwaarde(voorwaarden, parameters, "geregistreerd_op >= :geregistreerdVanaf", "geregistreerdVanaf",
                utc(filter.geregistreerdVanaf()));
        voorwaarde(voorwaarden, parameters, "geregistreerd_op < :geregistreerdTot", "geregistreerdTot",
                utc(filter.geregistreerdTot()));
        voorwaarde(voorwaarden, parameters, "ingangsdatum >= :ingangsVanaf", "ingangsVanaf", filter.ingangsVanaf());
        voorwaarde(voorwaarden, parameters, "ingangsdatum < :ingangsTot", "ingangsTot", filter.ingangsTot());
        return voorwaarden;
    }

    private static void voorwaarde(List<String> voorwaarden, Map<String, Object> parameters, String sql, String naam,
                                   Object waarde) {
        if (waarde != null) {
            voorwaarden.add(sql);
            parameters.put(naam, waarde);
        }
    }

    private static String waar(List<String> voorwaarden) {
        return voorwaarden.isEmpty() ? "" : " WHERE " + String.join(" AND ", voorwaarden);
    }

    private static OffsetDateTime utc(Instant tijdstip) {
        return tijdstip == null ? null : tijdstip.atOffset(ZoneOffset.UTC);
    }

    private Besluit rij(ResultSet rs, int nummer) throws SQLException {
        return new Besluit(
                rs.getLong("positie"),
                rs.getString("gebeurtenis_id"),
                rs.getString("type"),
                rs.getString("revisie"),
                rs.getString("regio_id"),
                rs.getString("object_id"),
                rs.getObject("volgnummer", Long.class),
                rs.getString("actor"),
                rs.getString("rol"),
                rs.getString("organisatie"),
                rs.getObject("geregistreerd_op", OffsetDateTime.class).toInstant(),
                rs.getObject("ingangsdatum", LocalDate.class),
                rs.getString("motivering"),
                rs.getString("bron"),
                inhoud(rs.getString("inhoud")),
                rs.getString("besluitorgaan"),
                rs.getString("besluitorgaan_naam"),
                rs.getString("namens"),
                personen(rs.getString("personen")));
    }

    /** The people the decision names, joined in from the register of personal data as it is now. */
    private List<Persoonsgegevens.Persoon> personen(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        try {
            return json.readValue(tekst, PERSONEN);
        } catch (JsonProcessingException onleesbaar) {
            throw new IllegalStateException("de personen van een besluit zijn geen JSON", onleesbaar);
        }
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<Persoonsgegevens.Persoon>> PERSONEN =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private JsonNode inhoud(String tekst) {
        try {
            return Bedragen.inCenten(json.readTree(tekst));
        } catch (JsonProcessingException onleesbaar) {
            throw new IllegalStateException("de inhoud van een besluit is geen JSON", onleesbaar);
        }
    }
}
