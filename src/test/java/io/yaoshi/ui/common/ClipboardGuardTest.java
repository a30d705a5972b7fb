package io.yaoshi.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClipboardGuardTest {

    private final FakeClipboard system = new FakeClipboard();
    private final AtomicReference<Duration> clearAfter = new AtomicReference<>(Duration.ofSeconds(30));
    private final ClipboardGuard guard = new ClipboardGuard(system, system, clearAfter::get);

    @Test
    void whatWasCopiedIsTakenBackWhenItsTimeIsUp() {
        assertEquals(Duration.ofSeconds(30), guard.copy("ssh-ed25519 AAAA"));
        assertEquals(Optional.of("ssh-ed25519 AAAA"), system.text());
        assertTrue(guard.holdingProperty().get());

        system.elapse();

        assertEquals(Optional.empty(), system.text());
        assertFalse(guard.holdingProperty().get());
    }

    @Test
    void whatTheUserCopiedSinceIsLeftAlone() {
        guard.copy("ssh-ed25519 AAAA");
        system.put("the user's own text");

        assertEquals(ClipboardGuard.Outcome.LEFT_ALONE, guard.clear());

        assertEquals(Optional.of("the user's own text"), system.text());
        assertFalse(guard.holdingProperty().get());
    }

    @Test
    void aNewCopyRestartsTheTimeWithTheCurrentPreference() {
        guard.copy("first");
        clearAfter.set(Duration.ofSeconds(10));
        guard.copy("second");

        assertEquals(Optional.of(Duration.ofSeconds(10)), system.pendingDelay());
        system.elapse();
        assertEquals(Optional.empty(), system.text(), "the first copy's timer was cancelled, the second's ran");
    }

    @Test
    void clearingByHandCancelsTheTimerAndSaysWhatHappened() {
        assertEquals(ClipboardGuard.Outcome.NOTHING_PLACED, guard.clear());
        guard.copy("ssh-rsa AAAA");

        assertEquals(ClipboardGuard.Outcome.CLEARED, guard.clear());

        assertEquals(Optional.empty(), system.pendingDelay());
        assertEquals(Optional.empty(), system.text());
    }
}
