package io.yaoshi.servers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The login check with OpenSSH's own client, as the user's ssh will log in: {@code BatchMode} (nothing asked), the key
 * pinned ({@code IdentitiesOnly}, {@code IdentityFile} the {@code .pub}, {@code IdentityAgent} Yaoshi's socket), the
 * host key stored under the instance id ({@code HostKeyAlias}) on first use and checked after. Runs {@code true} and
 * nothing else on the server.
 */
public final class OpenSshLoginCheck implements LoginCheck {

    private final Path knownHosts;
    private final Duration connectTimeout;

    /** @param knownHosts the user's known_hosts, where a first login records the server's host key */
    public OpenSshLoginCheck(Path knownHosts, Duration connectTimeout) {
        this.knownHosts = knownHosts;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Result check(Target t) {
        if (!Files.exists(t.agentSocket())) {
            return Result.notVerified(AGENT_NOT_RUNNING);
        }
        List<String> command = List.of("ssh", "-F", "/dev/null", "-p", Integer.toString(t.port()), "-l", t.user(),
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=" + Math.max(1, connectTimeout.toSeconds()),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityFile=" + t.publicKey(),
                "-o", "IdentityAgent=" + t.agentSocket(), "-o", "HostKeyAlias=" + t.hostKeyAlias(),
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "PasswordAuthentication=no", "-o", "KbdInteractiveAuthentication=no", "--", t.host(), "true");
        try {
            Process ssh = new ProcessBuilder(command).redirectErrorStream(true).start();
            ssh.getOutputStream().close();
            String output;
            try (InputStream in = ssh.getInputStream()) {
                output = new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
            }
            if (!ssh.waitFor(connectTimeout.toSeconds() + 20, TimeUnit.SECONDS)) {
                ssh.destroyForcibly();
                return Result.notVerified(SSH_TIMED_OUT);
            }
            return verdict(ssh.exitValue(), output);
        } catch (IOException e) {
            return Result.notVerified(SSH_NOT_RUN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.notVerified(SSH_TIMED_OUT);
        }
    }

    /** ssh's exit 0 is a login; 255 with "Permission denied" is a refusal of the key; anything else tells nothing. */
    static Result verdict(int exit, String output) {
        if (exit == 0) {
            return new Result(Verdict.VERIFIED, "");
        }
        String lastLine = output.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b)
                .orElse("exit " + exit);
        if (output.toLowerCase(Locale.ROOT).contains("permission denied")) {
            return new Result(Verdict.REFUSED, lastLine);
        }
        return Result.notVerified(lastLine);
    }
}
