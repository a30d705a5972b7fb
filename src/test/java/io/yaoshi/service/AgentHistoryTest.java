package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.agent.AgentRequest;
import io.yaoshi.agent.Destination;
import io.yaoshi.agent.OfferedKey;
import io.yaoshi.agent.SignedData;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.KeyGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentHistoryTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void eachDecisionIsRecordedOnTheVaultsThreadWithWhatWhoWhereAndTheOutcome() throws Exception {
        VaultSession vault = new VaultSession(dir.resolve("vault.db"), io.yaoshi.testing.Fixtures.cheapVault());
        List<HistoryEvent> recorded = new ArrayList<>();
        vault.recordEventsWith(recorded::add);
        List<Runnable> vaultThread = new ArrayList<>();
        OfferedKey key = new OfferedKey("7f1c2a9e-0000-4000-8000-000000000001", "web-prod", "SHA256:abc",
                new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.ED25519, "web-prod").publicKey(),
                AgentPolicy.DEFAULT);
        AgentHistory history = new AgentHistory(vault, vaultThread::add);

        history.record(new AgentRequest(Instant.now(), key, new SignedData.Login(new byte[32], "root",
                Optional.empty()), Optional.of(new Destination("SHA256:host", Optional.of("web-01"), true)), false,
                AgentRequest.Outcome.ALLOWED));
        history.record(new AgentRequest(Instant.now(), key, new SignedData.SshSig("git"), Optional.empty(), true,
                AgentRequest.Outcome.REFUSED));

        assertEquals(List.of(), recorded, "not on the connection's thread");
        vaultThread.forEach(Runnable::run);
        assertEquals(List.of(Map.of("outcome", "allowed", "forwarded", "false", "what", "login", "user", "root",
                "host", "web-01"), Map.of("outcome", "refused", "forwarded", "true", "what", "sshsig", "namespace",
                "git")), recorded.stream().map(HistoryEvent::detail).toList());
        assertEquals(Optional.of("web-prod"), recorded.get(0).keyName());
    }
}
