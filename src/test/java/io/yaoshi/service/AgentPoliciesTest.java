package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.OfferedKey;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.keys.SshSignatures;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent policies in a real vault, and the keys the agent gets from it. */
class AgentPoliciesTest {

    private static final AgentPolicy SILENT = new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
            AgentPolicy.Forwarding.DENY);

    @TempDir
    Path dir;

    private VaultSession vault;
    private KeyPairService keys;
    private AgentPolicies policies;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        keys = Fixtures.keyService(vault);
        policies = new AgentPolicies(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyPairRecord create(String name) throws Exception {
        return keys.create(new KeyPairSpec(Placement.local(), name, List.of(), KeyAlgorithm.ED25519,
                CreateMode.IMPORT));
    }

    @Test
    void aKeyPairIsNotOfferedUntilItsPolicySaysSoAndThePolicySurvivesALock() throws Exception {
        KeyPairRecord web = create("web");
        assertEquals(AgentPolicy.DEFAULT, policies.of(web.id()));
        assertFalse(AgentPolicy.DEFAULT.offer());

        policies.set(web.id(), SILENT);
        vault.lock();
        vault.unlock(Fixtures.password());

        assertEquals(SILENT, policies.of(web.id()));
        assertEquals(Map.of(web.id(), SILENT), policies.all());
    }

    @Test
    void theVaultFileHoldsNoPolicyInPlainText() throws Exception {
        policies.set(create("web").id(), new AgentPolicy(true, AgentPolicy.Confirm.UNTIL_LOCK,
                AgentPolicy.Forwarding.CONFIRM));
        vault.close();
        String file = new String(Files.readAllBytes(dir.resolve("vault.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("until-lock") || file.contains("forwarding"), "encrypted like every item");
    }

    @Test
    void aDeletedKeyPairTakesItsPolicyAlong() throws Exception {
        KeyPairRecord web = create("web");
        policies.set(web.id(), SILENT);

        keys.delete(web.id());

        assertEquals(Map.of(), policies.all());
        assertThrows(KeyPairNotFoundException.class, () -> policies.set(new KeyId(web.id().value()), SILENT));
    }

    @Test
    void theAgentGetsOfferedKeysWithPrivateKeysOnlyAndSignsWithThem() throws Exception {
        KeyPairRecord web = create("web");
        create("quiet"); // never offered
        KeyPairRecord asking = create("asking");
        policies.set(web.id(), SILENT);
        policies.set(asking.id(), AgentPolicy.DEFAULT.withOffer(true));
        VaultAgentKeys cannotAsk = new VaultAgentKeys(vault, policies, p -> p.confirm() == AgentPolicy.Confirm.NEVER,
                VaultAgentKeys.VaultThread.CALLER);
        VaultAgentKeys canAsk = new VaultAgentKeys(vault, policies, p -> true, VaultAgentKeys.VaultThread.CALLER);

        assertEquals(List.of("web"), cannotAsk.offered().stream().map(OfferedKey::name).toList());
        assertEquals(List.of("web", "asking"), canAsk.offered().stream().map(OfferedKey::name).toList());

        OfferedKey offered = cannotAsk.offered().get(0);
        assertEquals(web.fingerprints().sha256(), offered.fingerprint());
        byte[] signature = SshSignatures.sign(cannotAsk.privateKey(offered).orElseThrow(), new byte[] {1, 2},
                "ssh-ed25519");
        assertTrue(SshSignatures.verify(offered.publicKey().wireBlob(), new byte[] {1, 2}, signature));

        vault.lock();
        assertEquals(List.of(), cannotAsk.offered(), "a locked vault offers nothing");
        assertTrue(cannotAsk.privateKey(offered).isEmpty());
    }
}
