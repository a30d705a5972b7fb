package io.yaoshi.cli;

import picocli.CommandLine;

/** Builds commands with the environment they need, by constructor, instead of reflection on no-arg constructors. */
final class CommandFactory implements CommandLine.IFactory {

    private final CliEnvironment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            var constructor = type.getDeclaredConstructor(CliEnvironment.class);
            return constructor.newInstance(env);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
