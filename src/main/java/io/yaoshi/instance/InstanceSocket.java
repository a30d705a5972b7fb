package io.yaoshi.instance;

import java.nio.file.Path;

/** Where the running instance listens: in the data folder, so that each vault folder has its own instance. */
public final class InstanceSocket {

    private InstanceSocket() {
    }

    public static Path of(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("run").resolve("instance.sock");
    }
}
