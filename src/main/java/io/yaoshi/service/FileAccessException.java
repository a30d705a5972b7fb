package io.yaoshi.service;

import java.io.IOException;
import java.nio.file.Path;

/** Reading or writing a file the user named failed in an ordinary way; see {@link #problem()}. */
public final class FileAccessException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final FileProblem problem;
    private final transient Path path;

    private FileAccessException(FileProblem problem, Path path, IOException cause) {
        super(problem.code(), cause);
        this.problem = problem;
        this.path = path;
    }

    public static FileAccessException of(Path path, IOException failure) {
        return new FileAccessException(FileProblem.of(path, failure), path, failure);
    }

    public FileProblem problem() {
        return problem;
    }

    /** The path the user named (the folder, for {@link FileProblem#NO_SUCH_FOLDER}). */
    public Path path() {
        return problem == FileProblem.NO_SUCH_FOLDER ? path.toAbsolutePath().getParent() : path;
    }
}
