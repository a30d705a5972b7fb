package io.yaoshi.ui.main;

import io.yaoshi.app.AppExecutors;
import io.yaoshi.app.MainWindow;
import io.yaoshi.app.Services;
import io.yaoshi.app.SettingsStore;
import io.yaoshi.app.SshPlaces;
import io.yaoshi.app.Wiring;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, wired as in production but with a cheap KDF, a temporary data folder and scripted file dialogs. */
final class AppHarness implements AutoCloseable {

    final Path dataDir;
    final ScriptedFilePicker files = new ScriptedFilePicker();
    /** The app's clock: the auto-lock measures idle time by it. */
    final MutableClock clock = new MutableClock();
    private final AppExecutors executors = new AppExecutors();
    private Services services;
    private Wiring wiring;

    AppHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path vaultFile() {
        return dataDir.resolve("vault.db");
    }

    void open(FxRobot robot, Stage stage, Locale locale) {
        services = Services.create(vaultFile(), Fixtures.cheapVault());
        SettingsStore settings = SettingsStore.in(dataDir);
        wiring = new Wiring(Messages.forLocale(locale), dataDir, settings, settings.load(), services,
                executors.vault(), Platform::runLater, files, clock, new SshPlaces(agentSocket(), home(), sshAuthSock));
        robot.interact(() -> {
            new MainWindow(wiring).show(stage);
            wiring.startAgent();
            wiring.startInstance(InstanceSocket.of(dataDir));
        });
    }

    /** The agent the app's session names in SSH_AUTH_SOCK: none unless a test starts one. */
    java.util.Optional<Path> sshAuthSock = java.util.Optional.empty();

    /** The home whose .ssh folder this test's app reads and writes: its own, never the user's. */
    Path home() {
        return dataDir.resolve("home");
    }

    /** Where this test's app serves its SSH agent: in its own data folder, never the user's runtime folder. */
    Path agentSocket() {
        return dataDir.resolve("agent").resolve("agent.sock");
    }

    /**
     * Offers this key pair of the open app's vault to its SSH agent, every use confirmed (through the app's own vault
     * thread); returns a file with its public key, for ssh-keygen.
     */
    Path offerToAgent(String name) throws Exception {
        return executors.vault().submit(() -> {
            io.yaoshi.domain.KeyPairRecord key = services.keys().resolve(name);
            services.agentPolicies().set(key.id(), io.yaoshi.domain.AgentPolicy.DEFAULT.withOffer(true));
            return java.nio.file.Files.writeString(dataDir.resolve(name + ".pub"), key.publicKey() + "\n");
        }).get(10, TimeUnit.SECONDS);
    }

    /**
     * A key pair at Aliyun in Hangzhou recorded here by its public half only, as one made in the console: the sandbox's
     * demo servers are bound to {@code web-prod}.
     */
    static KeyPairRecord aliyunKeyPair(String name) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        var pair = new io.yaoshi.keys.KeyGenerator(random).generate(io.yaoshi.domain.KeyAlgorithm.RSA_2048, name);
        String line = new String(new io.yaoshi.keys.KeyExporter(random).exportPublic(pair.publicKey(),
                io.yaoshi.domain.ExportFormat.PUBLIC), java.nio.charset.StandardCharsets.UTF_8).strip();
        return new KeyPairRecord(io.yaoshi.domain.KeyId.random(), io.yaoshi.domain.Placement.aliyun("cn-hangzhou", ""),
                name, io.yaoshi.domain.KeyAlgorithm.RSA_2048, List.of(), new io.yaoshi.domain.KeyFingerprints("", "",
                ""), name, java.time.Instant.parse("2026-11-30T08:00:00Z"), io.yaoshi.domain.Origin.IMPORTED,
                io.yaoshi.domain.RemoteState.PRESENT, line, false);
    }

    /** A vault holding these key pairs, written before the app starts. */
    void seedVault(KeyPairRecord... records) throws Exception {
        try (VaultSession vault = new VaultSession(vaultFile(), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            vault.save(List.of(records), Map.of());
        }
    }

    /** Opens the app on a seeded vault and unlocks it through the UI. */
    void openUnlocked(FxRobot robot, Stage stage, Locale locale, KeyPairRecord... records) throws Exception {
        seedVault(records);
        openAndUnlock(robot, stage, locale);
    }

    /** Opens the app on the vault already in the data folder and unlocks it through the UI. */
    void openAndUnlock(FxRobot robot, Stage stage, Locale locale) throws Exception {
        open(robot, stage, locale);
        unlock(robot);
    }

    /** Types the password into the unlock form, as a user does, and waits for the key list. */
    static void unlock(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#unlockPane").query().isVisible());
        robot.clickOn("#passwordField").write(new String(Fixtures.PASSWORD)).push(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#keyListPane").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        // the table joins the scene once its split pane is skinned, a pulse or more later on a busy machine
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().isPresent());
    }

    /** Turns on File → Local Sandbox Cloud and waits until the emulator runs and the accounts point to it. */
    static void startSandbox(FxRobot robot) throws TimeoutException {
        startSandbox(robot, Locale.ENGLISH);
    }

    /** The same, for an app speaking {@code locale}. */
    static void startSandbox(FxRobot robot, Locale locale) throws TimeoutException {
        String running = Messages.forLocale(locale).get("main.status.sandboxStarted");
        var sandbox = (javafx.scene.control.CheckMenuItem) robot.lookup("#menuBar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "sandboxItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            sandbox.setSelected(true);
            sandbox.fire();
        });
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(javafx.scene.control.Label.class).getText()
                .equals(running));
    }

    /** The text of the label with this id. */
    static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Fires the button with this id; dialogs nest an event loop, so through runLater rather than interact(). */
    static void fire(FxRobot robot, String buttonId) {
        javafx.scene.Node button = robot.lookup(buttonId).query();
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.ButtonBase) button).fire());
    }

    @SuppressWarnings("unchecked")
    static <T> javafx.scene.control.ComboBox<T> combo(FxRobot robot, String id) {
        return (javafx.scene.control.ComboBox<T>) robot.lookup(id).query();
    }

    /** The main menu's item with this id, in whichever menu it is. */
    static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    /** Waits until the dialog with this id is on screen, its window shown (not only in the scene graph). */
    static void waitForDialog(FxRobot robot, String id) throws TimeoutException {
        waitUntil(() -> robot.lookup(id).tryQuery().map(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a condition on the screen; a node it asks for that is not in the scene yet counts as "not yet". */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (EmptyNodeQueryException notYetShown) {
                return false;
            }
        });
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            closeWindowsAndServices();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the app", e);
        }
    }

    private void closeWindowsAndServices() throws InterruptedException, ExecutionException, TimeoutException {
        // a dialog a test left open would otherwise answer into this app after its threads are gone
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(javafx.stage.Window::hide)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        if (wiring != null) {
            wiring.stopInstance();
            wiring.stopAgent();
        }
        if (services != null) {
            executors.vault().submit(() -> {
                wiring.stopSandbox();
                services.vault().close();
            }).get();
        }
        executors.close();
    }
}
