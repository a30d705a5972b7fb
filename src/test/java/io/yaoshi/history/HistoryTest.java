package io.yaoshi.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.ByteSearch;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.MutableClock;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyId KEY = new KeyId("7f1c2a9e-0000-4000-8000-000000000001");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private VaultSession vault;
    private History history;

    @BeforeEach
    void createVault() throws Exception {
        vault = session();
        vault.create(Fixtures.password());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private VaultSession session() {
        VaultSession session = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        history = new History(session, clock);
        session.recordEventsWith(history);
        return session;
    }

    private void recordExports(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMinutes(1));
            history.record(HistoryEvent.of(HistoryAction.KEY_EXPORT).about(KEY, "web-prod").with("format", "openssh")
                    .with("n", i));
        }
    }

    @Test
    void entriesAreKeptInOrderAndTheChainHoldsAcrossALock() throws Exception {
        recordExports(4);
        List<HistoryEntry> entries = history.entries();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), entries.stream().map(HistoryEntry::seq).toList());
        assertEquals("vault.create", entries.get(0).action());
        assertEquals("key.export", entries.get(4).action());
        assertEquals(Map.of("format", "openssh", "n", "3"), entries.get(4).detail());
        assertEquals(4, history.entriesOf(KEY).size());

        vault.close();
        vault = session();
        vault.unlock(Fixtures.password());
        assertEquals(entries.stream().map(HistoryEntry::seq).toList(),
                history.entries().stream().map(HistoryEntry::seq).toList());
        ChainVerdict verdict = history.verify();
        assertTrue(verdict.intact(), verdict::toString);
    }

    @Test
    void aRemovedMiddleEntryIsFoundWhereItWas() throws Exception {
        recordExports(4);
        vault.remove(entry(3).itemId()); // through the vault itself: its seal is re-written, the chain is not
        assertEquals(List.of(new ChainBreak(3, ChainBreak.Problem.MISSING)), history.verify().breaks());
    }

    @Test
    void aRemovedLastEntryIsFound() throws Exception {
        recordExports(4);
        vault.remove(entry(5).itemId());
        assertEquals(List.of(new ChainBreak(5, ChainBreak.Problem.MISSING)), history.verify().breaks());
    }

    @Test
    void aRemovedHeadIsFound() throws Exception {
        recordExports(2);
        VaultItem head = vault.items(ItemKind.HISTORY_HEAD).get(0);
        vault.remove(head.id());
        assertEquals(List.of(new ChainBreak(3, ChainBreak.Problem.HEAD_MISSING)), history.verify().breaks());
    }

    @Test
    void aChangedEntryIsFoundByTheOneAfterIt() throws Exception {
        recordExports(4);
        rewrite(3, entry -> ((ObjectNode) entry.get("detail")).put("format", "pkcs8"));
        assertEquals(List.of(new ChainBreak(4, ChainBreak.Problem.BROKEN_LINK)), history.verify().breaks());
    }

    @Test
    void aChangedLastEntryIsFoundByTheHead() throws Exception {
        recordExports(4);
        rewrite(5, entry -> entry.put("action", "key.copy"));
        assertEquals(List.of(new ChainBreak(5, ChainBreak.Problem.LAST_CHANGED)), history.verify().breaks());
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        recordExports(4);
        HistoryEntry second = entry(2);
        HistoryEntry third = entry(3);
        rewrite(second, entry -> entry.put("seq", 3));
        rewrite(third, entry -> entry.put("seq", 2));
        List<ChainBreak> breaks = history.verify().breaks();
        assertFalse(breaks.isEmpty());
        assertEquals(new ChainBreak(2, ChainBreak.Problem.BROKEN_LINK), breaks.get(0));
    }

    @Test
    void failedUnlocksAreRecordedAtTheNextUnlockAndTheirFileRemoved() throws Exception {
        vault.close();
        vault = session();
        Instant start = clock.instant();
        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofSeconds(5));
            assertThrows(VaultAccessException.class, () -> vault.unlock("not the password".toCharArray()));
        }
        Path waiting = dir.resolve("vault.db.failed-unlocks");
        assertTrue(Files.exists(waiting));
        vault.unlock(Fixtures.password());
        HistoryEntry failed = history.entries().get(history.entries().size() - 1);
        assertEquals("vault.unlock-failed", failed.action());
        assertEquals("2", failed.detail().get("count"));
        assertEquals(start.plusSeconds(5).toString(), failed.detail().get("first"));
        assertFalse(Files.exists(waiting));
        assertTrue(history.verify().intact());
    }

    @Test
    void retentionByCountCutsToNineTenthsAndRecordsTheCut() throws Exception {
        recordExports(24); // 25 entries with the vault's creation
        history.retainAs(() -> new Retention(20, 0));
        history.applyRetention();
        List<HistoryEntry> entries = history.entries();
        assertEquals(18, entries.size());
        HistoryEntry cut = entries.get(entries.size() - 1);
        assertEquals("history.cut", cut.action());
        assertEquals("8", cut.detail().get("removed"));
        assertEquals(9L, entries.get(0).seq());
        ChainVerdict verdict = history.verify();
        assertTrue(verdict.intact(), verdict::toString);

        history.applyRetention(); // within the limit now: nothing more is cut
        assertEquals(18, history.entries().size());
        vault.remove(entries.get(0).itemId()); // the new first entry is sealed too
        assertEquals(List.of(new ChainBreak(9, ChainBreak.Problem.MISSING)), history.verify().breaks());
    }

    @Test
    void retentionByAgeAppliesAtUnlock() throws Exception {
        recordExports(3);
        clock.advance(Duration.ofDays(40));
        recordExports(2);
        vault.close();
        vault = session();
        history.retainAs(() -> new Retention(0, 30));
        vault.unlock(Fixtures.password());
        List<String> actions = history.entries().stream().map(HistoryEntry::action).toList();
        assertEquals(List.of("key.export", "key.export", "history.cut"), actions);
        assertTrue(history.verify().intact());
    }

    @Test
    void theFileHoldsNoNameDetailOrActionInPlaintext() throws Exception {
        history.record(HistoryEvent.of(HistoryAction.KEY_TAG).about(KEY, "zz-secret-name-42")
                .with("tags", "owner=zz-secret-tag-43"));
        vault.close();
        for (String needle : List.of("zz-secret-name-42", "zz-secret-tag-43", "key.tag", KEY.value())) {
            for (Path file : List.of(dir.resolve("vault.db"), dir.resolve("vault.db.bak"))) {
                if (Files.exists(file)) {
                    assertFalse(ByteSearch.contains(Files.readAllBytes(file), needle), needle + " in " + file);
                }
            }
        }
    }

    private HistoryEntry entry(long seq) throws Exception {
        return history.entries().stream().filter(entry -> entry.seq() == seq).findFirst().orElseThrow();
    }

    private void rewrite(long seq, Consumer<ObjectNode> change) throws Exception {
        rewrite(entry(seq), change);
    }

    /** What someone holding the data key could do: re-encrypt an entry changed, which the vault accepts. */
    private void rewrite(HistoryEntry target, Consumer<ObjectNode> change) throws Exception {
        VaultItem item = vault.items(ItemKind.HISTORY_ENTRY).stream().filter(i -> i.id().equals(target.itemId()))
                .findFirst().orElseThrow();
        ObjectNode entry = (ObjectNode) JSON.readTree(item.payload());
        change.accept(entry);
        vault.put(new VaultItem(item.id(), ItemKind.HISTORY_ENTRY, JSON.writeValueAsBytes(entry)));
    }
}
