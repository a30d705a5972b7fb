package io.yaoshi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** OpenSSH's own reading of a config, for checking what Yaoshi writes. */
public final class OpenSsh {

    private OpenSsh() {
    }

    /** What {@code ssh -G} resolves for the alias from this config file: its "keyword value" lines. */
    public static List<String> resolve(Path config, String alias) throws Exception {
        Process p = new ProcessBuilder("ssh", "-G", "-F", config.toString(), alias).redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return output.lines().toList();
    }
}
