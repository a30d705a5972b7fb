package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.instance.Consent;
import io.yaoshi.provider.BindingStyle;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.servers.BindingOutcome;
import io.yaoshi.servers.BindingPlan;
import io.yaoshi.servers.BindingRefusedException;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yaoshi bind|unbind ID|NAME --instances ID[,ID…] [--reboot] --yes}: what will happen to each server is shown
 * first; without {@code --yes} nothing changes. Each step is said on stderr as it starts, the outcome per server on
 * stdout; any server not done exits 5 with its code.
 */
abstract class BindingCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @Option(names = "--instances", required = true, split = ",", paramLabel = "ID[,ID…]",
            descriptionKey = "cli.option.instances")
    private List<String> instances;

    @Option(names = "--reboot", descriptionKey = "cli.option.reboot")
    private boolean reboot;

    @Option(names = "--yes", descriptionKey = "cli.option.yes")
    private boolean yes;

    BindingCommand(CliEnvironment env) {
        super(env);
    }

    abstract boolean unbind();

    @Override
    int run() throws Exception {
        KeyPairRecord key = env.keys().resolve(reference);
        BindingPlan plan;
        try {
            plan = env.servers().binding().plan(key, instances, unbind());
        } catch (BindingRefusedException e) {
            throw refusal(e, key);
        }
        printPlan(plan);
        if (!yes) {
            throw new CliFailure(ExitCode.USAGE, "confirm", env.messages().get("cli.bind.confirm"));
        }
        env.vaultAccess().requireConsent(env, Consent.Act.of(unbind() ? "cli.consent.unbind" : "cli.consent.bind",
                key.name(), String.join(", ", plan.instances().stream().map(ServerInstance::id).toList()),
                env.messages().get("cli.consent.choice." + reboot)));
        List<BindingOutcome> outcomes = env.servers().binding().carryOut(plan, reboot, (server, step) -> env.err()
                .println(env.messages().format("cli.bind.step." + step.name(), server.id(), server.name())));
        try {
            env.servers().inventory().read(key.placement()); // the kept reading shows what changed
        } catch (ProviderException stale) {
            // the binding is done; the reading is refreshed the next time the region is listed
        }
        TextTable table = new TextTable(List.of(env.messages().get("cli.column.instance"),
                env.messages().get("keylist.column.name"), env.messages().get("cli.column.result"),
                env.messages().get("cli.column.code")));
        for (BindingOutcome o : outcomes) {
            table.add(List.of(o.instance().id(), o.instance().name(),
                    env.messages().get("cli.bind.result." + o.result().name()), o.code()));
        }
        env.out().print(table.render());
        long failed = outcomes.stream().filter(o -> !o.succeeded()).count();
        if (failed > 0) {
            throw new CliFailure(ExitCode.PROVIDER, "partial",
                    env.messages().format("cli.bind.partial", failed, outcomes.size()));
        }
        return ExitCode.OK;
    }

    /** One line per server: what this run will do to it, given its state, the cloud and {@code --reboot}. */
    private void printPlan(BindingPlan plan) {
        env.err().println(env.messages().format(unbind() ? "cli.unbind.plan" : "cli.bind.plan", plan.key().name(),
                plan.instances().size()));
        for (ServerInstance i : plan.instances()) {
            env.err().println(planLine(env, plan.style(), i, reboot));
        }
    }

    /** "  i-1  web  Running  running: will be REBOOTED now": what a binding will do to one server. */
    static String planLine(CliEnvironment env, BindingStyle style, ServerInstance i, boolean restart) {
        String what = switch (i.state()) {
            case "Running" -> restart ? "restart" : "running";
            case "Stopped" -> "stopped";
            default -> "other";
        };
        return "  " + i.id() + "  " + i.name() + "  " + i.state() + "  "
                + env.messages().get("cli.bind.will." + style.name() + "." + what);
    }

    private CliFailure refusal(BindingRefusedException e, KeyPairRecord key) {
        return switch (e.reason()) {
            case NOT_AT_A_CLOUD -> new CliFailure(ExitCode.VALIDATION, "notAtCloud",
                    env.messages().format("cli.bind.notAtCloud", key.name()));
            case NO_INSTANCES -> new CliFailure(ExitCode.USAGE, "usage", env.messages().get("cli.bind.noInstances"));
            case UNKNOWN_INSTANCES -> new CliFailure(ExitCode.VALIDATION, "unknownInstances",
                    env.messages().format("cli.bind.unknownInstances", String.join(", ", e.subjects()),
                            key.placement().region()));
            case NO_UNBIND -> new CliFailure(ExitCode.VALIDATION, "noUnbind", env.messages().get("cli.bind.noUnbind"));
        };
    }
}
