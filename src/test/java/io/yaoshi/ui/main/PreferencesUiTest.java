package io.yaoshi.ui.main;

import static io.yaoshi.ui.main.AppHarness.combo;
import static io.yaoshi.ui.main.AppHarness.fire;
import static io.yaoshi.ui.main.AppHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.app.SettingsStore;
import io.yaoshi.domain.Placement;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.preferences.HistoryAndBackups;
import io.yaoshi.ui.preferences.LanguageOption;
import io.yaoshi.ui.preferences.Preferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Preferences, the clipboard, several files imported in turn and the remembered table layout, in the real windows. */
class PreferencesUiTest extends AppUiTest {





    @Test
    void preferencesAreSavedShownInTheUserLanguageAndTheLanguageWaitsForARestart(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.SIMPLIFIED_CHINESE);

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppHarness.waitForDialog(robot, "#preferencesDialog");
        ComboBox<Integer> autoLock = combo(robot, "#autoLockChoice");
        assertEquals(5, autoLock.getValue());
        assertEquals("5 分钟", autoLock.getConverter().toString(autoLock.getValue()));
        assertEquals("30 秒", combo(robot, "#clipboardChoice").getConverter().toString(30));
        assertFalse(robot.lookup("#restartHint").query().isVisible());
        assertFalse(robot.lookup("#accountsButton").query().isDisabled(), "the vault is unlocked");

        robot.interact(() -> {
            autoLock.setValue(15);
            combo(robot, "#clipboardChoice").setValue(10);
            combo(robot, "#languageChoice").setValue(LanguageOption.ENGLISH);
        });
        assertTrue(robot.lookup("#restartHint").query().isVisible());
        fire(robot, "#savePreferencesButton");
        AppHarness.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isEmpty());

        assertEquals(new Preferences(15, 10, LanguageOption.ENGLISH, true, null, HistoryAndBackups.defaults()),
                SettingsStore.in(dataDir).load().preferences());
        // the status line confirms what is now in force
        AppHarness.waitUntil(() -> robot.lookup("#statusLabel").queryAs(javafx.scene.control.Label.class).getText()
                .equals("首选项已保存：空闲 15 分钟后锁定保险库，复制的内容 10 秒后清除。语言或 SSH 代理的更改将在下次启动钥匙时生效。"));
    }

    @Test
    void cloudAccountsOpenFromPreferencesAndTestTheirConnection(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        AppHarness.startSandbox(robot);

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppHarness.waitForDialog(robot, "#preferencesDialog");
        fire(robot, "#accountsButton");
        AppHarness.waitForDialog(robot, "#accountsDialog");
        AppHarness.waitUntil(() -> !robot.lookup("#testConnectionButton").query().isDisabled());
        fire(robot, "#testConnectionButton");
        AppHarness.waitUntil(() -> label(robot, "#accountMessage").startsWith("Connected"));
        assertEquals("Connected: Aliyun answered, with no key pairs in cn-hangzhou.",
                label(robot, "#accountMessage"));

        // what is typed is tested, before it is saved: an endpoint where nothing listens is a refused connection
        TextField endpoint = robot.lookup("#endpointField").queryAs(TextField.class);
        String stored = endpoint.getText();
        int closedPort;
        try (var free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        robot.interact(() -> endpoint.setText("http://127.0.0.1:" + closedPort));
        fire(robot, "#testConnectionButton");
        AppHarness.waitUntil(() -> label(robot, "#accountError").contains("ConnectionRefused"));
        assertEquals("Aliyun refused the connection: nothing listens at that address and port; check the endpoint."
                + " Nothing was sent (code ConnectionRefused).", label(robot, "#accountError"));

        // a wrong secret, typed and not saved, is refused by the cloud with its own code
        robot.interact(() -> endpoint.setText(stored));
        robot.clickOn("#secretField").write("not-the-secret");
        fire(robot, "#testConnectionButton");
        AppHarness.waitUntil(() -> label(robot, "#accountError").contains("SignatureDoesNotMatch"));

        // nothing of it was saved: the stored account still connects
        robot.interact(() -> robot.lookup("#secretField").queryAs(TextField.class).clear());
        fire(robot, "#testConnectionButton");
        AppHarness.waitUntil(() -> label(robot, "#accountMessage").startsWith("Connected"));
    }

    @Test
    void thePasswordCostIsMeasuredAgainUnderTheSamePassword(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppHarness.waitForDialog(robot, "#preferencesDialog");
        fire(robot, "#passwordCostButton");
        AppHarness.waitForDialog(robot, "#passwordCostDialog");
        AppHarness.waitUntil(() -> label(robot, "#costLabel").startsWith("Now: Argon2id"));
        assertTrue(robot.lookup("#remeasureButton").query().isDisabled(), "no password typed yet");
        AppHarness.waitUntil(() -> robot.lookup("#costPasswordField").query().isFocused());

        robot.clickOn("#costPasswordField").write("not the password");
        fire(robot, "#remeasureButton");
        AppHarness.waitUntil(() -> label(robot, "#costFailureLabel").startsWith("The password does not open the vault"));

        robot.interact(() -> robot.lookup("#costPasswordField").queryAs(TextField.class).setText(
                new String(io.yaoshi.testing.Fixtures.password())));
        fire(robot, "#remeasureButton");
        AppHarness.waitUntil(() -> label(robot, "#costStatusLabel").startsWith("Done: Argon2id"));
        assertEquals("", robot.lookup("#costPasswordField").queryAs(TextField.class).getText());

        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#passwordCostDialog").tryQuery().isEmpty());
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.unlock(robot); // the same password opens the re-wrapped vault
    }

    @Test
    void theCopiedPublicKeyIsTakenBackByClearClipboardNow(FxRobot robot) throws Exception {
        var key = Fixtures.record("laptop", Placement.local(), List.of());
        app.openUnlocked(robot, stage, Locale.ENGLISH, key);
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("laptop");

        robot.clickOn("#copyPublicKeyButton");
        assertEquals(key.publicKey(), clipboardText(robot));
        assertEquals("Copied the public key of laptop. The clipboard is cleared in 30 seconds.",
                label(robot, "#statusLabel"));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(clipboardHasText(robot));
        assertEquals("Clipboard cleared.", label(robot, "#statusLabel"));
    }

    private static String clipboardText(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private static boolean clipboardHasText(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasString()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void severalChosenFilesAreImportedInTurn(FxRobot robot) throws Exception {
        Path firstFile = publicKeyFile("first");
        Path secondFile = publicKeyFile("second");
        app.openUnlocked(robot, stage, Locale.ENGLISH);

        app.files.answer(firstFile, dataDir, secondFile);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        for (String name : List.of("first", "second")) {
            AppHarness.waitForDialog(robot, "#keyImportDialog");
            assertEquals(name, robot.lookup("#nameField").queryAs(javafx.scene.control.TextField.class).getText());
            fire(robot, "#importButton");
            AppHarness.waitUntil(() -> robot.lookup("#nameField").tryQuery()
                    .map(n -> !((javafx.scene.control.TextField) n).getText().equals(name)).orElse(true));
        }

        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("first", "second"), table.getItems().stream().map(KeyRow::name).sorted().toList());
    }

    private Path publicKeyFile(String name) throws Exception {
        var generator = new io.yaoshi.keys.KeyGenerator(new java.security.SecureRandom());
        var pair = generator.generate(io.yaoshi.domain.KeyAlgorithm.ED25519, name);
        byte[] line = new io.yaoshi.keys.KeyExporter(new java.security.SecureRandom())
                .exportPublic(pair.publicKey(), io.yaoshi.domain.ExportFormat.PUBLIC);
        return Files.write(dataDir.resolve(name + ".pub"), line);
    }

    @Test
    void theTableLayoutIsRememberedOnTheNextStart(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("alpha", Placement.local(), List.of()),
                Fixtures.record("beta", Placement.local(), List.of()));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> {
            TableColumn<KeyRow, ?> fingerprint = column(table, "fingerprintColumn");
            table.getColumns().remove(fingerprint);
            table.getColumns().add(0, fingerprint);
            column(table, "tagsColumn").setVisible(false);
            TableColumn<KeyRow, ?> name = column(table, "nameColumn");
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        robot.clickOn("#statusLabel").push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        app.close();

        app = new AppHarness(dataDir);
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        TableView<KeyRow> again = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> again.getItems().size() == 2);

        assertEquals("fingerprintColumn", again.getColumns().get(0).getId());
        assertFalse(column(again, "tagsColumn").isVisible());
        assertEquals(List.of("nameColumn"), again.getSortOrder().stream().map(TableColumn::getId).toList());
        assertEquals(List.of("beta", "alpha"), again.getItems().stream().map(KeyRow::name).toList());
    }

    private static TableColumn<KeyRow, ?> column(TableView<KeyRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
