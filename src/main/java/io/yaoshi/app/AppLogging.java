package io.yaoshi.app;

import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sends every log record (SLF4J, bound to java.util.logging) to rotating files in {@code <data dir>/logs}: at most
 * five files of 1 MiB, each owner-only. Nothing secret is ever passed to a logger; the folder is owner-only too when
 * Yaoshi makes it.
 */
public final class AppLogging {

    static final int MAX_BYTES_PER_FILE = 1 << 20;
    static final int FILE_COUNT = 5;

    private AppLogging() {
    }

    public static Path install(Path dataDir) throws IOException {
        Path logs = SafeFiles.createOwnerOnlyDirectories(dataDir.resolve("logs"));
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler file = new OwnerOnlyLogFiles(logs, MAX_BYTES_PER_FILE, FILE_COUNT);
        file.setEncoding("UTF-8");
        file.setFormatter(new LogLineFormatter());
        root.addHandler(file);
        root.setLevel(Level.INFO);
        return logs;
    }
}
