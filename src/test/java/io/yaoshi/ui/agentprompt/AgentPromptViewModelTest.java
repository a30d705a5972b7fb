package io.yaoshi.ui.agentprompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.ApprovalRequest;
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

    private static AgentPromptViewModel prompt(AgentPolicy.Confirm confirm, SignedData what, boolean forwarded,
                                               Locale locale) {
        OfferedKey key = new OfferedKey("id", "web", "SHA256:abc", KEY.publicKey(), new AgentPolicy(true, confirm,
                AgentPolicy.Forwarding.CONFIRM));
        return new AgentPromptViewModel(new ApprovalRequest(key, what, forwarded, Duration.ofSeconds(60)),
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
        AgentPromptViewModel login = prompt(AgentPolicy.Confirm.ALWAYS, new SignedData.Login(new byte[] {1},
                "deploy", Optional.of(KEY.publicKey().wireBlob())), true, Locale.SIMPLIFIED_CHINESE);

        assertEquals("使用 web 登录服务器？", login.header());
        assertEquals("SHA256:abc", login.fingerprint());
        List<String> details = login.details();
        assertEquals("密钥对：web", details.get(0));
        assertTrue(details.get(1).startsWith("以 deploy 身份登录主机密钥为 SHA256:"), details.get(1));
        assertTrue(login.forwarded());
        assertEquals("Sign with web?", prompt(AgentPolicy.Confirm.ALWAYS, new SignedData.SshSig("git"), false,
                Locale.ENGLISH).header());
    }
}
