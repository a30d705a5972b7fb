package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.cli.ExitCode;
import io.yaoshi.cli.TerminalSecretInput;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.InstanceClient;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.keyrow.KeyRow;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The desktop app as the running instance: a command from a terminal waits for the unlock in the window, then runs. */
class HandOverUiTest extends AppUiTest {

    private HandOver request(String... command) {
        return new HandOver(List.of(command), Map.of(), dataDir.toString(), "en", "UTF-8", "UTF-8", false,
                app.vaultFile().toString());
    }

    private record Ran(Optional<Integer> exit, String out, String err) {
    }

    private Ran handOver(HandOver request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (InstanceClient client = InstanceClient.connect(InstanceSocket.of(dataDir)).orElseThrow()) {
            Optional<Integer> exit = client.run(request, new TerminalSecretInput(null, InputStream.nullInputStream()),
                    out, err);
            return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Ran uncheckedHandOver(HandOver request) {
        try {
            return handOver(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommandFromATerminalWaitsForTheUnlockRunsAndTheListShowsItsWork(FxRobot robot) throws Exception {
        try (VaultSession vault = new VaultSession(app.vaultFile(), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            Fixtures.keyService(vault).create(new KeyPairSpec(Placement.local(), "web", List.of(),
                    KeyAlgorithm.ED25519, CreateMode.IMPORT));
        }
        app.open(robot, stage, Locale.ENGLISH);

        CompletableFuture<Ran> listing = CompletableFuture.supplyAsync(() -> uncheckedHandOver(request("list")));
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#statusLabel")
                .equals("A command from a terminal waits for the vault: unlock it to run the command."));
        assertTrue(!listing.isDone(), "it waits for the user");
        AppHarness.unlock(robot);

        Ran listed = listing.get(30, TimeUnit.SECONDS);
        assertEquals(Optional.of(0), listed.exit(), listed.err());
        assertTrue(listed.err().startsWith("Yaoshi is locked: unlock it in its window"), listed.err());
        assertTrue(listed.out().contains("web"), listed.out());

        Ran created = handOver(request("create", "--name", "from-terminal", "--type", "ed25519"));
        assertEquals(Optional.of(0), created.exit(), created.err());
        TableView<KeyRow> table = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("from-terminal")));

        Ran missing = handOver(request("show", "nowhere"));
        assertEquals(Optional.of(ExitCode.VALIDATION), missing.exit(), missing.err());
        assertTrue(missing.err().startsWith("error: KeyPair.NotFound: "), missing.err());

        // a private key leaves only when the user allows it in the window; Deny is the default
        CompletableFuture<Ran> denied = CompletableFuture.supplyAsync(() -> uncheckedHandOver(request("export", "web",
                "--out", "web.pem")));
        AppHarness.waitForDialog(robot, "#commandConsent");
        assertTrue(robot.lookup("#consentDenyButton").queryButton().isDefaultButton(), "a stray Enter denies");
        AppHarness.fire(robot, "#consentDenyButton");
        Ran refused = denied.get(30, TimeUnit.SECONDS);
        assertEquals(Optional.of(ExitCode.VAULT), refused.exit(), refused.err());
        assertTrue(refused.err().startsWith("error: Consent.Denied: "), refused.err());
        assertTrue(Files.notExists(dataDir.resolve("web.pem")));
        CompletableFuture<Ran> allowed = CompletableFuture.supplyAsync(() -> uncheckedHandOver(request("export",
                "web", "--out", "web.pem")));
        AppHarness.waitForDialog(robot, "#commandConsent");
        AppHarness.fire(robot, "#consentAllowButton");
        assertEquals(Optional.of(0), allowed.get(30, TimeUnit.SECONDS).exit());
        assertTrue(Files.exists(dataDir.resolve("web.pem")), "written in the caller's folder");

        try (InstanceClient client = InstanceClient.connect(InstanceSocket.of(dataDir)).orElseThrow()) {
            assertEquals(InstanceClient.Shown.SHOWN, client.show(request()));
        }
        try (InstanceClient client = InstanceClient.connect(InstanceSocket.of(dataDir)).orElseThrow()) {
            assertEquals(InstanceClient.Shown.DECLINED, client.show(new HandOver(List.of(), Map.of(),
                    dataDir.toString(), "en", "UTF-8", "UTF-8", false, dataDir.resolve("other.db").toString())),
                    "another vault is not this instance's");
        }
    }

    @Test
    void aBindingFromATerminalChangesServersOnlyWhenTheUserAllowsIt(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, AppHarness.aliyunKeyPair("web-prod"));
        AppHarness.startSandbox(robot);

        CompletableFuture<Ran> binding = CompletableFuture.supplyAsync(() -> uncheckedHandOver(request("bind",
                "web-prod", "--instances", "i-bp1demoweb01", "--reboot", "--yes")));
        AppHarness.waitForDialog(robot, "#commandConsent");
        AppHarness.fire(robot, "#consentDenyButton");

        Ran refused = binding.get(30, TimeUnit.SECONDS);
        assertEquals(Optional.of(ExitCode.VAULT), refused.exit(), refused.err());
        assertTrue(refused.err().contains("i-bp1demoweb01  web-01  Running  running: will be REBOOTED now"),
                "the plan is shown first: " + refused.err());
        assertTrue(refused.err().contains("error: Consent.Denied: "), refused.err());
        assertTrue(!refused.err().contains("rebooting"), refused.err());
    }

    @Test
    void aSecondLaunchBringsTheWindowForwardWithoutLoadingJavaFxOrAJsonBinder(FxRobot robot) throws Exception {
        app.open(robot, stage, Locale.ENGLISH);
        Path classes = dataDir.resolve("second-launch-classes.txt");

        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + classes, "-cp", System.getProperty("java.class.path"),
                io.yaoshi.app.Main.class.getName(), "--data-dir", dataDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCode.OK, second.exitValue(), output);
        List<String> loaded = Files.readAllLines(classes);
        assertTrue(loaded.stream().anyMatch(line -> line.contains("io.yaoshi.instance.InstanceClient ")), "it ran");
        List<String> heavy = loaded.stream().filter(line -> line.contains(" javafx.")
                || line.contains(" com.fasterxml.jackson.databind.")).map(line -> line.split(" ")[1]).toList();
        assertEquals(List.of(), heavy.subList(0, Math.min(5, heavy.size())), heavy.size() + " such classes");
    }
}
