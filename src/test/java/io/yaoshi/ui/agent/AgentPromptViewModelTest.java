package io.yaoshi.ui.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.ApprovalRequest;
import io.yaoshi.agent.Destination;
import io.yaoshi.agent.OfferedKey;
import io.yaoshi.agent.SignedData;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.i18n.Messages;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.SshKeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentPromptViewModelTest {

    private static final SshKeyPair KEY = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.ED25519, "web");
    private static final SignedData LOGIN = new SignedData.Login(new byte[] {1}, "deploy", Optional.empty());

    private static AgentPromptViewModel prompt(AgentPolicy.Confirm confirm, SignedData what, boolean forwarded,
                                               Locale locale) {
        return prompt(confirm, what, Optional.empty(), forwarded, locale);
    }

    private static AgentPromptViewModel prompt(AgentPolicy.Confirm confirm, SignedData what,
                                               Optional<Destination> to, boolean forwarded, Locale locale) {
        OfferedKey key = new OfferedKey("id", "web", "SHA256:abc", KEY.publicKey(), new AgentPolicy(true, confirm,
                AgentPolicy.Forwarding.CONFIRM));
        return new AgentPromptViewModel(new ApprovalRequest(key, what, to, forwarded, Duration.ofSeconds(60)),
                Messages.forLocale(locale));
    }

    @Test
    void allowUntilLockIsOfferedOnlyWhereThePolicySaysSo() {
        SignedData git = new SignedData.SshSig("git");
        assertTrue(prompt(AgentPolicy.Confirm.UNTIL_LOCK, git, false, Locale.ENGLISH).offersUntilLock());
        assertFalse(prompt(AgentPolicy.Confirm.ALWAYS, git, false, Locale.ENGLISH).offersUntilLock(),
                "a key that confirms always asks every time: a button that seemed to stop that would not");
        assertFalse(prompt(AgentPolicy.Confirm.UNTIL_LOCK, git, true, Locale.ENGLISH).offersUntilLock(),
                "each forwarded request asks");
    }

    @Test
    void thePromptNamesTheKeyWhatIsSignedAndForwarding() {
        AgentPromptViewModel login = prompt(AgentPolicy.Confirm.ALWAYS, LOGIN, Optional.of(new Destination(
                "SHA256:host", Optional.empty(), false)), true, Locale.SIMPLIFIED_CHINESE);

        assertEquals("使用 web 登录服务器？", login.header());
        assertEquals("SHA256:abc", login.fingerprint());
        List<String> details = login.details();
        assertEquals("密钥对：web", details.get(0));
        assertEquals("以 deploy 身份登录一台不在 known_hosts 中的服务器；主机密钥 SHA256:host。", details.get(1));
        assertTrue(login.forwarded());
        assertEquals("Sign with web?", prompt(AgentPolicy.Confirm.ALWAYS, new SignedData.SshSig("git"), false,
                Locale.ENGLISH).header());
    }

    @Test
    void theDestinationIsNamedAsKnownHostsKnowsIt() {
        assertEquals("A login as deploy to web.example.com.", prompt(AgentPolicy.Confirm.ALWAYS, LOGIN,
                Optional.of(new Destination("SHA256:host", Optional.of("web.example.com"), true)), false,
                Locale.ENGLISH).details().get(1));
        assertEquals("A login as deploy to a server in your known_hosts, its name hashed there; host key SHA256:host.",
                prompt(AgentPolicy.Confirm.ALWAYS, LOGIN, Optional.of(new Destination("SHA256:host",
                        Optional.empty(), true)), false, Locale.ENGLISH).details().get(1));
        assertEquals("A login as deploy.", prompt(AgentPolicy.Confirm.ALWAYS, LOGIN, false, Locale.ENGLISH)
                .details().get(1), "a client that binds no session tells no host");
    }
}
