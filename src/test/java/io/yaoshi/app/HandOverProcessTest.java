package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Yaoshi per data folder, as real processes: while {@code agent serve} holds the vault, later command lines hand
 * over to it and print and exit exactly as they would have alone — relative paths, piped secrets and variables
 * included — and a second window launch says why it cannot open.
 */
class HandOverProcessTest {

    private static final String PASSWORD = "hand-over test password";

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private ProcessBuilder yaoshi(Path workingDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir",
                dir.resolve("data").toString(), "--lang", "en"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().put("YAOSHI_PASSWORD", PASSWORD);
        builder.environment().remove("XDG_RUNTIME_DIR");
        builder.environment().remove("YAOSHI_SECRET");
        return builder;
    }

    private Result run(Path workingDir, Map<String, String> environment, String stdin, String... args)
            throws Exception {
        ProcessBuilder builder = yaoshi(workingDir, args);
        builder.environment().putAll(environment);
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, err);
    }

    private Result run(String... args) throws Exception {
        return run(dir, Map.of(), "", args);
    }

    private Path encryptedKey(String name, String passphrase) throws Exception {
        Path key = dir.resolve(name);
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-f", key.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0);
        return key;
    }

    @Test
    void commandsHandOverToTheRunningAgentServeAndPrintWhatTheyWouldAlone() throws Exception {
        assertEquals(0, run("init").exit());
        assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519").exit());
        Result aloneList = run("list");
        Result aloneMissing = run("show", "nowhere");
        Path piped = encryptedKey("piped", "pipe passphrase");
        Path fromVariable = encryptedKey("variable", "variable passphrase");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        Process serve = yaoshi(dir, "agent", "serve", "--socket", dir.resolve("agent.sock").toString()).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            assertTrue(said.readLine().startsWith("SSH_AUTH_SOCK="));
            assertTrue(Files.exists(dir.resolve("data").resolve("run").resolve("instance.sock")));

            Result list = run("list");
            assertEquals(aloneList, list, "the same output and exit code as without a running instance");
            assertEquals(aloneMissing, run("show", "nowhere"), "a failure too: the same words and exit code");

            Result exported = run(elsewhere, Map.of(), "", "export", "laptop", "--out", "laptop.pub", "--format",
                    "public");
            assertEquals(0, exported.exit(), exported.err());
            assertTrue(Files.readString(elsewhere.resolve("laptop.pub")).startsWith("ssh-ed25519 "),
                    "a relative path is the caller's, not the instance's");

            // a private key leaves only for a caller who proves the master password (agent serve has no window)
            Result wrong = run(elsewhere, Map.of("YAOSHI_PASSWORD", "not the password"), "", "export", "laptop",
                    "--out", "laptop.pem");
            assertEquals(4, wrong.exit(), wrong.err());
            assertTrue(wrong.err().contains("error: Consent.Denied: Not allowed: Export the private key of laptop"),
                    wrong.err());
            assertFalse(Files.exists(elsewhere.resolve("laptop.pem")));
            Result proven = run(elsewhere, Map.of(), "", "export", "laptop", "--out", "laptop.pem");
            assertEquals(0, proven.exit(), proven.err());
            assertTrue(Files.readString(elsewhere.resolve("laptop.pem")).startsWith("-----BEGIN OPENSSH PRIVATE KEY"));

            Result pipedImport = run(dir, Map.of(), "pipe passphrase\n", "import", "--file", piped.toString(),
                    "--name", "piped");
            assertEquals(0, pipedImport.exit(), pipedImport.err());
            Result variableImport = run(dir, Map.of("YAOSHI_SECRET", "variable passphrase"), "", "import", "--file",
                    fromVariable.toString(), "--name", "from-variable");
            assertEquals(0, variableImport.exit(), variableImport.err());
            assertTrue(run("list").out().contains("from-variable"));

            Result secondAgent = run("agent", "serve");
            assertEquals(6, secondAgent.exit(), secondAgent.err());
            assertTrue(secondAgent.err().contains("Yaoshi already runs over this vault"), secondAgent.err());

            Result window = run();
            assertEquals(4, window.exit(), window.err()); // the vault is in use
            assertTrue(window.err().startsWith("error: Instance.NoWindow: Yaoshi already runs over "), window.err());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(dir.resolve("data").resolve("run").resolve("instance.sock")), "removed at exit");
        assertTrue(run("list").out().contains("from-variable"), "alone again, the vault holds what was handed over");
    }
}
