package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder as the command line meets it, in a JVM of its own (Main exits): a folder the user made keeps its
 * mode even when the command fails, and a folder open to others is pointed out; a new one, and the log files in it,
 * are owner-only whatever the umask (every command runs under umask 000).
 */
class DataFolderCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void anExistingOpenDataFolderKeepsItsModeAndIsPointedOut() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        run("chmod", "2775", data.toString());

        Result list = yaoshi("--data-dir", data.toString(), "--lang", "en", "list");

        assertEquals(4, list.exit(), list.err());
        assertEquals("2775", mode(data));
        assertTrue(list.err().startsWith("warning: DataFolderOpen: the data folder " + data.toAbsolutePath()
                + " can be read by other users."), list.err());
        assertTrue(list.err().contains("error: NO_VAULT"), list.err());
    }

    @Test
    void aNewDataFolderAndItsLogsAreOwnerOnlyUnderAnOpenUmask() throws Exception {
        Path data = dir.resolve("new/data");

        Result list = yaoshi("--data-dir", data.toString(), "--lang", "en", "list");

        assertEquals("700", mode(data));
        assertEquals("700", mode(dir.resolve("new")));
        assertEquals("700", mode(data.resolve("logs")));
        assertEquals("600", mode(data.resolve("logs/yaoshi.0.log")));
        assertTrue(!list.err().contains("DataFolderOpen"), list.err());
    }

    private record Result(int exit, String err) {
    }

    private static Result yaoshi(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "-c", "umask 000 && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), err);
    }

    private static String mode(Path path) throws Exception {
        return run("stat", "-c", "%a", path.toString()).strip();
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(0, process.waitFor());
        return out;
    }
}
