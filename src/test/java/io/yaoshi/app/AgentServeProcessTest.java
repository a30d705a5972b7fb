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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yaoshi agent serve} as a user runs it: its own process, the {@code SSH_AUTH_SOCK} line first, {@code ssh-add}
 * listing the offered key, and the socket gone after Ctrl+C (SIGINT) or a plain kill (SIGTERM).
 */
class AgentServeProcessTest {

    private static final String PASSWORD = "agent serve test password";

    @TempDir
    Path dir;

    private ProcessBuilder yaoshi(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir",
                dir.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("YAOSHI_PASSWORD", PASSWORD);
        builder.environment().remove("XDG_RUNTIME_DIR");
        return builder;
    }

    private String ok(String... args) throws Exception {
        Process p = yaoshi(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
        return out;
    }

    @Test
    void servesTheOfferedKeyToSshAddAndRemovesItsSocketWhenStopped() throws Exception {
        ok("init");
        ok("create", "--name", "laptop", "--type", "ed25519");
        ok("create", "--name", "kept-back", "--type", "ed25519");
        ok("create", "--name", "asks-first", "--type", "ed25519");
        assertTrue(ok("agent", "policy", "laptop", "--offer", "on", "--confirm", "never")
                .contains("laptop: offer on, confirm never, forwarding deny"));
        ok("agent", "policy", "asks-first", "--offer", "on");
        Path socket = dir.resolve("run").resolve("agent.sock");

        Process agent = yaoshi("agent", "serve", "--socket", socket.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(agent.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("SSH_AUTH_SOCK=" + socket + "; export SSH_AUTH_SOCK;", out.readLine());
            BufferedReader err = new BufferedReader(new InputStreamReader(agent.getErrorStream(),
                    StandardCharsets.UTF_8));
            assertEquals("Serving laptop.", err.readLine());
            assertTrue(err.readLine().contains("asks-first"), "named as not served: it asks first");

            ProcessBuilder sshAdd = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
            sshAdd.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process listed = sshAdd.start();
            String keys = new String(listed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(listed.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, listed.exitValue(), keys);
            assertEquals(1, keys.strip().lines().count(), keys);
            assertTrue(keys.contains(" laptop (ED25519)"), keys);
        } finally {
            agent.destroy(); // SIGTERM
            assertTrue(agent.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(socket), "the socket goes with the agent");
    }

    @Test
    void agentAddLoadsIntoOpenSshsAgentAtSshAuthSockAndSaysWhyNotOtherwise() throws Exception {
        ok("init");
        ok("create", "--name", "laptop", "--type", "ecdsa-p256");
        Path socket = dir.resolve("ssh-agent.sock");
        Process sshAgent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).start();
        try {
            for (int i = 0; i < 200 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            ProcessBuilder add = yaoshi("agent", "add", "laptop", "--lifetime", "600").redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process added = add.start();
            String said = new String(added.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(added.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, added.exitValue(), said);
            assertTrue(said.contains("laptop loaded into the agent at " + socket + " for 600 seconds."), said);

            ProcessBuilder sshAdd = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
            sshAdd.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process listed = sshAdd.start();
            String keys = new String(listed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(listed.waitFor(30, TimeUnit.SECONDS));
            assertTrue(keys.contains("yaoshi: laptop (ECDSA)"), keys);
        } finally {
            sshAgent.destroy();
            assertTrue(sshAgent.waitFor(30, TimeUnit.SECONDS));
        }

        ProcessBuilder noAgent = yaoshi("agent", "add", "laptop").redirectErrorStream(true);
        noAgent.environment().remove("SSH_AUTH_SOCK");
        Process refused = noAgent.start();
        String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        assertEquals(6, refused.exitValue(), said);
        assertTrue(said.startsWith("error: Agent.NO_AGENT: SSH_AUTH_SOCK is not set"), said);
    }
}
