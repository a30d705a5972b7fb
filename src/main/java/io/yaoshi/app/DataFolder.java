package io.yaoshi.app;

import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The data folder as every start finds it, window or command line: made owner-only if missing (one that exists keeps
 * its mode), cleared of the partial files a crash left, logging into it.
 *
 * @param openToOthers whether other users may enter it, which the user is told about
 */
record DataFolder(Path path, boolean openToOthers) {

    static DataFolder prepare(Path path) throws IOException {
        SafeFiles.createOwnerOnlyDirectories(path);
        SafeFiles.removeStalePartialFiles(path);
        AppLogging.install(path);
        return new DataFolder(path, SafeFiles.isOpenToOthers(path));
    }
}
