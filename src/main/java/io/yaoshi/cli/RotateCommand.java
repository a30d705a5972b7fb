package io.yaoshi.cli;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.instance.Consent;
import io.yaoshi.servers.BindingRefusedException;
import io.yaoshi.servers.BindingStep;
import io.yaoshi.servers.KeyRotation;
import io.yaoshi.servers.LoginCheck;
import io.yaoshi.servers.RotationListener;
import io.yaoshi.servers.RotationPlan;
import io.yaoshi.servers.RotationState;
import io.yaoshi.servers.RotationStop;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yaoshi rotate ID|NAME [--type T] [--name NEW] [--reboot] [--delete-old] --yes}: replaces a cloud key pair on
 * every server it opens. The plan is shown first; without {@code --yes} nothing changes. A rotation that stopped
 * (a failure, a crash) is resumed by the same command, from where it stopped.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true)
final class RotateCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "cli.option.rotateType")
    private String type;

    @Option(names = "--name", paramLabel = "NEW", descriptionKey = "cli.option.rotateName")
    private String name;

    @Option(names = "--reboot", descriptionKey = "cli.option.reboot")
    private boolean reboot;

    @Option(names = "--delete-old", descriptionKey = "cli.option.deleteOld")
    private boolean deleteOld;

    @Option(names = "--yes", descriptionKey = "cli.option.yes")
    private boolean yes;

    RotateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        KeyPairRecord old = env.keys().resolve(reference);
        KeyRotation rotation = env.servers().rotation();
        Optional<RotationState> unfinished = rotation.unfinished(old.id());
        RotationPlan plan = null;
        if (unfinished.isPresent()) {
            if (name != null || type != null) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.rotate.underWay",
                        old.name(), unfinished.get().newName()));
            }
            env.err().println(env.messages().format("cli.rotate.resuming", old.name(), unfinished.get().newName(),
                    env.messages().get("cli.rotate.step." + unfinished.get().step().name())));
        } else {
            Optional<KeyAlgorithm> algorithm = type == null ? Optional.empty() : Optional.of(KeyAlgorithm.fromId(type)
                    .orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                            env.messages().format("cli.error.unknownType", TerminalText.oneLine(type)))));
            try {
                plan = rotation.plan(old, Optional.ofNullable(name), algorithm, reboot, deleteOld);
            } catch (BindingRefusedException e) {
                throw new CliFailure(ExitCode.VALIDATION, "notAtCloud",
                        env.messages().format("cli.bind.notAtCloud", old.name()));
            }
            printPlan(plan);
        }
        if (!yes) {
            throw new CliFailure(ExitCode.USAGE, "confirm", env.messages().get("cli.bind.confirm"));
        }
        env.vaultAccess().requireConsent(env, Consent.Act.of("cli.consent.rotate", old.name(),
                String.join(", ", plan != null ? plan.servers().stream().map(ServerInstance::id).toList()
                        : unfinished.get().instances()),
                env.messages().get("cli.consent.choice." + (plan != null ? plan.restart()
                        : unfinished.get().restart())),
                env.messages().get("cli.consent.choice." + (plan != null ? plan.deleteOld()
                        : unfinished.get().deleteOld()))));
        KeyRotation.LoginSetup setup = KeyRotation.LoginSetup.of(env.agentSocket(),
                Path.of(System.getProperty("user.home")));
        KeyRotation.Outcome outcome = plan != null ? rotation.start(plan, setup, new Progress())
                : rotation.run(unfinished.get(), setup, new Progress());
        printOutcome(outcome.state());
        if (outcome.stop().isPresent()) {
            RotationStop stop = outcome.stop().get();
            throw new CliFailure(ExitCode.PROVIDER, "stopped", env.messages().format(
                    "cli.rotate.stopped." + stop.reason().name(), String.join(", ", stop.servers()), old.name()));
        }
        env.err().println(env.messages().format("cli.rotate.done", old.name(), outcome.state().newName(),
                outcome.state().instances().size()));
        return ExitCode.OK;
    }

    private void printPlan(RotationPlan plan) {
        env.err().println(env.messages().format("cli.rotate.plan", plan.oldKey().name(), plan.newName(),
                plan.type().id(), plan.servers().size()));
        for (ServerInstance i : plan.servers()) {
            env.err().println(BindingCommand.planLine(env, plan.style(), i, reboot));
        }
        env.err().println(env.messages().format(plan.deleteOld() ? "cli.rotate.willDelete" : "cli.rotate.willKeep",
                plan.oldKey().name()));
    }

    private void printOutcome(RotationState state) {
        TextTable table = new TextTable(List.of(env.messages().get("cli.column.instance"),
                env.messages().get("cli.column.result"), env.messages().get("cli.column.login")));
        for (String id : state.instances()) {
            String bound = Optional.ofNullable(state.outcomes().get(id)).map(e -> env.messages().get(
                    "cli.bind.result." + e.result()) + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")"))
                    .orElse("");
            String login = Optional.ofNullable(state.checks().get(id)).map(e -> env.messages().get(
                    "cli.rotate.login." + e.result()) + (e.detail().isEmpty() ? "" : ": "
                    + TerminalText.oneLine(env.messages().getOrAsIs(e.detail())))).orElse("");
            table.add(List.of(id, bound, login));
        }
        if (!state.instances().isEmpty()) {
            env.out().print(table.render());
        }
    }

    /** Each step on stderr as it begins. */
    private final class Progress implements RotationListener {
        @Override
        public void stepStarted(RotationState.Step step) {
            env.err().println(env.messages().get("cli.rotate.step." + step.name()) + "…");
        }

        @Override
        public void step(ServerInstance server, BindingStep step) {
            env.err().println(env.messages().format("cli.bind.step." + step.name(), server.id(), server.name()));
        }

        @Override
        public void checked(ServerInstance server, LoginCheck.Result result) {
            env.err().println("  " + server.id() + " (" + server.name() + "): " + env.messages().get(
                    "cli.rotate.login." + result.verdict().name()) + (result.reason().isEmpty() ? ""
                    : ": " + TerminalText.oneLine(env.messages().getOrAsIs(result.reason()))));
        }
    }
}
