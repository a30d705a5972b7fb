package io.yaoshi.service;

import io.yaoshi.agent.AgentRequest;
import io.yaoshi.agent.RequestLog;
import io.yaoshi.agent.SignedData;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's decisions in the vault's history: which key, what it was asked to sign (a login as whom and where, or
 * a signature in which namespace), whether forwarded, and the outcome. Recorded on the vault's own thread without
 * making the connection wait for it.
 */
public final class AgentHistory implements RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(AgentHistory.class);

    private final VaultSession vault;
    private final Executor vaultThread;

    public AgentHistory(VaultSession vault, Executor vaultThread) {
        this.vault = vault;
        this.vaultThread = vaultThread;
    }

    @Override
    public void record(AgentRequest request) {
        HistoryEvent event = HistoryEvent.of(HistoryAction.AGENT_SIGN)
                .about(new KeyId(request.key().id()), request.key().name())
                .with("outcome", request.outcome().name().toLowerCase(Locale.ROOT))
                .with("forwarded", request.forwarded());
        if (request.what() instanceof SignedData.Login login) {
            event = event.with("what", "login").with("user", login.user());
        } else if (request.what() instanceof SignedData.SshSig sig) {
            event = event.with("what", "sshsig").with("namespace", sig.namespace());
        } else {
            event = event.with("what", "unknown");
        }
        if (request.destination().isPresent()) {
            event = event.with("host", request.destination().get().name()
                    .orElse(request.destination().get().fingerprint()));
        }
        HistoryEvent decided = event;
        try {
            vaultThread.execute(() -> vault.events().record(decided));
        } catch (RejectedExecutionException e) {
            LOG.warn("An agent decision was not recorded: the vault's thread has stopped");
        }
    }
}
