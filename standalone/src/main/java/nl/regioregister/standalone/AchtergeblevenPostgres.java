package nl.regioregister.standalone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. When the JVM that started it is killed ({@code kill -9}, an OOM
 * killer), PostgreSQL keeps running with {@code postmaster.pid} in the data directory, and a new start would wait
 * for a port that never answers. Before the embedded database starts, a PostgreSQL left behind in this data
 * directory is stopped with a fast shutdown (it rolls back open transactions and writes a checkpoint; committed
 * transactions are in the WAL either way), but only when no living run holds the data directory's lock.
 */
final class AchtergeblevenPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(AchtergeblevenPostgres.class);
    /** The lock file the embedded library holds for as long as a run uses the data directory. */
    static final String VERGRENDELING = "epg-lock";
    private static final long WACHTTIJD_SECONDEN = 60;

    private AchtergeblevenPostgres() {
    }

    static void stopIn(Path datamap) throws IOException {
        Path pidBestand = datamap.resolve("postmaster.pid");
        Optional<Long> pid = pid(pidBestand);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> proces = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (proces.isEmpty()) {
            // PostgreSQL itself replaces the lock file of a process that is gone, and recovers from its WAL.
            LOG.warn("postmaster.pid in {} is van een gestopt proces ({}); PostgreSQL herstelt bij het starten",
                    datamap, pid.get());
            return;
        }
        Optional<String> programma = proces.get().info().command();
        if (programma.isPresent() && !Path.of(programma.get()).getFileName().toString().startsWith("postgres")) {
            // the number was reused by another program: the lock file is stale and PostgreSQL would refuse it
            LOG.warn("postmaster.pid in {} noemt proces {} ({}), dat geen PostgreSQL is; het verouderde bestand "
                    + "wordt verwijderd", datamap, pid.get(), programma.get());
            Files.deleteIfExists(pidBestand);
            return;
        }
        weigerAlsInGebruik(datamap, pid.get());
        LOG.warn("PostgreSQL (proces {}) draait nog in {} zonder het register dat het startte; het wordt gestopt "
                + "(fast shutdown) voordat het register start", pid.get(), datamap);
        stop(proces.get());
    }

    private static Optional<Long> pid(Path pidBestand) throws IOException {
        if (!Files.isRegularFile(pidBestand)) {
            return Optional.empty();
        }
        List<String> regels = Files.readAllLines(pidBestand);
        if (regels.isEmpty() || !regels.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(regels.get(0).strip()));
    }

    /** A run that is alive holds the lock: its database is not left behind, and this run must not start on it. */
    private static void weigerAlsInGebruik(Path datamap, long pid) throws IOException {
        Path vergrendeling = datamap.resolve(VERGRENDELING);
        if (!Files.exists(vergrendeling)) {
            return;
        }
        try (FileChannel kanaal = FileChannel.open(vergrendeling, StandardOpenOption.WRITE)) {
            FileLock slot = kanaal.tryLock();
            if (slot == null) {
                throw inGebruik(datamap, pid);
            }
            slot.release();
        } catch (OverlappingFileLockException doorDezeJvm) {
            throw inGebruik(datamap, pid);
        }
    }

    private static IllegalStateException inGebruik(Path datamap, long pid) {
        return new IllegalStateException("De datamap " + datamap + " is in gebruik door een ander draaiend register "
                + "(PostgreSQL-proces " + pid + "); stop dat eerst");
    }

    private static void stop(ProcessHandle postgres) {
        try {
            // SIGINT: PostgreSQL's fast shutdown
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                postgres.destroy();
            }
            postgres.onExit().get(WACHTTIJD_SECONDEN, TimeUnit.SECONDS);
            LOG.info("Achtergebleven PostgreSQL (proces {}) gestopt", postgres.pid());
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Achtergebleven PostgreSQL (proces " + postgres.pid() + ") stopte niet "
                    + "binnen " + WACHTTIJD_SECONDEN + " s; stop het zelf", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken bij het stoppen van PostgreSQL " + postgres.pid(), e);
        }
    }
}
