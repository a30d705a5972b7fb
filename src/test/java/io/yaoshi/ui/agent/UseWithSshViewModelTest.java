package io.yaoshi.ui.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UseWithSshViewModelTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private AgentPolicies policies;
    private KeyPairRecord web;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        policies = new AgentPolicies(vault);
        web = Fixtures.keyService(vault).create(new KeyPairSpec(Placement.local(), "web", List.of(),
                KeyAlgorithm.ED25519, CreateMode.IMPORT));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private UseWithSshViewModel started(Path keysDir, boolean agentRunning) {
        UseWithSshViewModel model = new UseWithSshViewModel(web, new UseWithSsh(keysDir, dir), policies,
                new UseWithSshViewModel.Agent(dir.resolve("agent.sock"), agentRunning),
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), Messages.forLocale(Locale.ENGLISH));
        model.start();
        return model;
    }

    @Test
    void saysWhatStillKeepsSshFromUsingTheKey() throws Exception {
        UseWithSshViewModel notOffered = started(dir.resolve("keys"), true);
        assertTrue(notOffered.blockProperty().get().startsWith("Host web\n"));
        assertTrue(notOffered.warningProperty().get().startsWith("Not offered to SSH clients yet"));
        assertEquals("", notOffered.progressProperty().get());

        policies.set(web.id(), AgentPolicy.DEFAULT.withOffer(true));
        assertTrue(started(dir.resolve("keys"), false).warningProperty().get().startsWith("The SSH agent is off"));
        assertEquals("", started(dir.resolve("keys"), true).warningProperty().get());
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSoAndShowsNoBlock() throws Exception {
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");

        UseWithSshViewModel model = started(aFile, true);

        assertEquals("", model.blockProperty().get());
        assertTrue(!model.failureProperty().get().isEmpty());
    }
}
