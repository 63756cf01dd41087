package nl.regioregister.standalone.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop clients, each on a thread of its own: a client starts its next operation when the previous one is done
 * (optionally no faster than a given rate), and the latency of every operation is recorded. Counted only after the
 * warm-up; the CPU time of the machine and of the JVM is read at the start and the end of the measurement. The same
 * loop drives the raw JDBC limits, the HTTP clients and the in-process measurements, so their figures compare.
 */
final class Werklus {

    /**
     * One client's operation; {@code nummer} counts the client's own operations from 0. What it answers (or null) runs
     * after the latency is recorded: a follow-up measurement of its own, outside the operation's latency.
     */
    interface Handeling extends AutoCloseable {
        Daarna voerUit(long nummer) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface Daarna {
        void voerUit() throws Exception;
    }

    /** Prepares a client's operation on the client's own thread (its connection, its HTTP client). */
    interface Client {
        Handeling bereidVoor(int client) throws Exception;
    }

    record Resultaat(long aantal, double seconden, Histogram verdeling, Processortijd.Verbruik cpu) {
        double perSeconde() {
            return aantal / seconden;
        }

        /** Milliseconds of CPU per operation, of the machine and of the JVM. */
        String cpuPerHandeling() {
            return "CPU per handeling " + cpu.perHandeling(aantal);
        }
    }

    private final String naam;
    private final int clients;
    private final Client client;
    private double perSecondeTotaal;

    Werklus(String naam, int clients, Client client) {
        this.naam = naam;
        this.clients = clients;
        this.client = client;
    }

    /** At most this many operations per second over all clients together (0: as fast as they complete). */
    Werklus tempo(double perSeconde) {
        this.perSecondeTotaal = perSeconde;
        return this;
    }

    Resultaat voerUit(Duration opwarmen, Duration meten) throws InterruptedException {
        AtomicBoolean meetNu = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Verdeling verdeling = new Verdeling();
        AtomicLong aantal = new AtomicLong();
        List<Throwable> fouten = new ArrayList<>();
        List<Thread> draden = new ArrayList<>();
        long interval = perSecondeTotaal > 0 ? (long) (clients * 1e9 / perSecondeTotaal) : 0;
        for (int c = 0; c < clients; c++) {
            int nummer = c;
            Thread draad = new Thread(() -> {
                long volgendeStart = System.nanoTime() + (interval * nummer) / Math.max(1, clients);
                try (Handeling handeling = client.bereidVoor(nummer)) {
                    for (long n = 0; !stop.get(); n++) {
                        if (interval > 0) {
                            long wacht = volgendeStart - System.nanoTime();
                            if (wacht > 0) {
                                Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
                            }
                            volgendeStart += interval;
                        }
                        long begin = System.nanoTime();
                        Daarna daarna = handeling.voerUit(n);
                        long duur = System.nanoTime() - begin;
                        if (meetNu.get()) {
                            verdeling.neemOp(duur);
                            aantal.incrementAndGet();
                        }
                        if (daarna != null) {
                            daarna.voerUit();
                        }
                    }
                } catch (Throwable fout) {
                    synchronized (fouten) {
                        fouten.add(fout);
                    }
                    stop.set(true);
                }
            }, Processortijd.CLIENT + naam + "-" + c);
            draad.setDaemon(true);
            draden.add(draad);
            draad.start();
        }
        Thread.sleep(opwarmen.toMillis());
        verdeling.sindsVorige();
        Processortijd cpuBegin = Processortijd.nu();
        meetNu.set(true);
        long begin = System.nanoTime();
        Thread.sleep(meten.toMillis());
        meetNu.set(false);
        double seconden = (System.nanoTime() - begin) / 1e9;
        Processortijd.Verbruik cpu = Processortijd.nu().sinds(cpuBegin);
        Histogram histogram = verdeling.sindsVorige();
        stop.set(true);
        for (Thread draad : draden) {
            draad.join(Duration.ofSeconds(60).toMillis());
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(naam + " mislukt", fouten.get(0));
        }
        return new Resultaat(aantal.get(), seconden, histogram, cpu);
    }
}
