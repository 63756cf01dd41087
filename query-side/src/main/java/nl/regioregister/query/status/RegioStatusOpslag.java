package nl.regioregister.query.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the region status documents per generation, always inside the caller's transaction. */
@Repository
class RegioStatusOpslag {

    static final String PROJECTIE = "regio-status";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RegioStatusOpslag(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Live updates share this lock (Herbouwslot, once per batch); the switch to a rebuilt generation takes it alone. */
    void neemGeneratieSlotExclusief() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:p))").param("p", PROJECTIE).query().singleRow();
    }

    int actieveGeneratie() {
        return jdbc.sql("SELECT actief FROM projectie_generatie WHERE projectie = :p").param("p", PROJECTIE)
                .query(Integer.class).single();
    }

    void indexeer(String regioId, long positie, Instant geregistreerdOp, LocalDate ingangsdatum, Object gebeurtenis) {
        jdbc.sql("""
                        INSERT INTO regio_gebeurtenis (regio_id, positie, geregistreerd_op, ingangsdatum, herroept)
                        VALUES (:regio, :positie, :op, :ingang, :herroept)
                        ON CONFLICT (regio_id, positie) DO UPDATE SET herroept = EXCLUDED.herroept
                            WHERE regio_gebeurtenis.herroept IS NULL AND EXCLUDED.herroept IS NOT NULL""")
                .param("regio", regioId).param("positie", positie)
                .param("op", Timestamp.from(geregistreerdOp)).param("ingang", ingangsdatum)
                .param("herroept", RegioStatusBerekening.herroept(gebeurtenis).orElse(null))
                .update();
    }

    /** Marks the event as folded into the generation; false when it already was. */
    boolean markeerToegepast(int generatie, long positie) {
        return jdbc.sql("""
                        INSERT INTO regio_status_toegepast (generatie, positie) VALUES (:g, :p)
                        ON CONFLICT DO NOTHING""")
                .param("g", generatie).param("p", positie).update() == 1;
    }

    /** A decision of a region as the index holds it. */
    record Indexregel(String regioId, long positie, Instant geregistreerdOp, LocalDate ingangsdatum, Long herroept) {
    }

    /** Indexes the decisions of a batch in one round trip; as {@link #indexeer} for each. */
    void indexeer(List<Indexregel> regels) {
        if (regels.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO regio_gebeurtenis (regio_id, positie, geregistreerd_op, ingangsdatum, herroept)
                        SELECT * FROM unnest(CAST(:regio AS text[]), CAST(:positie AS bigint[]),
                                             CAST(:op AS timestamptz[]), CAST(:ingang AS date[]),
                                             CAST(:herroept AS bigint[]))
                        ON CONFLICT (regio_id, positie) DO UPDATE SET herroept = EXCLUDED.herroept
                            WHERE regio_gebeurtenis.herroept IS NULL AND EXCLUDED.herroept IS NOT NULL""")
                .param("regio", regels.stream().map(Indexregel::regioId).toArray(String[]::new))
                .param("positie", regels.stream().map(Indexregel::positie).toArray(Long[]::new))
                .param("op", regels.stream().map(r -> r.geregistreerdOp().toString()).toArray(String[]::new))
                .param("ingang", regels.stream().map(r -> r.ingangsdatum().toString()).toArray(String[]::new))
                .param("herroept", regels.stream().map(Indexregel::herroept).toArray(Long[]::new))
                .update();
    }

    /** Marks the events as folded into the generation in one round trip; answers those that were not yet. */
    Set<Long> markeerToegepast(int generatie, List<Long> posities) {
        if (posities.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO regio_status_toegepast (generatie, positie)
                        SELECT :g, p FROM unnest(CAST(:p AS bigint[])) AS p
                        ON CONFLICT DO NOTHING RETURNING positie""")
                .param("g", generatie).param("p", posities.toArray(Long[]::new))
                .query(Long.class).list());
    }

    /** The documents of the regions that have one, in one round trip. */
    Map<String, RegioStatus> lees(int generatie, Collection<String> regios) {
        Map<String, RegioStatus> perRegio = new HashMap<>();
        jdbc.sql("SELECT regio_id, document FROM regio_status WHERE generatie = :g AND regio_id = ANY(:r)")
                .param("g", generatie).param("r", regios.toArray(String[]::new))
                .query(rs -> {
                    perRegio.put(rs.getString("regio_id"), document(rs.getString("document")));
                });
        return perRegio;
    }

    /** Writes the documents of a batch in one round trip. */
    void schrijf(int generatie, Map<String, RegioStatus> documenten) {
        if (documenten.isEmpty()) {
            return;
        }
        List<String> regios = List.copyOf(documenten.keySet());
        jdbc.sql("""
                        INSERT INTO regio_status (generatie, regio_id, document, positie)
                        SELECT :g, r, CAST(d AS jsonb), p
                        FROM unnest(CAST(:r AS text[]), CAST(:d AS text[]), CAST(:p AS bigint[])) AS t(r, d, p)
                        ON CONFLICT (generatie, regio_id) DO UPDATE SET document = EXCLUDED.document,
                                                                       positie = EXCLUDED.positie""")
                .param("g", generatie).param("r", regios.toArray(String[]::new))
                .param("d", regios.stream().map(r -> tekst(documenten.get(r))).toArray(String[]::new))
                .param("p", regios.stream().map(r -> documenten.get(r).positie).toArray(Long[]::new))
                .update();
    }

    Optional<RegioStatus> lees(int generatie, String regioId) {
        return jdbc.sql("SELECT document FROM regio_status WHERE generatie = :g AND regio_id = :r")
                .param("g", generatie).param("r", regioId)
                .query(String.class).optional().map(this::document);
    }

    /** Every region's document by its id, also of a region whose registration takes effect later. */
    java.util.Map<String, RegioStatus> allePerRegio(int generatie) {
        java.util.Map<String, RegioStatus> perRegio = new java.util.TreeMap<>();
        jdbc.sql("SELECT regio_id, document FROM regio_status WHERE generatie = :g")
                .param("g", generatie)
                .query(rs -> {
                    perRegio.put(rs.getString("regio_id"), document(rs.getString("document")));
                });
        return perRegio;
    }

    void schrijf(int generatie, String regioId, RegioStatus status) {
        jdbc.sql("""
                        INSERT INTO regio_status (generatie, regio_id, document, positie)
                        VALUES (:g, :r, CAST(:d AS jsonb), :p)
                        ON CONFLICT (generatie, regio_id) DO UPDATE SET document = EXCLUDED.document,
                                                                       positie = EXCLUDED.positie""")
                .param("g", generatie).param("r", regioId).param("d", tekst(status)).param("p", status.positie)
                .update();
    }

    void wisGeneratie(int generatie) {
        jdbc.sql("DELETE FROM regio_status WHERE generatie = :g").param("g", generatie).update();
        jdbc.sql("DELETE FROM regio_status_toegepast WHERE generatie = :g").param("g", generatie).update();
    }

    private RegioStatus document(String tekst) {
        try {
            return json.readValue(tekst, RegioStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("onleesbaar regio-statusdocument", e);
        }
    }

    private String tekst(RegioStatus status) {
        try {
            return json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("regio-status niet te schrijven", e);
        }
    }
}
