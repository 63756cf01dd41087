package nl.regioregister.standalone.benchmark;

import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** A latency distribution in nanoseconds, recorded from several threads, read in milliseconds. */
final class Verdeling {

    private final Recorder recorder = new Recorder(3);

    void neemOp(long nanos) {
        recorder.recordValue(nanos);
    }

    /** What was recorded since the previous call; the first call after a warm-up drops the warm-up. */
    Histogram sindsVorige() {
        return recorder.getIntervalHistogram();
    }

    static double ms(Histogram histogram, double percentiel) {
        return histogram.getValueAtPercentile(percentiel) / 1e6;
    }

    /** p50 / p99 / p99.9 / max in ms. */
    static String kort(Histogram histogram) {
        return String.format(Locale.ROOT, "p50 %.1f, p99 %.1f, p99.9 %.1f, max %.1f ms", ms(histogram, 50),
                ms(histogram, 99), ms(histogram, 99.9), histogram.getMaxValue() / 1e6);
    }
}
