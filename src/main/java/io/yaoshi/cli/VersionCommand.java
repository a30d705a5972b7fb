package io.yaoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code yaoshi version}: the same line as {@code --version}. */
@Command(name = "version", mixinStandardHelpOptions = true)
final class VersionCommand implements Callable<Integer> {

    private final CliEnvironment env;

    VersionCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.out().println(env.messages().format("cli.version", env.version()));
        return ExitCode.OK;
    }
}
