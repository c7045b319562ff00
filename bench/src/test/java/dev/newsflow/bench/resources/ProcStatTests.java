package dev.newsflow.bench.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTests {

    @Test
    void cpuTicksAreReadAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4563 (postgres: wal (x) writer) S 4542 4563 4563 0 -1 4194304 210 0 0 0 "
                + "17 5 30 12 20 0 1 0 9035 226353152 1024 18446744073709551615";

        ProcStat.Cpu cpu = ProcStat.parseStat(stat);

        assertThat(cpu.parentPid()).isEqualTo(4542);
        assertThat(cpu.ownTicks()).isEqualTo(17 + 5);
        assertThat(cpu.childTicks()).isEqualTo(30 + 12);
    }

    @Test
    void kilobytesComeFromTheNamedLine() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  380112 kB\nVmRSS:\t  371000 kB\n";

        assertThat(ProcStat.kilobytes(status, "VmHWM")).hasValue(380112);
        assertThat(ProcStat.kilobytes(status, "VmRSS")).hasValue(371000);
        assertThat(ProcStat.kilobytes(status, "Pss")).isEmpty();
    }
}
