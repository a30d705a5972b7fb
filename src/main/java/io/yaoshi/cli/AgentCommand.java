package io.yaoshi.cli;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.AgentServer;
import io.yaoshi.agent.AgentSocket;
import io.yaoshi.agent.AgentSocketException;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.instance.Consent;
import io.yaoshi.instance.InstanceServer;
import io.yaoshi.service.AgentHistory;
import io.yaoshi.service.AgentLoader;
import io.yaoshi.service.VaultAgentKeys;
import io.yaoshi.sshconfig.SshConfigWords;
import io.yaoshi.sshconfig.UseWithSsh;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yaoshi agent serve|policy|ssh-config|add}: Yaoshi's SSH agent without the window, each key pair's agent
 * policy, the ssh config that uses a key pair through the agent, and loading a key pair into OpenSSH's own agent.
 */
@Command(name = "agent", mixinStandardHelpOptions = true,
        subcommands = {AgentCommand.Serve.class, AgentCommand.Policy.class, AgentCommand.SshConfig.class,
            AgentCommand.Add.class})
final class AgentCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code agent serve [--socket PATH]}: the agent in the foreground until interrupted. It cannot ask, so it serves
     * the offered keys whose policy never confirms; first it prints the line a shell evaluates, as
     * {@code ssh-agent -s} does.
     */
    @Command(name = "serve", mixinStandardHelpOptions = true)
    static final class Serve extends VaultCommand {

        @Option(names = "--socket", paramLabel = "PATH", descriptionKey = "cli.option.agentSocket")
        private Path socket;

        Serve(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            if (env.vaultAccess().heldByRunningInstance()) {
                throw new CliFailure(ExitCode.AGENT, "Agent.IN_USE", env.messages().format(
                        "cli.instance.alreadyServing", env.agentSocket()));
            }
            Path path = socket != null ? env.path(socket) : env.agentSocket();
            // from here on the vault is used by agent requests and handed-over commands: all on this one thread
            ExecutorService vaultThread = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "yaoshi-vault");
                thread.setDaemon(true);
                return thread;
            });
            VaultAgentKeys keys = new VaultAgentKeys(env.vault(), env.agentPolicies(),
                    policy -> policy.confirm() == AgentPolicy.Confirm.NEVER, new VaultAgentKeys.VaultThread() {
                        @Override
                        public <T> T run(java.util.concurrent.Callable<T> read) throws Exception {
                            return vaultThread.submit(read).get();
                        }
                    });
            AgentServer agent;
            try {
                agent = AgentServer.start(path, keys, AgentFrontEnd.HEADLESS.withLog(new AgentHistory(env.vault(),
                        vaultThread)));
            } catch (AgentSocketException e) {
                throw new CliFailure(ExitCode.AGENT, "Agent." + e.problem().name(),
                        env.messages().format("cli.error.agentSocket." + e.problem().name(), e.path()));
            }
            InstanceServer instance = startInstance(vaultThread);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (instance != null) {
                    instance.close();
                }
                agent.close(); // the JVM ends after its hooks: the socket goes here, not after the wait below
                try {
                    vaultThread.submit(env.vault()::close).get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // stopping anyway: the vault file is consistent on disk after every write
                }
                vaultThread.shutdown();
                stopped.countDown();
            }, "yaoshi-agent-stop"));
            env.out().println("SSH_AUTH_SOCK=" + AgentSocket.shellWord(agent.socket().toString())
                    + "; export SSH_AUTH_SOCK;");
            env.out().flush();
            vaultThread.submit(() -> {
                describeKeys();
                return null;
            }).get();
            stopped.await();
            return ExitCode.OK;
        }

        /** Later command lines hand over to this process; if they cannot, they say the vault is in use. */
        private InstanceServer startInstance(ExecutorService vaultThread) {
            try {
                return InstanceServer.start(env.instanceSocket(), new HeadlessInstance(env, vaultThread));
            } catch (AgentSocketException e) {
                env.err().println("warning: Instance." + e.problem().name() + ": " + env.messages().format(
                        "cli.warning.noHandOver", e.path()));
                return null;
            }
        }

        /** On standard error: what is served, and what is not because it would need a prompt. */
        private void describeKeys() throws Exception {
            Map<io.yaoshi.domain.KeyId, AgentPolicy> policies = env.agentPolicies().all();
            List<String> served = new ArrayList<>();
            List<String> confirmed = new ArrayList<>();
            for (KeyPairRecord key : env.keys().list(io.yaoshi.domain.KeyPairFilter.ALL)) {
                AgentPolicy policy = policies.getOrDefault(key.id(), AgentPolicy.DEFAULT);
                if (policy.offer() && key.hasPrivateKey()) {
                    (policy.confirm() == AgentPolicy.Confirm.NEVER ? served : confirmed).add(key.name());
                }
            }
            env.err().println(served.isEmpty() ? env.messages().get("cli.agent.servesNothing")
                    : env.messages().format("cli.agent.serves", String.join(", ", served)));
            if (!confirmed.isEmpty()) {
                env.err().println(env.messages().format("cli.agent.cannotAsk", String.join(", ", confirmed)));
            }
            env.err().flush();
        }
    }

    /** {@code agent policy ID|NAME [--offer on|off] [--confirm …] [--forwarding …] [--json]}: shows or sets it. */
    @Command(name = "policy", mixinStandardHelpOptions = true)
    static final class Policy extends VaultCommand {

        @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
        private String reference;

        @Option(names = "--offer", paramLabel = "on|off", descriptionKey = "cli.option.agentOffer")
        private String offer;

        @Option(names = "--confirm", paramLabel = "always|until-lock|never", descriptionKey = "cli.option.agentConfirm")
        private String confirm;

        @Option(names = "--forwarding", paramLabel = "deny|confirm", descriptionKey = "cli.option.agentForwarding")
        private String forwarding;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        private boolean json;

        Policy(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            KeyPairRecord key = env.keys().resolve(reference);
            AgentPolicy policy = env.agentPolicies().of(key.id());
            if (offer != null) {
                policy = policy.withOffer(switch (offer) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw invalid("--offer", offer, "on, off");
                });
            }
            if (confirm != null) {
                policy = policy.withConfirm(AgentPolicy.Confirm.fromId(confirm)
                        .orElseThrow(() -> invalid("--confirm", confirm, "always, until-lock, never")));
            }
            if (forwarding != null) {
                policy = policy.withForwarding(AgentPolicy.Forwarding.fromId(forwarding)
                        .orElseThrow(() -> invalid("--forwarding", forwarding, "deny, confirm")));
            }
            if (offer != null || confirm != null || forwarding != null) {
                env.vaultAccess().requireConsent(env, Consent.Act.of("cli.consent.agentPolicy", key.name(),
                        policy.offer() ? "on" : "off", policy.confirm().id(), policy.forwarding().id()));
                policy = env.agentPolicies().set(key.id(), policy);
            }
            if (policy.offer() && !key.hasPrivateKey()) {
                env.err().println("warning: NoPrivateKey: " + env.messages().format("cli.agent.noPrivateKey",
                        key.name()));
            }
            env.out().println(json ? KeyPairJson.agent(policy)
                    : env.messages().format("cli.agent.policy", key.name(), policy.offer() ? "on" : "off",
                            policy.confirm().id(), policy.forwarding().id()));
            return ExitCode.OK;
        }

        private CliFailure invalid(String option, String value, String allowed) {
            return new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.error.agentPolicyValue",
                    option, value, allowed));
        }
    }

    /**
     * {@code agent ssh-config ID|NAME [--host ALIAS] [--dir DIR] [--socket PATH]}: writes the public key for ssh and
     * prints the Host block that pins it to the agent; what it did, and what is still missing, on standard error.
     */
    @Command(name = "ssh-config", mixinStandardHelpOptions = true)
    static final class SshConfig extends VaultCommand {

        @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
        private String reference;

        @Option(names = "--host", paramLabel = "ALIAS", descriptionKey = "cli.option.sshHost")
        private String host;

        @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "cli.option.sshDir")
        private Path dir;

        @Option(names = "--socket", paramLabel = "PATH", descriptionKey = "cli.option.sshAgentSocket")
        private Path socket;

        SshConfig(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            KeyPairRecord key = env.keys().resolve(reference);
            String alias = host != null ? host : UseWithSsh.aliasOf(key);
            if (!SshConfigWords.isHostAlias(alias)) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.error.sshHostAlias",
                        TerminalText.escape(alias)));
            }
            Path home = Path.of(System.getProperty("user.home"));
            UseWithSsh.Written written;
            try {
                written = new UseWithSsh(dir != null ? env.path(dir) : UseWithSsh.defaultDir(home), home)
                        .write(key, alias, socket != null ? env.path(socket) : env.agentSocket());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().get("cli.error.sshConfigPath"));
            }
            env.out().print(written.hostBlock());
            env.out().flush();
            env.err().println(env.messages().format("cli.agent.sshConfigWritten", written.publicKeyFile()));
            if (!key.hasPrivateKey()) {
                env.err().println("warning: NoPrivateKey: " + env.messages().format("cli.agent.noPrivateKey",
                        key.name()));
            } else if (!env.agentPolicies().of(key.id()).offer()) {
                env.err().println("warning: NotOffered: " + env.messages().format("cli.agent.notOffered",
                        key.name(), key.id().value()));
            }
            env.err().flush();
            return ExitCode.OK;
        }
    }

    /**
     * {@code agent add ID|NAME [--lifetime SECONDS] [--confirm]}: loads the key pair into the agent at
     * {@code $SSH_AUTH_SOCK} for a bounded time, as {@code ssh-add -t} does; an agent that refuses the constraints gets
     * nothing.
     */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends VaultCommand {

        /** Without --lifetime: an hour, so a key never stays in another agent with no end. */
        static final int DEFAULT_LIFETIME_SECONDS = 3600;

        @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
        private String reference;

        @Option(names = "--lifetime", paramLabel = "SECONDS", descriptionKey = "cli.option.agentLifetime")
        private Integer lifetime;

        @Option(names = "--confirm", descriptionKey = "cli.option.agentAddConfirm")
        private boolean confirm;

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            int seconds = lifetime != null ? lifetime : DEFAULT_LIFETIME_SECONDS;
            if (seconds <= 0) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.error.agentLifetime",
                        seconds));
            }
            KeyPairRecord key = env.keys().resolve(reference);
            env.vaultAccess().requireConsent(env, Consent.Act.of("cli.consent.agentAdd", key.name(),
                    env.sshAuthSock().map(Path::toString).orElse("SSH_AUTH_SOCK")));
            AgentLoader.Loaded loaded = new AgentLoader(env.vault(), env.agentSocket(), Clock.systemUTC())
                    .load(key.id(), env.sshAuthSock(), Duration.ofSeconds(seconds), confirm);
            env.out().println(env.messages().format(confirm ? "cli.agent.addedConfirm" : "cli.agent.added",
                    key.name(), loaded.socket(), seconds));
            return ExitCode.OK;
        }
    }
}
