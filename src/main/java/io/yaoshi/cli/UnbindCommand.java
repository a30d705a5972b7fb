package io.yaoshi.cli;

import picocli.CommandLine.Command;

/** {@code yaoshi unbind} (Aliyun only: UHost has no call for it): see {@link BindingCommand}. */
@Command(name = "unbind", mixinStandardHelpOptions = true)
final class UnbindCommand extends BindingCommand {

    UnbindCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    boolean unbind() {
        return true;
    }
}
