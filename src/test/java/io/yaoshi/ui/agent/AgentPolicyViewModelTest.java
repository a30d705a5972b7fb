package io.yaoshi.ui.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details panel's agent policy against a real vault file: read on selection, saved on each change. */
class AgentPolicyViewModelTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private AgentPolicies policies;
    private KeyRow web;
    private KeyRow db;
    private final SimpleObjectProperty<KeyRow> selected = new SimpleObjectProperty<>();
    private AgentPolicyViewModel model;
    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private int offeredTimes;

    @BeforeEach
    void vaultWithTwoKeyPairs() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        policies = new AgentPolicies(vault);
        KeyRowFormatter rows = new KeyRowFormatter(english, RegionCatalog.bundled(), ZoneOffset.UTC);
        web = rows.row(create("web"));
        db = rows.row(create("db"));
        policies.set(web.key().id(), new AgentPolicy(true, AgentPolicy.Confirm.UNTIL_LOCK,
                AgentPolicy.Forwarding.DENY));
        model = new AgentPolicyViewModel(policies, new BackgroundRunner(new DirectExecutorService(), Runnable::run),
                english, selected, () -> offeredTimes++);
    }

    private KeyPairRecord create(String name) throws Exception {
        return Fixtures.keyService(vault).create(new KeyPairSpec(Placement.local(), name, List.of(),
                KeyAlgorithm.ED25519, CreateMode.IMPORT));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void theSelectedKeyPairsPolicyIsShownAndEachChangeSaved() throws Exception {
        assertFalse(model.editableProperty().get(), "nothing selected");

        selected.set(web);
        assertTrue(model.editableProperty().get());
        assertTrue(model.offerProperty().get());
        assertEquals(AgentPolicy.Confirm.UNTIL_LOCK, model.confirmProperty().get());

        model.confirmProperty().set(AgentPolicy.Confirm.NEVER);
        model.forwardingProperty().set(AgentPolicy.Forwarding.CONFIRM);
        assertEquals(new AgentPolicy(true, AgentPolicy.Confirm.NEVER, AgentPolicy.Forwarding.CONFIRM),
                policies.of(web.key().id()));
        assertEquals(2, offeredTimes, "each save of an offered key pair tells the window (which may ask once)");
        model.offerProperty().set(false);
        assertFalse(policies.of(web.key().id()).offer());
        assertEquals(2, offeredTimes);
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aKeyPairOfATeamIsNotOfferedByThePersonalAgent() throws Exception {
        KeyRowFormatter rows = new KeyRowFormatter(english, RegionCatalog.bundled(), ZoneOffset.UTC);
        KeyRow teams = rows.row(Fixtures.record("team-web", Placement.local(), List.of()));
        selected.set(teams);
        assertFalse(model.editableProperty().get(), "the agent serves the personal vault's key pairs only");
        assertFalse(model.offerProperty().get());
        assertEquals(english.get("agentpolicy.notHere"), model.messageProperty().get());
        assertFalse(model.failedProperty().get(), "a fact, not a failure");
    }

    @Test
    void switchingKeyPairsSavesNothing() throws Exception {
        selected.set(web);
        selected.set(db);

        assertEquals(AgentPolicy.DEFAULT, policies.of(db.key().id()), "showing web's values did not save them");
        assertFalse(model.offerProperty().get());
        assertEquals(AgentPolicy.Confirm.ALWAYS, model.confirmProperty().get());
        assertEquals(new AgentPolicy(true, AgentPolicy.Confirm.UNTIL_LOCK, AgentPolicy.Forwarding.DENY),
                policies.of(web.key().id()));
        model.offerProperty().set(true);
        assertTrue(policies.of(db.key().id()).offer(), "the change went to the key pair selected now");
        assertEquals(AgentPolicy.Confirm.UNTIL_LOCK, policies.of(web.key().id()).confirm());
    }

    @Test
    void aKeyPairWithoutItsPrivateKeyCannotBeOffered() throws Exception {
        KeyPairRecord k = db.key();
        KeyRow publicOnly = new KeyRowFormatter(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), RegionCatalog.bundled(),
                ZoneOffset.UTC).row(new KeyPairRecord(k.id(), k.placement(), k.name(), k.algorithm(), k.tags(),
                k.fingerprints(), k.providerKeyId(), k.createdAt(), k.origin(), k.remoteState(), k.publicKey(),
                false));
        selected.set(publicOnly);

        assertFalse(model.editableProperty().get());
        assertEquals("Only the public key is here: the agent cannot sign with this key pair.",
                model.messageProperty().get());
        model.offerProperty().set(true);
        assertEquals(AgentPolicy.DEFAULT, policies.of(k.id()));
    }

    @Test
    void aFailedSaveSaysWhyAndShowsWhatTheVaultHolds() throws Exception {
        selected.set(web);
        vault.lock();

        model.offerProperty().set(false);

        assertTrue(model.failedProperty().get());
        assertFalse(model.messageProperty().get().isEmpty());
    }
}
