package io.yaoshi.ui.agent;

import io.yaoshi.agent.ApprovalRequest;
import io.yaoshi.agent.SignedData;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent's prompt says, in the user's language: which key, what it would sign (a login as a user to a host
 * named from known_hosts, or a signature in a namespace such as {@code git}), and whether the request came through
 * agent forwarding.
 */
public final class AgentPromptViewModel {

    private final ApprovalRequest request;
    private final Messages text;

    public AgentPromptViewModel(ApprovalRequest request, Messages text) {
        this.request = request;
        this.text = text;
    }

    /** "Use web for an SSH login?" */
    public String header() {
        return text.format(request.what() instanceof SignedData.SshSig ? "agentprompt.header.sign"
                : "agentprompt.header.login", request.key().name());
    }

    /** The lines under the header: key, what, forwarding, and that no answer is a no. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add(text.format("agentprompt.key", request.key().name()));
        lines.add(new RequestTexts(text).sentence(request.what(), request.destination()));
        lines.add(text.format("agentprompt.timeout", request.timeout().toSeconds()));
        return lines;
    }

    /** The key's SHA256 fingerprint, shown in the fixed-width font under its name. */
    public String fingerprint() {
        return request.key().fingerprint();
    }

    /** Said apart, in the warning colour: the request came from another host through agent forwarding. */
    public boolean forwarded() {
        return request.forwarded();
    }

    public String forwardedWarning() {
        return text.get("agentprompt.forwarded");
    }

    /**
     * "Allow until lock" only for a key whose policy says so: a key that confirms always asks every time, and a
     * forwarded request each time too.
     */
    public boolean offersUntilLock() {
        return !request.forwarded() && request.key().policy().confirm() == AgentPolicy.Confirm.UNTIL_LOCK;
    }
}
