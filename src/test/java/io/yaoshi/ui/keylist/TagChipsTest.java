package io.yaoshi.ui.keylist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagChipsTest {

    /** Chips 4 apart; "+N" is 20 wide whatever N. */
    private static int fitting(double available, double... widths) {
        return TagChips.fitting(widths, 4, available, hidden -> 20);
    }

    @Test
    void allChipsShowWhenTheyFitEvenWhereAPlusNWouldNot() {
        assertEquals(3, fitting(38, 10, 10, 10), "10+4+10+4+10 = 38");
        assertEquals(0, fitting(100), "no tags, no chips");
    }

    @Test
    void theChipsThatFitShowBesideAPlusNForTheRest() {
        assertEquals(1, fitting(37, 10, 10, 10, 10), "10 +4+20 fits 37; 10+4+10 +4+20 = 48 does not: one and +3");
        assertEquals(2, fitting(48, 10, 10, 10, 10), "exactly 48: two and +2");
    }

    @Test
    void aChipTooWideForTheColumnLeavesOnlyThePlusN() {
        assertEquals(0, fitting(30, 50));
        assertEquals(0, fitting(30, 20, 10), "both: 34 > 30; the first and +1: 44 > 30; so +2 alone");
    }
}
