package nl.regioregister.query.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed table: one row per event at a dense position. Pages are read by keyset ({@code positie > :na ORDER BY
 * positie LIMIT n}), never by OFFSET, so a page costs the same at any depth.
 * <p>
 * Only the feed's single processor writes, one batch per transaction with its token, each row at the highest position
 * plus one: the rows visible to a reader are always exactly positions 1 to the highest visible one. A page therefore
 * reads up to the head it saw first, and an event committed later always lands after it.
 */
@Repository
public class FeedRepository {

    private final JdbcClient jdbc;

    public FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of events, and the position to continue after (past every row this page looked at). */
    public record Pagina(List<FeedRegel> regels, long volgende) {
    }

    /**
     * Stores an event at the next position; an event already in the feed (a replay) keeps its position and is not
     * stored again.
     *
     * @return whether it was stored
     */
    boolean voegToe(FeedRegel regel) {
        return voegToe(List.of(regel)) == 1;
    }

    /**
     * Stores events in the order given, each not yet in the feed at the next position, in one statement; as
     * {@link #voegToe(FeedRegel)} for each.
     *
     * @return how many were stored
     */
    int voegToe(List<FeedRegel> regels) {
        if (regels.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO feed_gebeurtenis (positie, gebeurtenis_id, type, basistype, onderwerp, regio_id,
                                                      geregistreerd_op, ingangsdatum, besluit_rol, besluit_organisatie,
                                                      besluit_bron, besluit_motivering, besluitorgaan,
                                                      besluitorgaan_naam, besluit_namens, data)
                        SELECT (SELECT COALESCE(MAX(positie), 0) FROM feed_gebeurtenis)
                                   + row_number() OVER (ORDER BY r.volgorde),
                               r.id, r.type, r.basistype, r.onderwerp, r.regio, r.op, r.ingang, r.rol, r.organisatie,
                               r.bron, r.motivering, r.besluitorgaan, r.besluitorgaan_naam, r.namens, r.data
                        FROM unnest(CAST(:id AS text[]), CAST(:type AS text[]), CAST(:basistype AS text[]),
                                    CAST(:onderwerp AS text[]), CAST(:regio AS text[]), CAST(:op AS timestamptz[]),
                                    CAST(:ingang AS date[]), CAST(:rol AS text[]), CAST(:organisatie AS text[]),
                                    CAST(:bron AS text[]), CAST(:motivering AS text[]),
                                    CAST(:besluitorgaan AS text[]), CAST(:besluitorgaanNaam AS text[]),
                                    CAST(:namens AS text[]), CAST(:data AS text[]))
                             WITH ORDINALITY AS r(id, type, basistype, onderwerp, regio, op, ingang, rol, organisatie,
                                                  bron, motivering, besluitorgaan, besluitorgaan_naam, namens, data,
                                                  volgorde)
                        WHERE NOT EXISTS (SELECT 1 FROM feed_gebeurtenis f WHERE f.gebeurtenis_id = r.id)
                        ORDER BY r.volgorde
                        ON CONFLICT (gebeurtenis_id) DO NOTHING""")
                .param("id", kolom(regels, FeedRegel::gebeurtenisId))
                .param("type", kolom(regels, FeedRegel::type))
                .param("basistype", kolom(regels, FeedRegel::basistype))
                .param("onderwerp", kolom(regels, FeedRegel::onderwerp))
                .param("regio", kolom(regels, FeedRegel::regioId))
                .param("op", kolom(regels, r -> r.geregistreerdOp().toString()))
                .param("ingang", kolom(regels, r -> r.ingangsdatum() == null ? null : r.ingangsdatum().toString()))
                .param("rol", kolom(regels, FeedRegel::besluitRol))
                .param("organisatie", kolom(regels, FeedRegel::besluitOrganisatie))
                .param("bron", kolom(regels, FeedRegel::besluitBron))
                .param("motivering", kolom(regels, FeedRegel::motivering))
                .param("besluitorgaan", kolom(regels, FeedRegel::besluitorgaan))
                .param("besluitorgaanNaam", kolom(regels, FeedRegel::besluitorgaanNaam))
                .param("namens", kolom(regels, FeedRegel::namens))
                .param("data", kolom(regels, FeedRegel::data))
                .update();
    }

    private static String[] kolom(List<FeedRegel> regels, java.util.function.Function<FeedRegel, String> waarde) {
        return regels.stream().map(waarde).toArray(String[]::new);
    }

    /** The highest position in the feed; 0 when it is empty. */
    public long kop() {
        return jdbc.sql("SELECT COALESCE(MAX(positie), 0) FROM feed_gebeurtenis").query(Long.class).single();
    }

    /**
     * Up to {@code limit} events after position {@code na} that pass the filter, in feed order. When the page is not
     * full, every event up to the head has been looked at, so the next page continues after the head: a selective
     * filter does not make a reader scan the same rows again.
     */
    public Pagina pagina(long na, FeedFilter filter, int limit) {
        long kop = kop();
        if (na >= kop) {
            return new Pagina(List.of(), na);
        }
        JdbcClient.StatementSpec vraag = jdbc.sql(paginavraag(filter)).param("na", na).param("kop", kop)
                .param("limit", limit);
        for (Map.Entry<String, Object> parameter : filterparameters(filter).entrySet()) {
            vraag = vraag.param(parameter.getKey(), parameter.getValue());
        }
        List<FeedRegel> regels = vraag.query(FeedRepository::regel).list();
        long volgende = regels.size() == limit ? regels.get(regels.size() - 1).positie() : kop;
        return new Pagina(regels, volgende);
    }

    /** The keyset query of a page: a range of the primary key (or of a filter's index), never OFFSET. */
    static String paginavraag(FeedFilter filter) {
        StringBuilder sql = new StringBuilder("""
                SELECT positie, gebeurtenis_id, type, onderwerp, regio_id, geregistreerd_op, ingangsdatum,
                       besluit_rol, besluit_organisatie, besluit_bron, besluit_motivering, besluitorgaan,
                       besluitorgaan_naam, besluit_namens, data
                FROM feed_gebeurtenis
                WHERE positie > :na AND positie <= :kop""");
        if (!filter.typen().isEmpty()) {
            sql.append(" AND (type = ANY(:typen) OR basistype = ANY(:typen))");
        }
        if (!filter.regios().isEmpty()) {
            sql.append(" AND regio_id = ANY(:regios)");
        }
        if (filter.ingangsdatumVanaf() != null) {
            sql.append(" AND ingangsdatum >= :vanaf");
        }
        if (filter.ingangsdatumTotEnMet() != null) {
            sql.append(" AND ingangsdatum <= :totEnMet");
        }
        return sql.append(" ORDER BY positie LIMIT :limit").toString();
    }

    static Map<String, Object> filterparameters(FeedFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!filter.typen().isEmpty()) {
            parameters.put("typen", filter.typen().toArray(String[]::new));
        }
        if (!filter.regios().isEmpty()) {
            parameters.put("regios", filter.regios().toArray(String[]::new));
        }
        if (filter.ingangsdatumVanaf() != null) {
            parameters.put("vanaf", filter.ingangsdatumVanaf());
        }
        if (filter.ingangsdatumTotEnMet() != null) {
            parameters.put("totEnMet", filter.ingangsdatumTotEnMet());
        }
        return parameters;
    }

    /** One event by position, whatever its type. */
    public Optional<FeedRegel> op(long positie) {
        return jdbc.sql("""
                        SELECT positie, gebeurtenis_id, type, onderwerp, regio_id, geregistreerd_op, ingangsdatum,
                               besluit_rol, besluit_organisatie, besluit_bron, besluit_motivering, besluitorgaan,
                               besluitorgaan_naam, besluit_namens, data
                        FROM feed_gebeurtenis WHERE positie = :positie""")
                .param("positie", positie).query(FeedRepository::regel).optional();
    }

    private static FeedRegel regel(ResultSet rs, int rij) throws SQLException {
        return new FeedRegel(rs.getLong("positie"), rs.getString("gebeurtenis_id"), rs.getString("type"),
                rs.getString("onderwerp"), rs.getString("regio_id"),
                rs.getTimestamp("geregistreerd_op").toInstant(), rs.getObject("ingangsdatum", LocalDate.class),
                rs.getString("besluit_rol"), rs.getString("besluit_organisatie"), rs.getString("besluit_bron"),
                rs.getString("besluit_motivering"), rs.getString("besluitorgaan"), rs.getString("besluitorgaan_naam"),
                rs.getString("besluit_namens"), rs.getString("data"));
    }
}
