package nl.regioregister.standalone.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time spent so far: by the whole machine (every process; Linux's {@code /proc/stat}), by this JVM, and within the
 * JVM by the server's request threads and by the load generator's threads. The difference of two readings divided by
 * the operations between them is what one operation costs; on a machine of two cores that bounds the rate at which it
 * can run. What the machine spends outside the JVM is mostly PostgreSQL; what the JVM spends outside the request
 * threads and the clients is the event processors, the connection pool, the garbage collector and the JIT compiler.
 *
 * @param machine  seconds of CPU busy outside the idle and I/O-wait states, over all processors (NaN when unknown)
 * @param jvm      seconds of CPU of this process
 * @param draden   seconds of CPU of every live thread of this JVM, by thread id, with its name
 * @param database where the database's writing stood ({@link #leesDatabaseMet(Supplier)})
 */
record Processortijd(double machine, double jvm, Map<Long, Draad> draden, Database database) {

    /** Prefix of the names of the load generator's threads ({@link Werklus}). */
    static final String CLIENT = "client:";

    /** Linux counts {@code /proc/stat} in ticks of 1/100 s (USER_HZ), whatever the kernel's own tick. */
    private static final double TIKKEN_PER_SECONDE = 100.0;

    /**
     * The next transaction id PostgreSQL will assign ({@code pg_snapshot_xmax(pg_current_snapshot())}): only a
     * transaction that writes gets one, so the difference counts writing transactions, each a durable commit; and the
     * write-ahead log's position ({@code pg_current_wal_lsn()}), whose difference is the WAL written in bytes. Both
     * are exact at the moment they are read, unlike the statistics views, which backends flush about once a second.
     */
    record Database(long volgendeTransactie, long walPositie) {
        static final Database ONBEKEND = new Database(-1, -1);
    }

    private static volatile Supplier<Database> databaselezer = () -> Database.ONBEKEND;

    /** How to read the database's position; without it the readings leave the database out. */
    static void leesDatabaseMet(Supplier<Database> lezer) {
        databaselezer = lezer;
    }

    record Draad(String naam, double cpu) {
        boolean server() {
            return naam.startsWith("http-nio-");
        }

        boolean client() {
            return naam.startsWith(CLIENT) || naam.startsWith("HttpClient-");
        }
    }

    /** What was spent between two readings, in seconds, and by which threads; what the database wrote. */
    record Verbruik(double machine, double jvm, double server, double clients, long transacties, long walBytes) {

        /**
         * Milliseconds of CPU per operation: the machine's, then where it went, e.g. "1.23 ms = server 0.40 + clients
         * 0.50 + rest JVM 0.13 + buiten de JVM 0.20".
         */
        String perHandeling(long handelingen) {
            double per = 1000.0 / handelingen;
            String cpu = String.format(Locale.ROOT, "%.2f ms = server %.2f + clients %.2f + rest JVM %.2f + buiten de"
                    + " JVM %.2f", machine * per, server * per, clients * per, (jvm - server - clients) * per,
                    (machine - jvm) * per);
            return transacties < 0 ? cpu : cpu + String.format(Locale.ROOT, "; schrijvende transacties %.2f, WAL %.1f kB",
                    (double) transacties / handelingen, walBytes / 1024.0 / handelingen);
        }
    }

    static Processortijd nu() {
        Map<Long, Draad> draden = new HashMap<>();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long cpu = mx.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    draden.put(info.getThreadId(), new Draad(info.getThreadName(), cpu / 1e9));
                }
            }
        }
        return new Processortijd(machineNu(), jvmNu(), draden, databaselezer.get());
    }

    /**
     * Between an earlier reading and this one. A thread counts what it spent since the earlier reading, or since it
     * started; a thread that ended in between loses what it spent (the measured loops keep theirs running until after
     * this reading).
     */
    Verbruik sinds(Processortijd eerder) {
        double server = 0;
        double clients = 0;
        for (Map.Entry<Long, Draad> draad : draden.entrySet()) {
            Draad toen = eerder.draden.get(draad.getKey());
            double besteed = draad.getValue().cpu() - (toen == null ? 0 : toen.cpu());
            if (draad.getValue().server()) {
                server += besteed;
            } else if (draad.getValue().client()) {
                clients += besteed;
            }
        }
        boolean bekend = database.volgendeTransactie() >= 0 && eerder.database.volgendeTransactie() >= 0;
        return new Verbruik(machine - eerder.machine, jvm - eerder.jvm, server, clients,
                bekend ? database.volgendeTransactie() - eerder.database.volgendeTransactie() : -1,
                bekend ? database.walPositie() - eerder.database.walPositie() : -1);
    }

    private static double machineNu() {
        try {
            // cpu  user nice system idle iowait irq softirq steal guest guest_nice
            String[] velden = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long bezig = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                bezig += Long.parseLong(velden[i]);
            }
            return bezig / TIKKEN_PER_SECONDE;
        } catch (IOException | RuntimeException onbekend) {
            return Double.NaN;
        }
    }

    private static double jvmNu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
