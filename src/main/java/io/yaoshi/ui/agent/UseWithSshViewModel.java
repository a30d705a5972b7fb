package io.yaoshi.ui.agent;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Use with ssh" for one key pair: writes its public key under {@code ~/.ssh/yaoshi} (off the UI thread) and shows the
 * Host block to paste, with what still stands in the way — the key pair not offered, the agent not running.
 */
public final class UseWithSshViewModel {

    /** What the dialog needs to know of the agent beyond this key pair. */
    public record Agent(Path socket, boolean running) {
    }

    private final KeyPairRecord key;
    private final UseWithSsh writer;
    private final AgentPolicies policies;
    private final Agent agent;
    private final BackgroundRunner runner;
    private final Messages text;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper written = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper block = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    public UseWithSshViewModel(KeyPairRecord key, UseWithSsh writer, AgentPolicies policies, Agent agent,
                               BackgroundRunner runner, Messages text) {
        this.key = key;
        this.writer = writer;
        this.policies = policies;
        this.agent = agent;
        this.runner = runner;
        this.text = text;
    }

    private record Outcome(UseWithSsh.Written written, boolean offered) {
    }

    public String header() {
        return text.format("usewithssh.header", key.name());
    }

    /** Writes the public key and reads the policy; the properties say the outcome. */
    public void start() {
        runner.task(() -> new Outcome(writer.write(key, UseWithSsh.aliasOf(key), agent.socket()),
                        policies.of(key.id()).offer()))
                .onStart(() -> progress.set(text.get("usewithssh.writing")))
                .onSuccess(outcome -> {
                    written.set(text.format("usewithssh.written", outcome.written().publicKeyFile()));
                    block.set(outcome.written().hostBlock());
                    warning.set(!key.hasPrivateKey() ? text.get("agentpolicy.publicOnly")
                            : !outcome.offered() ? text.get("usewithssh.notOffered")
                            : !agent.running() ? text.get("usewithssh.agentOff") : "");
                })
                .onFailure(e -> failure.set(e instanceof IllegalArgumentException
                        ? text.get("cli.error.sshConfigPath") : new FailureText(text).describe(e)))
                .always(() -> progress.set(""))
                .run();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Public key written to …/web-3f2a1b9c.pub. Add this block to ~/.ssh/config, …" */
    public ReadOnlyStringProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockProperty() {
        return block.getReadOnlyProperty();
    }

    /** What still keeps ssh from using the key pair through the agent; empty when nothing does. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
