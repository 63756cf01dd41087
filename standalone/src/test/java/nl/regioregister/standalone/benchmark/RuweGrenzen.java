package nl.regioregister.standalone.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The limits of the same PostgreSQL the register runs on, measured with plain JDBC from the same JVM and the same
 * number of clients: what a command, a replay and a feed page could at best cost. Each client has its own connection
 * (no pool), every statement is prepared, every transaction commits durably as the register's do.
 * <p>
 * The rows look like the event store's (an aggregate, a sequence number, a type, a JSON payload of the size of a
 * decision and its metadata), in a table of their own that is dropped afterwards; the keyset read reads the event
 * store's own table.
 */
final class RuweGrenzen {

    record Meting(long aantal, double seconden, Histogram verdeling) {
        double perSeconde() {
            return aantal / seconden;
        }
    }

    private static final byte[] PAYLOAD = ("{\"kamerstuknummer\":\"90000-1\",\"titel\":\"Motie van het lid Flach over een "
            + "langjarige agenda voor regio's buiten de nationale programma's, zodat ook die regio's een structureel "
            + "aanspreekpunt bij het Rijk krijgen\",\"indieners\":[\"Flach\",\"Van der Plas\"],"
            + "\"aangenomenOp\":\"2025-03-05\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] METADATA = ("{\"actor\":\"bzk\",\"rol\":\"BZK\",\"organisatie\":\"BZK\","
            + "\"geregistreerdOp\":\"2025-03-05T09:30:00Z\",\"ingangsdatum\":\"2025-03-05\",\"motivering\":"
            + "\"Voordracht stuurgroep\",\"bron\":\"AB 5 maart 2025, agendapunt 3\",\"traceId\":"
            + "\"6c6a2b1e-3f0e-4d8a-9c55-1b2e4d6f8a90\",\"correlationId\":\"6c6a2b1e-3f0e-4d8a-9c55-1b2e4d6f8a90\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final int VORIGE_GEBEURTENISSEN = 10;

    private final String url;
    private final String gebruiker;

    RuweGrenzen(String url, String gebruiker) {
        this.url = url;
        this.gebruiker = gebruiker;
    }

    /** What the register's own sessions see of the settings that decide durability and speed. */
    Map<String, String> instellingen() throws SQLException {
        Map<String, String> instellingen = new LinkedHashMap<>();
        try (Connection verbinding = verbind(); Statement sql = verbinding.createStatement()) {
            for (String naam : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes",
                    "wal_sync_method", "wal_level", "shared_buffers", "max_connections", "commit_delay",
                    "checkpoint_timeout", "max_wal_size")) {
                try (ResultSet rs = sql.executeQuery("SHOW " + naam)) {
                    rs.next();
                    instellingen.put(naam, rs.getString(1));
                }
            }
        }
        return instellingen;
    }

    /** Creates the scratch table, a copy of the event store's shape without its triggers. */
    void maakTabel() throws SQLException {
        try (Connection verbinding = verbind(); Statement sql = verbinding.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS benchmark_ruw");
            sql.execute("""
                    CREATE TABLE benchmark_ruw (
                        globalindex BIGSERIAL PRIMARY KEY,
                        eventidentifier VARCHAR(255) NOT NULL UNIQUE,
                        aggregateidentifier VARCHAR(255) NOT NULL,
                        sequencenumber BIGINT NOT NULL,
                        type VARCHAR(255),
                        payloadtype VARCHAR(255) NOT NULL,
                        payload BYTEA NOT NULL,
                        metadata BYTEA,
                        timestamp VARCHAR(255) NOT NULL,
                        UNIQUE (aggregateidentifier, sequencenumber))""");
            verbinding.commit();
        }
    }

    void verwijderTabel() throws SQLException {
        try (Connection verbinding = verbind(); Statement sql = verbinding.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS benchmark_ruw");
            verbinding.commit();
        }
    }

    /** One row inserted and committed per transaction, by {@code clients} connections at once. */
    Werklus.Resultaat enkeleInvoeging(int clients, Duration opwarmen, Duration meten) throws Exception {
        return meet(clients, opwarmen, meten, (verbinding, client) -> {
            PreparedStatement invoeging = invoeging(verbinding);
            long[] volgend = {0};
            return () -> {
                voegIn(invoeging, "ruw-" + client + "-" + volgend[0]++, 0);
                verbinding.commit();
            };
        });
    }

    /**
     * What an update-type command needs at least: in one transaction, read an aggregate's last
     * {@value #VORIGE_GEBEURTENISSEN} events and append one after them. Each client appends to aggregates of its own,
     * round robin, so there is no conflict.
     */
    Werklus.Resultaat ladenEnToevoegen(int clients, Duration opwarmen, Duration meten) throws Exception {
        int aggregatenPerClient = 50;
        try (Connection verbinding = verbind()) {
            PreparedStatement invoeging = invoeging(verbinding);
            for (int client = 0; client < clients; client++) {
                for (int a = 0; a < aggregatenPerClient; a++) {
                    for (int v = 0; v < VORIGE_GEBEURTENISSEN; v++) {
                        voegIn(invoeging, "laad-" + client + "-" + a, v);
                    }
                }
            }
            verbinding.commit();
        }
        return meet(clients, opwarmen, meten, (verbinding, client) -> {
            PreparedStatement invoeging = invoeging(verbinding);
            PreparedStatement lees = verbinding.prepareStatement("""
                    SELECT sequencenumber, type, payloadtype, payload, metadata, timestamp FROM benchmark_ruw
                    WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT ?""");
            long[] beurt = {0};
            return () -> {
                String aggregaat = "laad-" + client + "-" + (beurt[0]++ % aggregatenPerClient);
                lees.setString(1, aggregaat);
                lees.setInt(2, VORIGE_GEBEURTENISSEN);
                long laatste = -1;
                try (ResultSet rs = lees.executeQuery()) {
                    while (rs.next()) {
                        laatste = Math.max(laatste, rs.getLong(1));
                        rs.getBytes(4);
                        rs.getBytes(5);
                    }
                }
                voegIn(invoeging, aggregaat, laatste + 1);
                verbinding.commit();
            };
        });
    }

    /** Reads the whole event store in global order, keyset pages of {@code pagina}: the least a replay costs. */
    Meting keysetLezing(int pagina) throws SQLException {
        long begin = System.nanoTime();
        long aantal = 0;
        Verdeling verdeling = new Verdeling();
        try (Connection verbinding = verbind(); PreparedStatement lees = verbinding.prepareStatement("""
                SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype,
                       payloadrevision, payload, metadata, timestamp
                FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT ?""")) {
            long na = -1;
            while (true) {
                long paginaBegin = System.nanoTime();
                lees.setLong(1, na);
                lees.setInt(2, pagina);
                int gelezen = 0;
                try (ResultSet rs = lees.executeQuery()) {
                    while (rs.next()) {
                        na = rs.getLong(1);
                        rs.getString(2);
                        rs.getString(3);
                        rs.getLong(4);
                        rs.getString(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getBytes(8);
                        rs.getBytes(9);
                        rs.getString(10);
                        gelezen++;
                    }
                }
                verbinding.commit();
                verdeling.neemOp(System.nanoTime() - paginaBegin);
                aantal += gelezen;
                if (gelezen < pagina) {
                    break;
                }
            }
        }
        return new Meting(aantal, (System.nanoTime() - begin) / 1e9, verdeling.sindsVorige());
    }

    private interface Handeling {
        void voerUit() throws SQLException;
    }

    private interface Client {
        Handeling bereidVoor(Connection verbinding, int client) throws SQLException;
    }

    /** Closed loop ({@link Werklus}): every client repeats its transaction on a connection of its own. */
    private Werklus.Resultaat meet(int clients, Duration opwarmen, Duration meten, Client client) throws Exception {
        return new Werklus("ruw", clients, nummer -> {
            Connection verbinding = verbind();
            Handeling handeling = client.bereidVoor(verbinding, nummer);
            return new Werklus.Handeling() {
                @Override
                public Werklus.Daarna voerUit(long n) throws SQLException {
                    handeling.voerUit();
                    return null;
                }

                @Override
                public void close() throws SQLException {
                    verbinding.close();
                }
            };
        }).voerUit(opwarmen, meten);
    }

    private static PreparedStatement invoeging(Connection verbinding) throws SQLException {
        return verbinding.prepareStatement("""
                INSERT INTO benchmark_ruw (eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype,
                                           payload, metadata, timestamp)
                VALUES (?, ?, ?, 'Motie', 'nl.regioregister.events.kamer.MotieGeregistreerd', ?, ?, ?)""");
    }

    private static void voegIn(PreparedStatement invoeging, String aggregaat, long volgnummer) throws SQLException {
        invoeging.setString(1, java.util.UUID.randomUUID().toString());
        invoeging.setString(2, aggregaat);
        invoeging.setLong(3, volgnummer);
        invoeging.setBytes(4, PAYLOAD);
        invoeging.setBytes(5, METADATA);
        invoeging.setString(6, "2025-03-05T09:30:00.000Z");
        invoeging.executeUpdate();
    }

    private Connection verbind() throws SQLException {
        Connection verbinding = DriverManager.getConnection(url, gebruiker, "");
        verbinding.setAutoCommit(false);
        return verbinding;
    }
}
