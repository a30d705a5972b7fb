package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.app.SettingsStore;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.agent.RecentRequestsViewModel;
import io.yaoshi.ui.keyrow.KeyRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own SSH agent and its prompt: a key that confirms every use asks above the window; Deny refuses and
 * Allow signs, which OpenSSH's ssh-keygen verifies.
 */
class AgentPromptUiTest extends AppUiTest {

    /** A vault with one generated key pair that the agent offers and confirms every use of. */
    private Path confirmedKey() throws Exception {
        return offeredKey(AgentPolicy.DEFAULT.withOffer(true));
    }

    private Path offeredKey(AgentPolicy policy) throws Exception {
        try (VaultSession vault = new VaultSession(app.vaultFile(), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            KeyPairRecord web = Fixtures.keyService(vault).create(new KeyPairSpec(Placement.local(), "web", List.of(),
                    KeyAlgorithm.ED25519, CreateMode.IMPORT));
            new AgentPolicies(vault).set(web.id(), policy);
            return Files.writeString(dataDir.resolve("web.pub"), web.publicKey() + "\n");
        }
    }

    private record Signing(Process process, Path signature) {
    }

    /** ssh-keygen asks the app's agent to sign a file with the key in {@code publicKey}. */
    private Signing sign(Path publicKey) throws Exception {
        Path message = Files.writeString(dataDir.resolve("message.txt"), "signed through the app\n");
        Files.deleteIfExists(dataDir.resolve("message.txt.sig"));
        ProcessBuilder builder = new ProcessBuilder("ssh-keygen", "-Y", "sign", "-f", publicKey.toString(), "-n", "git",
                message.toString()).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", app.agentSocket().toString());
        return new Signing(builder.start(), dataDir.resolve("message.txt.sig"));
    }

    @Test
    void aConfirmedKeyAsksDenyRefusesAndAllowSigns(FxRobot robot) throws Exception {
        Path publicKey = confirmedKey();
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> Files.exists(app.agentSocket()));
        // the status bar says the agent runs and copies the line a shell needs
        Hyperlink agentLink = robot.lookup("#agentLink").queryAs(Hyperlink.class);
        assertEquals("SSH agent on", agentLink.getText());
        assertTrue(agentLink.getTooltip().getText().contains(app.agentSocket().toString()));
        robot.clickOn(agentLink);
        AppHarness.waitUntil(() -> ("export SSH_AUTH_SOCK=" + app.agentSocket()).equals(
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()));

        Signing denied = sign(publicKey);
        AppHarness.waitForDialog(robot, "#agentPrompt");
        DialogPane prompt = robot.lookup("#agentPrompt").queryAs(DialogPane.class);
        assertEquals("Sign with web?", prompt.getHeaderText());
        Button deny = robot.lookup("#agentDenyButton").queryButton();
        assertTrue(deny.isDefaultButton(), "a stray Enter denies");
        assertFalse(robot.lookup("#agentAllowButton").queryButton().isDefaultButton());
        Platform.runLater(deny::fire);
        assertTrue(denied.process().waitFor(30, TimeUnit.SECONDS));
        assertTrue(denied.process().exitValue() != 0, "refused");
        assertFalse(Files.exists(denied.signature()));

        Signing allowed = sign(publicKey);
        AppHarness.waitForDialog(robot, "#agentPrompt");
        Platform.runLater(() -> robot.lookup("#agentAllowButton").queryButton().fire());
        assertTrue(allowed.process().waitFor(30, TimeUnit.SECONDS));
        String output = new String(allowed.process().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, allowed.process().exitValue(), output);
        assertTrue(Files.readString(allowed.signature()).startsWith("-----BEGIN SSH SIGNATURE-----"));

        // Agent > Recent Requests lists both, newest first, and fills as more arrive
        Platform.runLater(() -> AppHarness.menuItem(robot, "agentRequestsItem").fire());
        AppHarness.waitForDialog(robot, "#agentRequests");
        TableView<RecentRequestsViewModel.Row> requests = robot.lookup("#agentRequestsTable").queryTableView();
        assertEquals(List.of("Allowed by you", "Denied (or no answer)"),
                requests.getItems().stream().map(RecentRequestsViewModel.Row::decision).toList());
        assertEquals("namespace git", requests.getItems().get(0).target());
        Signing third = sign(publicKey);
        AppHarness.waitForDialog(robot, "#agentPrompt");
        AppHarness.fire(robot, "#agentDenyButton");
        assertTrue(third.process().waitFor(30, TimeUnit.SECONDS));
        AppHarness.waitUntil(() -> requests.getItems().size() == 3);

        Platform.runLater(() -> AppHarness.menuItem(robot, "lockItem").fire());
        AppHarness.waitUntil(() -> robot.lookup("#agentRequests").tryQuery().isEmpty());
    }

    @Test
    void aRequestWhileLockedBringsTheUnlockFormAndIsAnsweredOnceUnlocked(FxRobot robot) throws Exception {
        Path publicKey = offeredKey(new AgentPolicy(true, AgentPolicy.Confirm.NEVER, AgentPolicy.Forwarding.DENY));
        app.open(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> Files.exists(app.agentSocket()));
        ProcessBuilder sshAdd = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
        sshAdd.environment().put("SSH_AUTH_SOCK", app.agentSocket().toString());
        Process listing = sshAdd.start();

        AppHarness.waitUntil(() -> AppHarness.label(robot, "#statusLabel")
                .equals("An SSH client asks the agent for a key: unlock the vault to answer it."));
        assertTrue(listing.isAlive(), "the client waits for the unlock instead of getting an empty list");
        AppHarness.unlock(robot);

        assertTrue(listing.waitFor(30, TimeUnit.SECONDS));
        String keys = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, listing.exitValue(), keys);
        assertTrue(keys.contains(" web (ED25519)"), keys);
        assertTrue(Files.readString(publicKey).startsWith("ssh-ed25519 "));
    }

    private String sshAddList() throws Exception {
        ProcessBuilder sshAdd = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
        sshAdd.environment().put("SSH_AUTH_SOCK", app.agentSocket().toString());
        Process listing = sshAdd.start();
        assertTrue(listing.waitFor(30, TimeUnit.SECONDS));
        return new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theDetailsPanelOffersAKeyToTheAgent(FxRobot robot) throws Exception {
        offeredKey(AgentPolicy.DEFAULT);
        app.openAndUnlock(robot, stage, Locale.SIMPLIFIED_CHINESE);
        AppHarness.waitUntil(() -> Files.exists(app.agentSocket()));
        assertTrue(sshAddList().contains("no identities"), "not offered until the user says so");

        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        CheckBox offer = robot.lookup("#agentOffer").queryAs(CheckBox.class);
        AppHarness.waitUntil(() -> !offer.isDisabled());
        assertEquals("提供给 SSH 客户端（ssh、git）", offer.getText());
        assertTrue(robot.lookup("#agentConfirm").query().isDisabled(), "nothing to confirm while not offered");
        robot.interact(() -> offer.setSelected(true));

        // the first key offered: asked once whether closing the window keeps Yaoshi (and its agent) running
        AppHarness.waitForDialog(robot, "#keepRunningQuestion");
        DialogPane question = robot.lookup("#keepRunningQuestion").queryAs(DialogPane.class);
        assertEquals("关闭窗口后让钥匙继续运行吗？", question.getHeaderText());
        Button keep = robot.lookup("#keepRunningButton").queryButton();
        assertEquals("继续运行", keep.getText());
        Platform.runLater(keep::fire);
        AppHarness.waitUntil(() -> SettingsStore.in(dataDir).load().preferences().keepsRunning());
        AppHarness.waitUntil(() -> sshAddList().contains(" web (ED25519)"));
        robot.interact(() -> offer.setSelected(false));
        robot.interact(() -> offer.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#keepRunningQuestion").tryQuery().isEmpty(), "asked once only");
        assertFalse(robot.lookup("#agentConfirm").query().isDisabled());

        // Agent > Use with ssh: the public key written, the block shown; offered now, so no warning
        Platform.runLater(() -> AppHarness.menuItem(robot, "useWithSshItem").fire());
        AppHarness.waitForDialog(robot, "#useWithSsh");
        TextArea block = robot.lookup("#useWithSshBlock").queryAs(TextArea.class);
        AppHarness.waitUntil(() -> block.getText().startsWith("Host web\n    IdentityAgent "));
        assertTrue(block.getText().contains("IdentitiesOnly yes"));
        assertTrue(AppHarness.label(robot, "#useWithSshWritten").startsWith("公钥已写入 "));
        assertFalse(robot.lookup("#useWithSshWarning").query().isVisible());
        try (var pubs = Files.list(app.home().resolve(".ssh").resolve("yaoshi"))) {
            assertEquals(1, pubs.filter(p -> p.getFileName().toString().startsWith("web-")).count());
        }
    }

    @Test
    void aKeyLoadedIntoOpenSshsAgentLeavesItWhenTheVaultLocks(FxRobot robot) throws Exception {
        offeredKey(AgentPolicy.DEFAULT);
        Path socket = dataDir.resolve("ssh-agent.sock");
        Process sshAgent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).start();
        try {
            AppHarness.waitUntil(() -> Files.exists(socket));
            app.sshAuthSock = java.util.Optional.of(socket);
            app.openAndUnlock(robot, stage, Locale.ENGLISH);
            TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
            robot.interact(() -> table.getSelectionModel().select(0));

            Platform.runLater(() -> AppHarness.menuItem(robot, "loadIntoAgentItem").fire());
            AppHarness.waitForDialog(robot, "#agentLoad");
            assertTrue(AppHarness.label(robot, "#agentLoadTarget").startsWith("The agent at " + socket));
            assertEquals("1 hour", AppHarness.<java.time.Duration>combo(robot, "#agentLoadLifetime").getConverter()
                    .toString(java.time.Duration.ofHours(1)));
            AppHarness.fire(robot, "#agentLoadButton");
            AppHarness.waitUntil(() -> AppHarness.label(robot, "#statusLabel").startsWith("web loaded into the agent"));
            ProcessBuilder list = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
            list.environment().put("SSH_AUTH_SOCK", socket.toString());
            assertTrue(new String(list.start().getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .contains("yaoshi: web (ED25519)"));

            Platform.runLater(() -> AppHarness.menuItem(robot, "lockItem").fire());
            AppHarness.waitUntil(() -> new String(list.start().getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).contains("no identities"));
        } finally {
            sshAgent.destroy();
            sshAgent.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
