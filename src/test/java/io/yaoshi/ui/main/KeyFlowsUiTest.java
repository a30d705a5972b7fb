package io.yaoshi.ui.main;

import static io.yaoshi.ui.main.AppHarness.fire;
import static io.yaoshi.ui.main.AppHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.keyrow.KeyRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Create, export, import and delete through the real windows, against a real vault file. */
class KeyFlowsUiTest extends AppUiTest {




    @Test
    void createValidatesLiveWithTheProviderCodeAndSelectsTheNewKey(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.SIMPLIFIED_CHINESE,
                Fixtures.record("laptop", Placement.local(), List.of()));

        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        Node create = robot.lookup("#createButton").query();
        assertTrue(create.isDisabled(), "an empty name cannot be created");

        robot.clickOn("#nameField").write("laptop");
        assertEquals("这里已有名为 laptop 的密钥对。（KeyPair.AlreadyExist）", label(robot, "#nameError"));
        assertTrue(create.isDisabled());

        robot.clickOn("#addTagButton");
        robot.write("acs:team");
        AppHarness.waitUntil(() -> robot.lookup(".tag-row .error-text").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertEquals("标签键不能以 aliyun 或 acs: 开头。（InvalidTagKey.Malformed）",
                robot.lookup(".tag-row .error-text").queryAs(Label.class).getText());

        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("密钥-新");
            robot.lookup(".tag-row .text-field").queryAs(TextField.class).setText("team");
            @SuppressWarnings("unchecked")
            var types = (ComboBox<io.yaoshi.domain.KeyAlgorithm>) robot.lookup("#typeChoice").query();
            types.setValue(io.yaoshi.domain.KeyAlgorithm.ED25519);
        });
        assertEquals("", label(robot, "#nameError"));
        assertTrue(!create.isDisabled());
        fire(robot, "#createButton");

        AppHarness.waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 2 && table.getSelectionModel().getSelectedItem() != null
                && robot.lookup(".tag-chip").tryQuery().isPresent());
        KeyRow selected = table.getSelectionModel().getSelectedItem();
        assertEquals("密钥-新", selected.name());
        assertEquals("Ed25519", selected.type());
        assertEquals("team", selected.tags());
        assertEquals("已添加 密钥-新。", label(robot, "#statusLabel"));
        // the details panel shows the selected key pair
        assertEquals(selected.key().fingerprints().sha256(), label(robot, "#detailsSha256"));
        assertTrue(robot.lookup("#detailsPublicKey").queryAs(javafx.scene.control.TextArea.class).getText()
                .startsWith("ssh-ed25519 AAAA"));
        assertEquals("team", robot.lookup(".tag-chip").queryAs(Label.class).getText());
    }

    @Test
    void exportWritesAnOwnerOnlyFileSshKeygenReads(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        robot.clickOn("#nameField").write("web");
        fire(robot, "#createButton");
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        String sha256 = table.getSelectionModel().getSelectedItem().key().fingerprints().sha256();

        Path target = dataDir.resolve("web.pem");
        app.files.answer(target);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppHarness.waitForDialog(robot, "#keyExportDialog");
        assertTrue(label(robot, "#warningLabel").startsWith("The private key will be written unencrypted"));
        fire(robot, "#exportButton");

        AppHarness.waitUntil(() -> label(robot, "#statusLabel").startsWith("Exported"));
        assertEquals("web.pem", app.files.lastSuggestedName);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", target.toString()).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS));
        assertTrue(new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains(sha256));
        assertEquals("Exported web to " + target + ".", label(robot, "#statusLabel"));
    }

    @Test
    void importAsksForThePassphraseOnlyWhenTheFileNeedsIt(FxRobot robot) throws Exception {
        Path key = dataDir.resolve("id_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret-pass", "-f",
                key.toString()).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS));
        app.openUnlocked(robot, stage, Locale.ENGLISH);

        app.files.answer(key);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        AppHarness.waitForDialog(robot, "#keyImportDialog");
        assertEquals("id_ed25519", robot.lookup("#nameField").queryAs(TextField.class).getText());
        // asked as soon as the file is read, as a question beside the field, not as an error
        AppHarness.waitUntil(() -> robot.lookup("#passphraseField").query().isVisible());
        assertEquals("The key is protected by a passphrase. Enter it to import the key:",
                label(robot, "#passphraseLabel"));
        assertEquals("Ed25519 private key", label(robot, "#summaryLabel"));
        assertTrue(label(robot, "#fingerprintLabel").startsWith("SHA256:"));
        assertFalse(robot.lookup("#failureLabel").query().isVisible());
        assertTrue(robot.lookup("#importButton").query().isDisabled(), "not until the passphrase is typed");
        AppHarness.waitUntil(() -> robot.lookup("#passphraseField").query().isFocused());

        robot.clickOn("#passphraseField").write("secret-pass");
        fire(robot, "#importButton");
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog").tryQuery().isEmpty());
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals("id_ed25519", table.getItems().get(0).name());
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheKey(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("old-key", Placement.local(),
                List.of(new Tag("env", "test"))));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("old-key");

        robot.push(KeyCode.DELETE);
        AppHarness.waitForDialog(robot, "#deleteConfirmation");
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#deleteConfirmation").tryQuery().isEmpty());
        assertEquals(1, table.getItems().size(), "cancel keeps the key pair");

        robot.push(KeyCode.DELETE);
        AppHarness.waitForDialog(robot, "#deleteConfirmation");
        robot.clickOn("Delete");
        AppHarness.waitUntil(() -> table.getItems().isEmpty());
        assertEquals("Deleted old-key (Local).", label(robot, "#statusLabel"));
    }

    @Test
    void afterADeleteTheRowBelowItInTheSortedListIsSelected(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("bravo", Placement.local(), List.of()),
                Fixtures.record("alpha", Placement.local(), List.of()),
                Fixtures.record("charlie", Placement.local(), List.of()));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 3);
        // sorted by name, Z to A, unlike the order they were stored in
        robot.interact(() -> {
            var name = table.getColumns().get(0);
            name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        robot.clickOn("bravo");

        deleteSelected(robot);

        AppHarness.waitUntil(() -> table.getItems().size() == 2);
        AppHarness.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals("alpha", table.getSelectionModel().getSelectedItem().name(), "the row that was below bravo");

        deleteSelected(robot);

        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        AppHarness.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals("charlie", table.getSelectionModel().getSelectedItem().name(), "alpha was last: the row above");
    }

    private static void deleteSelected(FxRobot robot) throws Exception {
        robot.push(KeyCode.DELETE);
        AppHarness.waitForDialog(robot, "#deleteConfirmation");
        robot.clickOn("Delete");
        AppHarness.waitUntil(() -> robot.lookup("#deleteConfirmation").tryQuery().isEmpty());
    }

    @Test
    void tagsAreEditedInPlaceWithTheSameRules(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("web", Placement.local(),
                List.of(new Tag("env", "test"))));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("web");

        // the Edit button beside the tags in the details panel opens the same dialog as Ctrl+T
        robot.clickOn("#editTagsButton");
        AppHarness.waitForDialog(robot, "#keyTagsDialog");
        assertEquals("env", robot.lookup(".tag-row .text-field").queryAs(TextField.class).getText());
        Node save = robot.lookup("#saveTagsButton").query();

        var existingValue = robot.lookup(".tag-row .text-field").queryAllAs(TextField.class).stream().toList().get(1);
        robot.doubleClickOn(existingValue).write("acs:x");
        AppHarness.waitUntil(save::isDisabled);
        assertEquals("A tag value must not start with aliyun or acs:. (InvalidTagValue.Malformed)",
                robot.lookup(".tag-row .error-text").queryAs(Label.class).getText());
        robot.interact(() -> existingValue.setText("test"));

        robot.clickOn("#addTagButton").write("aliyun-x");
        AppHarness.waitUntil(save::isDisabled);
        assertEquals("A tag key must not start with aliyun or acs:. (InvalidTagKey.Malformed)",
                robot.lookup(".tag-row .error-text").queryAllAs(Label.class).stream().map(Label::getText)
                        .filter(t -> !t.isEmpty()).findFirst().orElseThrow());

        robot.interact(() -> {
            var fields = robot.lookup(".tag-row .text-field").queryAllAs(TextField.class).stream().toList();
            fields.get(2).setText("owner");
            fields.get(3).setText("李雷");
        });
        assertTrue(!save.isDisabled());
        fire(robot, "#saveTagsButton");

        AppHarness.waitUntil(() -> label(robot, "#statusLabel").equals("Saved the tags of web."));
        AppHarness.waitUntil(() -> robot.lookup(".tag-chip").queryAllAs(Label.class).size() == 2);
        assertEquals(List.of("env = test", "owner = 李雷"), robot.lookup(".tag-chip").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    @Test
    void enterInATagValueStartsTheNextTagInsteadOfSaving(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, Fixtures.record("web", Placement.local(),
                List.of(new Tag("env", "test"))));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("web");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        AppHarness.waitForDialog(robot, "#keyTagsDialog");

        var value = robot.lookup(".tag-row .text-field").queryAllAs(TextField.class).stream().toList().get(1);
        robot.clickOn(value).push(KeyCode.ENTER);
        AppHarness.waitUntil(() -> robot.lookup(".tag-row").queryAll().size() == 2);
        robot.write("owner").push(KeyCode.ENTER).write("ops").push(KeyCode.ENTER);

        AppHarness.waitUntil(() -> robot.lookup(".tag-row").queryAll().size() == 3);
        assertTrue(robot.lookup("#keyTagsDialog").tryQuery().isPresent(), "Enter did not save and close the form");
        var fields = robot.lookup(".tag-row .text-field").queryAllAs(TextField.class).stream().toList();
        assertEquals(List.of("env", "test", "owner", "ops", "", ""), fields.stream().map(TextField::getText).toList());
        assertTrue(fields.get(4).isFocused(), "the new tag's key has the focus");
    }

    @Test
    void aCloudKeyPairWithoutCredentialsIsExplainedAndTheFormKept(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        chooseAliyun(robot);
        assertTrue(robot.lookup("#regionChoice").query().isVisible());
        assertEquals("2–128 characters: letters, digits, Chinese characters, and : _ -; starts with a letter or "
                + "Chinese character.", label(robot, "#nameRule"));

        robot.clickOn("#nameField").write("web prod");
        assertEquals("These characters are not allowed in the name: space. (InvalidKeyPairName.Malformed)",
                label(robot, "#nameError"));
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("web-prod"));
        fire(robot, "#createButton");

        AppHarness.waitUntil(() -> !label(robot, "#failureLabel").isEmpty());
        assertTrue(label(robot, "#failureLabel").startsWith("No Aliyun credentials are stored yet"),
                label(robot, "#failureLabel"));
        assertEquals("web-prod", robot.lookup("#nameField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#keyCreateDialog").tryQuery().isPresent(), "the dialog stays open");
    }

    @Test
    void aCloudAccountIsStoredAndARefusedConnectionCreatesNothing(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        MenuItem accounts = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().get(0);
        Platform.runLater(accounts::fire);
        AppHarness.waitForDialog(robot, "#accountsDialog");
        robot.clickOn("#keyIdField").write("LTAI5tExampleId");
        robot.clickOn("#secretField").write("example-secret");
        // nothing listens on port 1: the call is refused at once, before anything is sent
        robot.clickOn("#endpointField").write("http://127.0.0.1:1/");
        robot.clickOn("#saveAccountButton");
        AppHarness.waitUntil(() -> label(robot, "#accountMessage").equals("Saved the Aliyun account."));
        assertEquals("", robot.lookup("#secretField").queryAs(javafx.scene.control.PasswordField.class).getText());
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#accountsDialog").tryQuery().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        chooseAliyun(robot);
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("web-prod"));
        fire(robot, "#createButton");
        AppHarness.waitUntil(() -> !label(robot, "#failureLabel").isEmpty());
        assertEquals("Aliyun refused the connection: nothing listens at that address and port; check the endpoint."
                + " Nothing was sent (code ConnectionRefused).", label(robot, "#failureLabel"));
        robot.push(KeyCode.ESCAPE);

        // nothing reached the cloud, so nothing waits to be settled with it
        AppHarness.waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("laptop"));
        fire(robot, "#createButton");
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().stream().anyMatch(row -> row.name().equals("laptop")));
        assertEquals(List.of("laptop"), table.getItems().stream().map(KeyRow::name).toList());
    }

    @Test
    void theLocalSandboxCloudLetsACloudKeyPairBeCreatedWithoutAnAccount(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        AppHarness.startSandbox(robot);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppHarness.waitForDialog(robot, "#keyCreateDialog");
        chooseAliyun(robot);
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("sandbox-web"));
        fire(robot, "#createButton");

        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        KeyRow row = table.getItems().get(0);
        assertEquals("sandbox-web", row.name());
        assertEquals(io.yaoshi.domain.RemoteState.PRESENT, row.key().remoteState());
        assertEquals("Aliyun", row.provider());
    }

    @Test
    void aKeyFileIsImportedIntoTheSandboxCloudAndAliyunRefusesAnEd25519Key(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        AppHarness.startSandbox(robot);
        var random = new java.security.SecureRandom();
        var exporter = new io.yaoshi.keys.KeyExporter(random);
        var generator = new io.yaoshi.keys.KeyGenerator(random);
        Path ed25519 = Files.write(dataDir.resolve("id_ed25519"), exporter.export(
                generator.generate(io.yaoshi.domain.KeyAlgorithm.ED25519, "me"), io.yaoshi.domain.ExportFormat.OPENSSH));
        Path rsa = Files.write(dataDir.resolve("deploy.pem"), exporter.export(
                generator.generate(io.yaoshi.domain.KeyAlgorithm.RSA_2048, "me"), io.yaoshi.domain.ExportFormat.PKCS8));
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();

        app.files.answer(ed25519);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        AppHarness.waitForDialog(robot, "#keyImportDialog");
        chooseAliyun(robot);
        assertTrue(robot.lookup("#cloudHint").query().isVisible(), "says only the public key is uploaded");
        // the type is known once the file is read: Aliyun's refusal shows before any upload
        AppHarness.waitUntil(() -> !label(robot, "#typeErrorLabel").isEmpty());
        assertTrue(label(robot, "#typeErrorLabel").contains("InvalidPublicKeyBody.Malformed"),
                label(robot, "#typeErrorLabel"));
        assertTrue(robot.lookup("#importButton").query().isDisabled());
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog").tryQuery().isEmpty());
        assertEquals(0, table.getItems().size(), "a refused import stores nothing");

        app.files.answer(rsa);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        AppHarness.waitForDialog(robot, "#keyImportDialog");
        chooseAliyun(robot);
        fire(robot, "#importButton");
        AppHarness.waitUntil(() -> robot.lookup("#keyImportDialog").tryQuery().isEmpty());
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        KeyRow row = table.getItems().get(0);
        assertEquals("deploy", row.name());
        assertEquals("Aliyun", row.provider());
        assertEquals(io.yaoshi.domain.RemoteState.PRESENT, row.key().remoteState());
        assertTrue(row.key().hasPrivateKey(), "the private key stays here");
    }

    private static void chooseAliyun(FxRobot robot) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var providers = (ComboBox<io.yaoshi.domain.ProviderId>) robot.lookup("#providerChoice").query();
            providers.setValue(io.yaoshi.domain.ProviderId.ALIYUN);
        });
    }
}
