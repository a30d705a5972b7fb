package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The process's age from /proc: start and now both counted since boot, never through the boot time's whole seconds. */
class ProcessAgeTest {

    @Test
    void theAgeIsUptimeLessTheStartTick() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 21 0 8009467 3000000 5000"
                + " 184467 0 0 0";
        // started 80,094.67 s after boot (tick 8,009,467); now 80,095.385 s
        assertEquals(OptionalLong.of(715), ProcessAge.fromProc(stat, "80095.385 90664.82\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (my (odd) name) S 1 7 7 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 21 0 150 3000000 5000";
        assertEquals(OptionalLong.of(1000), ProcessAge.fromProc(stat, "2.50 1.00"));
    }

    @Test
    void whatIsNotProcSaysNothing() {
        assertTrue(ProcessAge.fromProc("garbage", "1.0 1.0").isEmpty());
        assertTrue(ProcessAge.fromProc("1 (x) S 2 3", "1.0 1.0").isEmpty());
    }

    @Test
    void thisProcessHasAnAge() {
        assertTrue(ProcessAge.millis() > 0);
    }
}
