package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.Placement;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.history.HistoryViewModel;
import io.yaoshi.ui.keyrow.KeyRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * History and backups as a user meets them: a copy of a public key shows in the key pair's details and in the
 * History view (filtered by key pair), the chain is said to be intact, and File → Back Up Vault… writes a file that
 * the History view then lists.
 */
class HistoryUiTest extends AppUiTest {

    @Test
    void whatTheUserDidShowsInTheHistoryAndABackupIsWritten(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("laptop", Placement.local(), List.of()),
                Fixtures.record("build-server", Placement.local(), List.of()));
        TableView<KeyRow> keys = robot.lookup("#keyTable").queryTableView();
        robot.interact(() -> keys.getSelectionModel().select(0));
        Platform.runLater(() -> AppHarness.menuItem(robot, "copyPublicKeyItem").fire());
        String name = keys.getItems().get(0).key().name();
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#detailsHistory").contains("Copied"));

        Path backup = dataDir.resolve("elsewhere").resolve("mine.yaoshi-backup");
        Files.createDirectories(backup.getParent());
        app.files.answer(backup);
        Platform.runLater(() -> AppHarness.menuItem(robot, "backupItem").fire());
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#statusLabel").startsWith("Backed up the vault to"));
        assertTrue(Files.size(backup) > 0);

        Platform.runLater(() -> AppHarness.menuItem(robot, "historyItem").fire());
        AppHarness.waitForDialog(robot, "#historyDialog");
        TableView<HistoryViewModel.Row> table = robot.lookup("#historyTable").queryTableView();
        AppHarness.waitUntil(() -> !table.getItems().isEmpty());
        assertEquals(List.of("Backed up", "Copied"), table.getItems().stream()
                .map(HistoryViewModel.Row::action).toList(), "newest first");
        assertTrue(AppHarness.label(robot, "#historyChain").startsWith("The history is intact: 2 entries"));
        assertTrue(AppHarness.label(robot, "#historyLastBackup").startsWith("No automatic backup yet"),
                AppHarness.label(robot, "#historyLastBackup")); // a copy changes nothing in the vault
        assertTrue(table.getItems().get(0).detail().contains("mine.yaoshi-backup"), table.getItems().get(0).detail());

        ComboBox<HistoryViewModel.KeyChoice> key = robot.lookup("#historyKey").queryComboBox();
        robot.interact(() -> key.setValue(key.getItems().stream().filter(c -> c.label().equals(name)).findFirst()
                .orElseThrow()));
        assertEquals(List.of(name), table.getItems().stream().map(HistoryViewModel.Row::key).toList());

        DialogPane pane = robot.lookup("#historyDialog").queryAs(DialogPane.class);
        Platform.runLater(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0)))
                .fire());
        AppHarness.waitUntil(() -> robot.lookup("#historyDialog").tryQuery().isEmpty());
    }
}
