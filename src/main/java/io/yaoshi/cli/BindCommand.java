package io.yaoshi.cli;

import picocli.CommandLine.Command;

/** {@code yaoshi bind}: see {@link BindingCommand}. */
@Command(name = "bind", mixinStandardHelpOptions = true)
final class BindCommand extends BindingCommand {

    BindCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    boolean unbind() {
        return false;
    }
}
