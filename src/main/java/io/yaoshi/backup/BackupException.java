package io.yaoshi.backup;

import java.util.Optional;

/** A backup that cannot be restored or written, and why; nothing was written in its place. */
public final class BackupException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The file does not start like a Yaoshi backup. */
        NOT_A_BACKUP,
        /** Written by a newer Yaoshi whose backup format this version does not know. */
        NEWER_FORMAT,
        /** Its checksum does not match: a byte changed or the file was cut short. */
        DAMAGED,
        /** The password does not open it: it needs the master password in use when it was made. */
        WRONG_PASSWORD,
        /** It opens, but holds items that do not authenticate or a set of items that is not the one sealed. */
        HOLDS_DAMAGE,
        /** A file already exists where the vault was to be restored. */
        TARGET_EXISTS
    }

    private final Problem problem;
    private final transient Optional<BackupInfo> info;

    public BackupException(Problem problem, Optional<BackupInfo> info, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
        this.info = info;
    }

    public Problem problem() {
        return problem;
    }

    /** What the backup says about itself, once its header was read. */
    public Optional<BackupInfo> info() {
        return info == null ? Optional.empty() : info;
    }
}
