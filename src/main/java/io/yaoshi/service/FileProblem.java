package io.yaoshi.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The ordinary ways reading or writing a file the user named goes wrong, each with its own code and sentence. */
public enum FileProblem {
    NOT_FOUND("File.NotFound"),
    NO_SUCH_FOLDER("File.NoSuchFolder"),
    IS_A_FOLDER("File.IsAFolder"),
    NAME_TOO_LONG("File.NameTooLong"),
    ACCESS_DENIED("File.AccessDenied"),
    ALREADY_EXISTS("File.Exists"),
    DISK_FULL("File.DiskFull"),
    FAILED("File.Failed");

    /** The longest file name Linux, macOS and Windows file systems take, in bytes of UTF-8. */
    private static final int MAX_NAME_BYTES = 255;

    private final String code;

    FileProblem(String code) {
        this.code = code;
    }

    /** The stable code the command line prints. */
    public String code() {
        return code;
    }

    /** What went wrong with {@code path}, told from the exception and from what is at the path now. */
    static FileProblem of(Path path, IOException failure) {
        Path name = path.getFileName();
        if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return NAME_TOO_LONG;
        }
        if (Files.isDirectory(path)) {
            return IS_A_FOLDER;
        }
        if (failure instanceof FileAlreadyExistsException) {
            return ALREADY_EXISTS;
        }
        if (failure instanceof NoSuchFileException) {
            Path folder = path.toAbsolutePath().getParent();
            return folder == null || Files.isDirectory(folder) ? NOT_FOUND : NO_SUCH_FOLDER;
        }
        if (failure instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        if (failure instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("No space left")) {
            return DISK_FULL;
        }
        return FAILED;
    }
}
