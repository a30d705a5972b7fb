package io.yaoshi.app;

import io.yaoshi.files.SafeFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Rotating log files {@code yaoshi.0.log} (the newest) to {@code yaoshi.<count-1>.log}, each created owner-only.
 * JUL's own FileHandler creates them by the umask: 0666 under {@code umask 000}. Every record is flushed, so a crash
 * loses nothing that was logged.
 */
final class OwnerOnlyLogFiles extends StreamHandler {

    private final Path folder;
    private final long limit;
    private final int count;
    private long written;

    OwnerOnlyLogFiles(Path folder, long limit, int count) throws IOException {
        this.folder = folder;
        this.limit = limit;
        this.count = count;
        open();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (written >= limit && isLoggable(record)) {
            try {
                rotate();
            } catch (IOException e) {
                reportError("rotating the log files", e, ErrorManager.OPEN_FAILURE);
            }
        }
        super.publish(record);
        flush();
    }

    Path file(int generation) {
        return folder.resolve("yaoshi." + generation + ".log");
    }

    private void rotate() throws IOException {
        for (int generation = count - 2; generation >= 0; generation--) {
            if (Files.exists(file(generation))) {
                Files.move(file(generation), file(generation + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    /** Appends to the newest file; setOutputStream closes the previous one. */
    private void open() throws IOException {
        Path file = file(0);
        OutputStream out = SafeFiles.openOwnerOnlyForAppend(file);
        written = Files.size(file);
        setOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                written++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                written += length;
            }
        });
    }
}
