package io.yaoshi.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface, run by the same jar when it is given a command. It parses, calls the service layer
 * the desktop app uses, and prints; it has no rules of its own. Help texts come from the UI's message bundle, so
 * {@code --lang zh_CN} speaks Chinese here too.
 */
public final class YaoshiCli {

    private final CliEnvironment env;

    public YaoshiCli(CliEnvironment env) {
        this.env = env;
    }

    @Command(name = "yaoshi", mixinStandardHelpOptions = true, versionProvider = Root.Version.class,
            subcommands = {InitCommand.class, CreateCommand.class, ImportCommand.class, ListCommand.class,
                ShowCommand.class, TagCommand.class, ExportCommand.class, CredentialsCommand.class, SyncCommand.class,
                EmulatorCommand.class, DeleteCommand.class, CheckCommand.class, AgentCommand.class, ServersCommand.class,
                BindCommand.class, UnbindCommand.class, RotateCommand.class, SshConfigCommand.class,
                AuditCommand.class, BackupCommand.class, RestoreCommand.class, IdentityCommand.class, TeamCommand.class,
                VersionCommand.class,
                CommandLine.HelpCommand.class})
    static final class Root implements Runnable {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        /** Without a sub-command: the list of commands. */
        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        static final class Version implements CommandLine.IVersionProvider {
            private final CliEnvironment env;

            Version(CliEnvironment env) {
                this.env = env;
            }

            @Override
            public String[] getVersion() {
                return new String[] {env.messages().format("cli.version", env.version())};
            }
        }
    }

    /** Runs one command line (without the global options, which the launcher has already taken). */
    public int run(List<String> args) {
        CommandLine cli = new CommandLine(Root.class, new CommandFactory(env));
        cli.setResourceBundle(env.messages().bundle());
        cli.setOut(new PrintWriter(env.out().asWriter(), true));
        cli.setErr(new PrintWriter(env.err().asWriter(), true));
        ErrorReporter errors = new ErrorReporter(env);
        cli.setParameterExceptionHandler(errors::usage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> errors.report(e));
        return cli.execute(args.toArray(String[]::new));
    }
}
