package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyLogFilesTest {

    @TempDir
    Path logs;

    @Test
    void rotatesWithinTheCountAndEveryFileIsOwnerOnly() throws Exception {
        Path old = Files.writeString(logs.resolve("yaoshi.0.log"), "from an earlier run\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        OwnerOnlyLogFiles handler = new OwnerOnlyLogFiles(logs, 200, 3);
        handler.setFormatter(new SimpleFormatter());
        for (int i = 0; i < 40; i++) {
            handler.publish(new LogRecord(Level.INFO, "record number " + i));
        }
        handler.close();

        for (int generation = 0; generation < 3; generation++) {
            Path file = handler.file(generation);
            assertTrue(Files.exists(file), file.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertFalse(Files.exists(handler.file(3)), "only three files are kept");
        assertTrue(Files.readString(handler.file(0)).contains("record number 39"));
    }
}
