package nl.regioregister.standalone.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark reads wrk's report as wrk 4.1 prints it with {@code --latency}. */
class WrkTest {

    private static final String UITVOER = """
            Running 20s test @ http://localhost:18130
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    39.79ms   16.51ms    1.64s    72.87%
                Req/Sec   406.78     41.92   520.00     70.45%
              Latency Distribution
                 50%  837.78us
                 75%   48.24ms
                 90%   60.75ms
                 99%   91.93ms
              16219 requests in 20.03s, 25.53MB read
            Requests/sec:    809.90
            Transfer/sec:      1.27MB
            """;

    private static final String MET_P999 = UITVOER + "p99.9 1436512us\n";

    @Test
    void het_tempo_de_mediaan_de_p99_en_het_maximum_in_milliseconden() {
        Wrk.Uitkomst uitkomst = Wrk.lees(UITVOER);

        assertThat(uitkomst.perSeconde()).isEqualTo(809.90);
        assertThat(uitkomst.p50()).isEqualTo(0.83778);
        assertThat(uitkomst.p99()).isEqualTo(91.93);
        assertThat(uitkomst.max()).isEqualTo(1640.0);
        assertThat(uitkomst.p999()).isNaN();
        assertThat(uitkomst.kort()).doesNotContain("p99.9");
    }

    @Test
    void de_p99_9_uit_de_done_hook_van_het_script() {
        Wrk.Uitkomst uitkomst = Wrk.lees(MET_P999);

        assertThat(uitkomst.p999()).isEqualTo(1436.512);
        assertThat(uitkomst.p99()).isEqualTo(91.93);
        assertThat(uitkomst.kort()).contains("p99 91.9, p99.9 1436.5, max 1640.0 ms");
    }

    @Test
    void een_rapport_zonder_verdeling_wordt_niet_stil_gelezen() {
        assertThatThrownBy(() -> Wrk.lees("unable to connect to localhost:18130 Connection refused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("niet begrepen");
    }
}
