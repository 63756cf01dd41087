package nl.regioregister.query.integriteit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tree's leaves, state and checkpoints in PostgreSQL, and the stored events they are made of. */
@Repository
class Boomopslag {

    /** The tree's state; {@code wachtTot}/{@code wachtOp}: the gap the writer waits on (see the migration). */
    record Toestand(long grootte, long laatsteGlobaleIndex, List<byte[]> rand, byte[] wortel, Long wachtTot,
            List<String> wachtOp, boolean gatDefinitief) {
    }

    record NieuwBlad(long blad, Gebeurtenisblad gebeurtenis, String regioId, byte[] bladHash) {
    }

    /** A leaf and the event the store now holds at its global index ({@code null} when there is none). */
    record BladMetGebeurtenis(long blad, long globaleIndex, String bladGebeurtenisId, byte[] bladHash,
            Gebeurtenisblad gebeurtenis) {
    }

    private static final String GEBEURTENIS = """
            globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,
            payload, metadata, timestamp""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    Boomopslag(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    Toestand toestand(boolean vergrendel) {
        return jdbc.sql("""
                        SELECT grootte, laatste_globalindex, rand, wortel, wacht_tot_globalindex, wacht_op_transacties,
                               gat_definitief
                        FROM integriteit_boom WHERE id = 1""" + (vergrendel ? " FOR UPDATE" : ""))
                .query((rs, i) -> new Toestand(rs.getLong(1), rs.getLong(2), rand(rs.getBytes(3)), rs.getBytes(4),
                        (Long) rs.getObject(5), tekstlijst(rs.getArray(6)), rs.getBoolean(7)))
                .single();
    }

    void bewaar(Toestand toestand) {
        jdbc.sql("""
                        UPDATE integriteit_boom SET grootte = ?, laatste_globalindex = ?, rand = ?, wortel = ?,
                               wacht_tot_globalindex = ?, wacht_op_transacties = ?, gat_definitief = ?
                        WHERE id = 1""")
                .params(toestand.grootte(), toestand.laatsteGlobaleIndex(), rand(toestand.rand()), toestand.wortel(),
                        toestand.wachtTot(), toestand.wachtOp() == null ? null : toestand.wachtOp().toArray(String[]::new),
                        toestand.gatDefinitief())
                .update();
    }

    List<Gebeurtenisblad> gebeurtenissenNa(long globaleIndex, int maximaal) {
        return jdbc.sql("SELECT " + GEBEURTENIS + " FROM domainevententry WHERE globalindex > ? "
                        + "ORDER BY globalindex LIMIT ?")
                .params(globaleIndex, maximaal)
                .query((rs, i) -> gebeurtenis(rs, 1))
                .list();
    }

    Optional<Gebeurtenisblad> gebeurtenis(long globaleIndex) {
        return jdbc.sql("SELECT " + GEBEURTENIS + " FROM domainevententry WHERE globalindex = ?").param(globaleIndex)
                .query((rs, i) -> gebeurtenis(rs, 1)).optional();
    }

    Optional<Long> globaleIndexVan(long blad) {
        return jdbc.sql("SELECT globalindex FROM integriteit_blad WHERE blad = ?").param(blad).query(Long.class)
                .optional();
    }

    void voegToe(List<NieuwBlad> bladen) {
        template.batchUpdate("""
                        INSERT INTO integriteit_blad (blad, globalindex, gebeurtenis_id, aggregaat_id, regio_id, blad_hash)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                bladen.stream().map(b -> new Object[] {b.blad(), b.gebeurtenis().globaleIndex(),
                        b.gebeurtenis().gebeurtenisId(), b.gebeurtenis().aggregaatId(), b.regioId(), b.bladHash()})
                        .toList());
    }

    /**
     * The transactions that now hold the event table's insert lock: whoever took a global index from the sequence
     * holds it from before taking it until its transaction ends (PostgreSQL takes a statement's table locks before
     * it evaluates the column defaults).
     */
    List<String> schrijvendeTransacties() {
        return jdbc.sql("""
                        SELECT virtualtransaction FROM pg_locks
                        WHERE locktype = 'relation' AND relation = 'domainevententry'::regclass
                          AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()""")
                .query(String.class).list();
    }

    boolean eenVanDezeSchrijftNog(List<String> transacties) {
        if (transacties.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'relation' AND relation = 'domainevententry'::regclass
                          AND virtualtransaction = ANY (?)""")
                .param(transacties.toArray(String[]::new))
                .query(Long.class).single() > 0;
    }

    String regioVan(byte[] payload) {
        try {
            JsonNode regio = json.readTree(payload).path("regioId");
            return regio.isTextual() ? regio.asText() : null;
        } catch (IOException | RuntimeException geenJson) {
            return null;
        }
    }

    /** The leaf hashes of the first {@code grootte} leaves, in leaf order. */
    List<byte[]> bladHashes(long grootte) {
        List<byte[]> hashes = new ArrayList<>((int) Math.min(grootte, 1_000_000));
        template.query(con -> {
            var st = con.prepareStatement("SELECT blad_hash FROM integriteit_blad WHERE blad < ? ORDER BY blad");
            st.setLong(1, grootte);
            st.setFetchSize(10_000);
            return st;
        }, rs -> {
            hashes.add(rs.getBytes(1));
        });
        return hashes;
    }

    Optional<Long> bladVan(String gebeurtenisId) {
        return jdbc.sql("SELECT blad FROM integriteit_blad WHERE gebeurtenis_id = ?").param(gebeurtenisId)
                .query(Long.class).optional();
    }

    /** Leaves {@code van} to {@code tot} (exclusive), of one region or all, each with the event now stored there. */
    void bladenMetGebeurtenissen(long van, long tot, String regio, Consumer<BladMetGebeurtenis> verwerker) {
        template.query(con -> {
            var st = con.prepareStatement("""
                    SELECT b.blad, b.globalindex, b.gebeurtenis_id, b.blad_hash,
                           e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type,
                           e.payloadtype, e.payloadrevision, e.payload, e.metadata, e.timestamp
                    FROM integriteit_blad b LEFT JOIN domainevententry e ON e.globalindex = b.globalindex
                    WHERE b.blad >= ? AND b.blad < ? AND (CAST(? AS VARCHAR) IS NULL OR b.regio_id = ?)
                    ORDER BY b.blad""");
            st.setLong(1, van);
            st.setLong(2, tot);
            st.setString(3, regio);
            st.setString(4, regio);
            st.setFetchSize(500);
            return st;
        }, rs -> {
            rs.getLong(5);
            Gebeurtenisblad gebeurtenis = rs.wasNull() ? null : gebeurtenis(rs, 5);
            verwerker.accept(new BladMetGebeurtenis(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4),
                    gebeurtenis));
        });
    }

    /** How many events the store holds up to and including this global index. */
    long aantalGebeurtenissenTot(long globaleIndex) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalindex <= ?").param(globaleIndex)
                .query(Long.class).single();
    }

    Optional<Controlepunt> laatsteControlepunt() {
        return jdbc.sql("""
                        SELECT grootte, wortel, tijdstip, sleutel_id, handtekening FROM integriteit_controlepunt
                        ORDER BY nummer DESC LIMIT 1""")
                .query((rs, i) -> controlepunt(rs)).optional();
    }

    List<Controlepunt> controlepunten() {
        return jdbc.sql("""
                        SELECT grootte, wortel, tijdstip, sleutel_id, handtekening FROM integriteit_controlepunt
                        ORDER BY nummer""")
                .query((rs, i) -> controlepunt(rs)).list();
    }

    void bewaar(Controlepunt controlepunt) {
        jdbc.sql("""
                        INSERT INTO integriteit_controlepunt (grootte, wortel, tijdstip, sleutel_id, handtekening)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(controlepunt.grootte(), controlepunt.wortel(), controlepunt.tijdstip(),
                        controlepunt.sleutelId(), controlepunt.handtekening())
                .update();
    }

    private static Controlepunt controlepunt(ResultSet rs) throws SQLException {
        return new Controlepunt(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getString(4), rs.getBytes(5));
    }

    private static Gebeurtenisblad gebeurtenis(ResultSet rs, int k) throws SQLException {
        return new Gebeurtenisblad(rs.getLong(k), rs.getString(k + 1), rs.getString(k + 2), rs.getLong(k + 3),
                rs.getString(k + 4), rs.getString(k + 5), rs.getString(k + 6), rs.getBytes(k + 7),
                rs.getBytes(k + 8), rs.getString(k + 9));
    }

    private static List<byte[]> rand(byte[] opgeslagen) {
        List<byte[]> rand = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(opgeslagen);
        while (buffer.remaining() >= Merkleboom.HASHLENGTE) {
            byte[] hash = new byte[Merkleboom.HASHLENGTE];
            buffer.get(hash);
            rand.add(hash);
        }
        return rand;
    }

    private static byte[] rand(List<byte[]> rand) {
        ByteBuffer buffer = ByteBuffer.allocate(rand.size() * Merkleboom.HASHLENGTE);
        rand.forEach(buffer::put);
        return buffer.array();
    }

    private static List<String> tekstlijst(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
