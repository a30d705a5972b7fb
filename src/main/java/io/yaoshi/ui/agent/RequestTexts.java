package io.yaoshi.ui.agent;

import io.yaoshi.agent.Destination;
import io.yaoshi.agent.SignedData;
import io.yaoshi.i18n.Messages;
import java.util.Optional;

/** How the prompt and the list of recent requests say what a request would sign and where a login goes. */
final class RequestTexts {

    private final Messages text;

    RequestTexts(Messages text) {
        this.text = text;
    }

    /** A sentence for the prompt: "A login as deploy to web.example.com." */
    String sentence(SignedData what, Optional<Destination> destination) {
        if (what instanceof SignedData.Login login) {
            return destination.map(to -> to.name().map(name -> text.format("agentprompt.login.named", login.user(),
                            name))
                    .orElseGet(() -> text.format(to.known() ? "agentprompt.login.hashed" : "agentprompt.login.unknown",
                            login.user(), to.fingerprint())))
                    .orElseGet(() -> text.format("agentprompt.login", login.user()));
        }
        if (what instanceof SignedData.SshSig signature) {
            return text.format("agentprompt.sshsig", signature.namespace());
        }
        return text.get("agentprompt.unknown");
    }

    /** A short cell: "deploy@web.example.com", "namespace git", or the host key's fingerprint when unnamed. */
    String target(SignedData what, Optional<Destination> destination) {
        if (what instanceof SignedData.Login login) {
            return login.user() + "@" + destination.map(to -> to.name().orElse(to.fingerprint()))
                    .orElse(text.get("agentrequests.unknownHost"));
        }
        if (what instanceof SignedData.SshSig signature) {
            return text.format("agentrequests.namespace", signature.namespace());
        }
        return text.get("agentrequests.other");
    }
}
