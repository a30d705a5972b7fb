package io.yaoshi.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.history.HistoryEntry;
import io.yaoshi.i18n.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryTextsTest {

    private static HistoryEntry entry(Map<String, String> detail) {
        return new HistoryEntry(UUID.randomUUID(), 1, Instant.EPOCH, "vault.unlock-failed", Optional.empty(),
                Optional.empty(), detail, new byte[32], new byte[32]);
    }

    @Test
    void detailsReadInTheUsersLanguageWithTimesYesNoAndNothingSaidPlainly() {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("count", "3");
        detail.put("first", "2026-12-02T12:28:31.861Z");
        detail.put("before", "");
        detail.put("atCloud", "false");
        detail.put("newerField", "as recorded");
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(ZoneOffset.ofHours(8));

        assertEquals("Count: 3; First: 2026-12-02 20:28:31; Before: —; At the cloud: no; newerField: as recorded",
                new HistoryTexts(Messages.forLocale(Locale.ENGLISH), times).detail(entry(detail)));
        assertEquals("次数：3；首次：2026-12-02 20:28:31；之前：—；云端：否；newerField：as recorded",
                new HistoryTexts(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), times).detail(entry(detail)));
        assertEquals("密码错误", new HistoryTexts(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), times)
                .action("vault.unlock-failed"));
        String unknown = "vault.merge-from-tomorrow";
        assertEquals(unknown, new HistoryTexts(Messages.forLocale(Locale.ENGLISH), times).action(unknown),
                "an action from a newer version keeps its code");
    }
}
