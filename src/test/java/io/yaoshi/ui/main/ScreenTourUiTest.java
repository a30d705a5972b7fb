package io.yaoshi.ui.main;

import static io.yaoshi.ui.main.AppHarness.combo;
import static io.yaoshi.ui.main.AppHarness.fire;
import static io.yaoshi.ui.main.AppHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.cli.ExitCode;
import io.yaoshi.cli.TerminalSecretInput;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.InstanceClient;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.VaultDamage;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.preferences.LanguageOption;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen tour: one walk through every screen and dialog state a user meets, in Chinese and in English, writing a
 * picture of each to {@code target/tour/<screen>/<language>/} and checking each as a user would, with the window at
 * its first-run size
 * ({@link ScreenTour}). The build runs it on a 1280×800 screen and again on an 800×600 one (the surefire execution
 * {@code tour-800x600}). Look at the pictures after a UI change.
 */
@org.junit.jupiter.api.Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreenTourUiTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path damagedDir;
    @TempDir
    Path files;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        tour(robot, Locale.SIMPLIFIED_CHINESE, "zh_CN");
    }

    @Test
    void english(FxRobot robot) throws Exception {
        tour(robot, Locale.ENGLISH, "en");
    }

    private void tour(FxRobot robot, Locale locale, String language) throws Exception {
        ScreenTour tour = new ScreenTour(folder(language), 1);
        AppHarness app = new AppHarness(dataDir);
        try {
            app.open(robot, stage, locale);
            atTheDefaultSize(robot);
            vault(robot, tour);
            AppHarness.startSandbox(robot, locale);
            newKeyPair(robot, tour);
            list(robot, tour);
            agentPrompt(robot, app, tour);
            export(robot, tour);
            importKeys(robot, app, tour);
            tagsAndDelete(robot, tour);
            accountsAndSync(robot, tour);
            preferencesAndAbout(robot, tour);
            lockAndUnlock(robot, app, tour);
        } finally {
            app.close();
        }
        assertTrue(tour.problems().isEmpty(), "What a user would see wrong (pictures in " + tour.folder() + "):\n"
                + String.join("\n", tour.problems()));
    }

    /**
     * The window at the size a new user's opens at (the first-run size, at most the screen), placed at the screen's
     * corner. Set explicitly: under Monocle a new scene on a window whose size does not change is painted at the
     * scene's first size.
     */
    private void atTheDefaultSize(FxRobot robot) {
        var screen = Screen.getPrimary().getVisualBounds();
        var firstRun = io.yaoshi.app.WindowGeometry.firstRun();
        robot.interact(() -> {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(Math.min(firstRun.width(), screen.getWidth()) - 1);
            stage.setWidth(Math.min(firstRun.width(), screen.getWidth()));
            stage.setHeight(Math.min(firstRun.height(), screen.getHeight()));
        });
    }

    private static void vault(FxRobot robot, ScreenTour tour) throws Exception {
        tour.shot("vault-create");
        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#confirmationField").write("short");
        AppHarness.waitUntil(() -> robot.lookup("#strengthRow").query().isVisible());
        tour.shot("vault-create-too-short");
        robot.interact(() -> {
            robot.lookup("#passwordField").queryAs(PasswordField.class).setText("correct horse battery");
            robot.lookup("#confirmationField").queryAs(PasswordField.class).setText("correct horse battery!");
        });
        robot.clickOn("#showPasswordBox");
        robot.clickOn("#submitButton");
        AppHarness.waitUntil(() -> !label(robot, "#errorLabel").isEmpty());
        tour.shot("vault-create-error");
        robot.clickOn("#showPasswordBox");
        robot.interact(() -> {
            robot.lookup("#passwordField").queryAs(PasswordField.class).setText(new String(Fixtures.PASSWORD));
            robot.lookup("#confirmationField").queryAs(PasswordField.class).setText(new String(Fixtures.PASSWORD));
        });
        robot.clickOn("#submitButton");
        AppHarness.waitUntil(() -> robot.lookup("#emptyTitle").tryQuery().map(Node::isVisible).orElse(false));
        tour.shot("list-empty");
    }

    /** ssh-keygen asks the app's agent to sign with a key that confirms every use: the prompt, then Deny. */
    private void agentPrompt(FxRobot robot, AppHarness app, ScreenTour tour) throws Exception {
        Path publicKey = app.offerToAgent("laptop");
        Path message = Files.writeString(files.resolve("commit.txt"), "a commit\n");
        ProcessBuilder builder = new ProcessBuilder("ssh-keygen", "-Y", "sign", "-f", publicKey.toString(), "-n", "git",
                message.toString()).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", app.agentSocket().toString());
        Process signing = builder.start();
        AppHarness.waitForDialog(robot, "#agentPrompt");
        tour.shot("agent-prompt");
        fire(robot, "#agentDenyButton");
        assertTrue(signing.waitFor(30, TimeUnit.SECONDS));
        agentDialogs(robot, app, tour);
    }

    /** The Agent menu's windows, the question asked on the first key offered, and a terminal's export asking. */
    private void agentDialogs(FxRobot robot, AppHarness app, ScreenTour tour) throws Exception {
        Platform.runLater(() -> AppHarness.menuItem(robot, "agentRequestsItem").fire());
        AppHarness.waitForDialog(robot, "#agentRequests");
        tour.shot("agent-requests");
        closeDialog(robot, "#agentRequests");
        Platform.runLater(() -> AppHarness.menuItem(robot, "useWithSshItem").fire());
        AppHarness.waitForDialog(robot, "#useWithSsh");
        AppHarness.waitUntil(() -> !robot.lookup("#useWithSshBlock").queryAs(TextArea.class).getText().isEmpty());
        tour.shot("agent-use-with-ssh");
        closeDialog(robot, "#useWithSsh");
        Platform.runLater(() -> AppHarness.menuItem(robot, "loadIntoAgentItem").fire());
        AppHarness.waitForDialog(robot, "#agentLoad");
        tour.shot("agent-load");
        closeDialog(robot, "#agentLoad");

        CheckBox offer = robot.lookup("#agentOffer").queryAs(CheckBox.class);
        AppHarness.waitUntil(() -> !offer.isDisabled());
        robot.interact(() -> offer.setSelected(false));
        robot.interact(() -> offer.setSelected(true));
        AppHarness.waitForDialog(robot, "#keepRunningQuestion");
        tour.shot("agent-keep-running-question");
        fire(robot, "#quitWhenClosedButton");
        AppHarness.waitUntil(() -> robot.lookup("#keepRunningQuestion").tryQuery().isEmpty());

        HandOver export = new HandOver(List.of("export", "laptop", "--out", "laptop.pem"), Map.of(),
                files.toString(), "en", "UTF-8", "UTF-8", false, app.vaultFile().toString());
        CompletableFuture<Optional<Integer>> exporting = CompletableFuture.supplyAsync(() -> {
            try (InstanceClient client = InstanceClient.connect(InstanceSocket.of(dataDir)).orElseThrow()) {
                return client.run(export, new TerminalSecretInput(null, InputStream.nullInputStream()),
                        OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AppHarness.waitForDialog(robot, "#commandConsent");
        tour.shot("command-consent");
        fire(robot, "#consentDenyButton");
        assertEquals(Optional.of(ExitCode.VAULT), exporting.get(30, TimeUnit.SECONDS));
    }

    /** Escape closes the dialog with this id, as a user would. */
    private static void closeDialog(FxRobot robot, String id) throws Exception {
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup(id).tryQuery().isEmpty());
    }

    private static void newKeyPair(FxRobot robot, ScreenTour tour) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        tour.shot("new-key");
        robot.clickOn("#nameField").write(" bad name");
        robot.clickOn("#addTagButton");
        robot.write("acs:team");
        AppHarness.waitUntil(() -> !label(robot, "#nameError").isEmpty());
        tour.shot("new-key-errors");
        robot.interact(() -> combo(robot, "#providerChoice").setValue(ProviderId.ALIYUN));
        tour.shot("new-key-aliyun");
        robot.interact(() -> combo(robot, "#providerChoice").setValue(ProviderId.UCLOUD));
        tour.shot("new-key-ucloud");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());

        createLocal(robot, "laptop", KeyAlgorithm.ED25519);
        createLocal(robot, "build-server", KeyAlgorithm.RSA_3072);
        // one key pair made by the (sandbox) cloud, so the list has a cloud row and a region to filter by
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        robot.interact(() -> {
            combo(robot, "#providerChoice").setValue(ProviderId.ALIYUN);
            // where the sandbox's demo servers are bound to web-prod: the Servers and Rotate views show them
            ComboBox<Region> region = combo(robot, "#regionChoice");
            region.getItems().stream().filter(r -> r.id().equals("cn-hangzhou")).findFirst()
                    .ifPresent(region::setValue);
            robot.lookup("#nameField").queryAs(TextField.class).setText("web-prod");
        });
        fire(robot, "#createButton");
        AppHarness.waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 3);
    }

    private static void createLocal(FxRobot robot, String name, KeyAlgorithm type) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText(name);
            combo(robot, "#typeChoice").setValue(type);
        });
        fire(robot, "#createButton");
        AppHarness.waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());
    }

    private static void list(FxRobot robot, ScreenTour tour) throws Exception {
        robot.interact(() -> table(robot).getSelectionModel().select(rowNamed(robot, "laptop")));
        tour.shot("list-full");
        robot.clickOn("#searchField").write("no-such-key");
        AppHarness.waitUntil(() -> robot.lookup("#noMatchState").tryQuery().map(Node::isVisible).orElse(false));
        tour.shot("list-no-match");
        robot.clickOn("#clearFiltersButton");
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> table(robot).getSelectionModel().select(rowNamed(robot, "laptop")));
    }

    private static void export(FxRobot robot, ScreenTour tour) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppHarness.waitForDialog(robot, "#keyExportDialog");
        tour.shot("export");
        robot.interact(() -> robot.lookup("#encryptBox").queryAs(CheckBox.class).setSelected(true));
        tour.shot("export-passphrase");
        robot.clickOn("#keyExportDialog #passphraseField").write("one passphrase");
        robot.clickOn("#keyExportDialog #confirmationField").write("another");
        tour.shot("export-passphrase-mismatch");
        robot.interact(() -> combo(robot, "#formatChoice").setValue(ExportFormat.PKCS8));
        tour.shot("export-pkcs8-ed25519");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyExportDialog").tryQuery().isEmpty());
    }

    private void importKeys(FxRobot robot, AppHarness app, ScreenTour tour) throws Exception {
        Path key = files.resolve("id_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret-pass", "-f",
                key.toString()).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS));
        app.files.answer(key);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        AppHarness.waitForDialog(robot, "#keyImportDialog");
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog #passphraseField").query().isVisible());
        tour.shot("import-passphrase");
        robot.clickOn("#keyImportDialog #passphraseField").write("not the passphrase");
        fire(robot, "#importButton");
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog #failureLabel").query().isVisible());
        tour.shot("import-wrong-passphrase");
        robot.interact(() -> combo(robot, "#providerChoice").setValue(ProviderId.UCLOUD));
        tour.shot("import-passphrase-ucloud");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog").tryQuery().isEmpty());

        app.files.answer(Files.writeString(files.resolve("notes.txt"), "not a key\n"));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        AppHarness.waitForDialog(robot, "#keyImportDialog");
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog #fileProblemLabel").query().isVisible());
        tour.shot("import-not-a-key");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog").tryQuery().isEmpty());
    }

    private static void tagsAndDelete(FxRobot robot, ScreenTour tour) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.T);
        AppHarness.waitForDialog(robot, "#keyTagsDialog");
        robot.clickOn("#addTagButton");
        robot.write("env");
        tour.shot("tags");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyTagsDialog").tryQuery().isEmpty());

        robot.interact(() -> table(robot).getSelectionModel().select(rowNamed(robot, "web-prod")));
        Platform.runLater(() -> AppHarness.menuItem(robot, "deleteKeyItem").fire());
        AppHarness.waitForDialog(robot, "#deleteConfirmation");
        tour.shot("delete-cloud-key");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#deleteConfirmation").tryQuery().isEmpty());
    }

    private static void accountsAndSync(FxRobot robot, ScreenTour tour) throws Exception {
        Platform.runLater(() -> AppHarness.menuItem(robot, "accountsItem").fire());
        AppHarness.waitForDialog(robot, "#accountsDialog");
        tour.shot("accounts-aliyun");
        robot.interact(() -> combo(robot, "#accountProvider").setValue(ProviderId.UCLOUD));
        tour.shot("accounts-ucloud");
        AppHarness.waitUntil(() -> !robot.lookup("#testConnectionButton").query().isDisabled());
        fire(robot, "#testConnectionButton");
        AppHarness.waitUntil(() -> !label(robot, "#accountMessage").isEmpty());
        tour.shot("accounts-tested");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#accountsDialog").tryQuery().isEmpty());

        Platform.runLater(() -> AppHarness.menuItem(robot, "syncItem").fire());
        AppHarness.waitForDialog(robot, "#syncDialog");
        tour.shot("sync");
        AppHarness.waitUntil(() -> !robot.lookup("#compareButton").query().isDisabled());
        fire(robot, "#compareButton");
        AppHarness.waitUntil(() -> !robot.lookup("#syncTable").queryTableView().getItems().isEmpty());
        tour.shot("sync-compared");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#syncDialog").tryQuery().isEmpty());
        servers(robot, tour);
    }

    /** The Servers view: a region never read, the sandbox's demo servers read, the ssh config written, UCloud's. */
    private static void servers(FxRobot robot, ScreenTour tour) throws Exception {
        Platform.runLater(() -> AppHarness.menuItem(robot, "serversItem").fire());
        AppHarness.waitForDialog(robot, "#serversDialog");
        robot.interact(() -> combo(robot, "#serversProvider").setValue(ProviderId.ALIYUN));
        robot.interact(() -> {
            ComboBox<Region> region = combo(robot, "#serversRegion");
            region.getItems().stream().filter(r -> r.id().equals("cn-hangzhou")).findFirst()
                    .ifPresent(region::setValue);
        });
        AppHarness.waitUntil(() -> !label(robot, "#serversReading").isEmpty());
        tour.shot("servers-never-read");
        fire(robot, "#serversRefresh");
        AppHarness.waitUntil(() -> robot.lookup("#serversTable").queryTableView().getItems().size() == 4);
        tour.shot("servers");
        robot.interact(() -> robot.lookup("#serversAddInclude").queryAs(CheckBox.class).setSelected(true));
        fire(robot, "#serversWriteSshConfig");
        AppHarness.waitUntil(() -> !label(robot, "#serversMessage").isEmpty());
        tour.shot("servers-ssh-config-written");
        robot.interact(() -> combo(robot, "#serversProvider").setValue(ProviderId.UCLOUD));
        robot.interact(() -> {
            ComboBox<Region> region = combo(robot, "#serversRegion");
            region.getItems().stream().filter(r -> r.id().equals("cn-bj2")).findFirst().ifPresent(region::setValue);
        });
        AppHarness.waitUntil(() -> !robot.lookup("#serversRefresh").query().isDisabled());
        fire(robot, "#serversRefresh");
        AppHarness.waitUntil(() -> robot.lookup("#serversTable").queryTableView().getItems().size() == 2);
        tour.shot("servers-ucloud");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#serversDialog").tryQuery().isEmpty());
        rotation(robot, tour);
        history(robot, tour);
        teams(robot, tour);
    }

    /** The Teams window of a vault in no team yet: its identity to send, then a store address it refuses. */
    private static void teams(FxRobot robot, ScreenTour tour) throws Exception {
        Platform.runLater(() -> AppHarness.menuItem(robot, "teamsItem").fire());
        AppHarness.waitForDialog(robot, "#teamsDialog");
        AppHarness.waitUntil(() -> !robot.lookup("#teamsIdentity").queryAs(javafx.scene.control.TextField.class)
                .getText().isEmpty());
        tour.shot("teams");
        robot.interact(() -> {
            robot.lookup("#teamsNewName").queryAs(javafx.scene.control.TextField.class).setText("运维");
            robot.lookup("#teamsNewStore").queryAs(javafx.scene.control.TextField.class)
                    .setText("postgresql://ops:secret@db.example/yaoshi");
        });
        fire(robot, "#teamsCreate");
        AppHarness.waitUntil(() -> !robot.lookup("#teamsOutcome").queryAs(javafx.scene.control.Label.class)
                .getText().isEmpty());
        tour.shot("teams-refused");
        javafx.scene.control.DialogPane pane = robot.lookup("#teamsDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        Platform.runLater(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0)))
                .fire());
        AppHarness.waitUntil(() -> robot.lookup("#teamsDialog").tryQuery().isEmpty());
    }

    /** The History view after all of the above, then filtered to the rotated key pair. */
    private static void history(FxRobot robot, ScreenTour tour) throws Exception {
        Platform.runLater(() -> AppHarness.menuItem(robot, "historyItem").fire());
        AppHarness.waitForDialog(robot, "#historyDialog");
        AppHarness.waitUntil(() -> !robot.lookup("#historyTable").queryTableView().getItems().isEmpty());
        tour.shot("history");
        javafx.scene.control.ComboBox<io.yaoshi.ui.history.HistoryViewModel.KeyChoice> key = combo(robot,
                "#historyKey");
        robot.interact(() -> key.setValue(key.getItems().stream().filter(c -> c.label().equals("web-prod"))
                .findFirst().orElseThrow()));
        tour.shot("history-key");
        javafx.scene.control.DialogPane pane = robot.lookup("#historyDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        Platform.runLater(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0)))
                .fire());
        AppHarness.waitUntil(() -> robot.lookup("#historyDialog").tryQuery().isEmpty());
    }

    /** The Rotate wizard on the cloud key pair: its plan, then the steps it took. */
    private static void rotation(FxRobot robot, ScreenTour tour) throws Exception {
        robot.interact(() -> table(robot).getSelectionModel().select(rowNamed(robot, "web-prod")));
        Platform.runLater(() -> AppHarness.menuItem(robot, "rotateKeyItem").fire());
        AppHarness.waitForDialog(robot, "#rotationDialog");
        AppHarness.waitUntil(() -> !robot.lookup("#rotationGo").query().isDisabled());
        tour.shot("rotation-plan");
        fire(robot, "#rotationGo");
        AppHarness.waitUntil(() -> !label(robot, "#rotationResult").isEmpty()
                || !label(robot, "#rotationFailure").isEmpty());
        tour.shot("rotation-done");
        fire(robot, "#rotationClose");
        AppHarness.waitUntil(() -> robot.lookup("#rotationDialog").tryQuery().isEmpty());
    }

    private static void preferencesAndAbout(FxRobot robot, ScreenTour tour) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        AppHarness.waitForDialog(robot, "#preferencesDialog");
        tour.shot("preferences");
        robot.interact(() -> robot.lookup("#preferencesDialog .scroll-pane").queryAll().forEach(pane ->
                ((javafx.scene.control.ScrollPane) pane).setVvalue(1)));
        tour.shot("preferences-history");
        robot.interact(() -> combo(robot, "#languageChoice").setValue(LanguageOption.CHINESE_SIMPLIFIED
                .equals(combo(robot, "#languageChoice").getValue()) ? LanguageOption.ENGLISH
                : LanguageOption.CHINESE_SIMPLIFIED));
        tour.shot("preferences-language");

        fire(robot, "#passwordCostButton");
        AppHarness.waitForDialog(robot, "#passwordCostDialog");
        AppHarness.waitUntil(() -> !label(robot, "#costLabel").isEmpty());
        tour.shot("password-cost");
        robot.clickOn("#costPasswordField").write("wrong password");
        fire(robot, "#remeasureButton");
        AppHarness.waitUntil(() -> !label(robot, "#costFailureLabel").isEmpty());
        tour.shot("password-cost-error");
        robot.interact(() -> robot.lookup("#costPasswordField").queryAs(PasswordField.class)
                .setText(new String(Fixtures.PASSWORD)));
        fire(robot, "#remeasureButton");
        // the field is emptied once the vault key is re-wrapped
        AppHarness.waitUntil(() -> robot.lookup("#costPasswordField").queryAs(PasswordField.class).getText().isEmpty());
        tour.shot("password-cost-done");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#passwordCostDialog").tryQuery().isEmpty());

        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isEmpty());

        Platform.runLater(() -> AppHarness.menuItem(robot, "aboutItem").fire());
        AppHarness.waitForDialog(robot, "#aboutDialog");
        tour.shot("about");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
    }

    private static void lockAndUnlock(FxRobot robot, AppHarness app, ScreenTour tour) throws Exception {
        int keyPairs = table(robot).getItems().size();
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.waitUntil(() -> robot.lookup("#unlockPane").query().isVisible());
        tour.shot("vault-unlock");
        robot.clickOn("#passwordField").write("wrong password").push(KeyCode.ENTER);
        AppHarness.waitUntil(() -> !label(robot, "#errorLabel").isEmpty());
        tour.shot("vault-unlock-error");
        AppHarness.unlock(robot);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == keyPairs);
        tour.shot("list-after-unlock");

        // the vault locks on its own while a dialog with a key pair's name is open: the dialog goes with it
        robot.interact(() -> table(robot).getSelectionModel().select(rowNamed(robot, "laptop")));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppHarness.waitForDialog(robot, "#keyExportDialog");
        app.clock.advance(Duration.ofMinutes(6));
        AppHarness.waitUntil(() -> robot.lookup("#keyExportDialog").tryQuery().isEmpty());
        AppHarness.waitUntil(() -> robot.lookup("#unlockPane").query().isVisible());
        tour.shot("auto-locked");
        AppHarness.unlock(robot);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == keyPairs);
    }

    @Test
    void chineseDamagedVault(FxRobot robot) throws Exception {
        damagedVault(robot, Locale.SIMPLIFIED_CHINESE, "zh_CN");
    }

    @Test
    void englishDamagedVault(FxRobot robot) throws Exception {
        damagedVault(robot, Locale.ENGLISH, "en");
    }

    /** A vault with an item damaged and another removed on disk, opened as the first thing the app shows. */
    private void damagedVault(FxRobot robot, Locale locale, String language) throws Exception {
        ScreenTour tour = new ScreenTour(folder(language), 90);
        AppHarness app = new AppHarness(damagedDir);
        try {
            var broken = Fixtures.record("broken", Placement.local(), List.of());
            var removed = Fixtures.record("removed", Placement.local(), List.of());
            app.seedVault(Fixtures.record("sound", Placement.local(), List.of()), broken, removed);
            VaultDamage.flipCiphertextByte(app.vaultFile(), broken.id());
            VaultDamage.deleteRow(app.vaultFile(), removed.id());
            app.open(robot, stage, locale);
            atTheDefaultSize(robot);
            AppHarness.unlock(robot);
            AppHarness.waitUntil(() -> robot.lookup("#damageBanner").query().isVisible());
            tour.shot("list-damaged-item");
            assertEquals(1, table(robot).getItems().size());
        } finally {
            app.close();
        }
        assertTrue(tour.problems().isEmpty(), String.join("\n", tour.problems()));
    }

    private static Path folder(String language) {
        var screen = Screen.getPrimary().getBounds();
        return Path.of("target", "tour", (int) screen.getWidth() + "x" + (int) screen.getHeight(), language);
    }



    private static TableView<KeyRow> table(FxRobot robot) {
        return robot.lookup("#keyTable").queryTableView();
    }

    private static KeyRow rowNamed(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

}
