package io.yaoshi.ui.keytags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.TagValidator;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyTagsViewModelTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private KeyPairService keys;
    private KeyPairRecord key;
    private KeyTagsViewModel form;

    @BeforeEach
    void form() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        key = Fixtures.record("web", Placement.local(), List.of(new Tag("env", "prod")));
        vault.save(List.of(key), Map.of());
        keys = Fixtures.keyService(vault);
        form = new KeyTagsViewModel(keys, new TagValidator(),
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), Messages.forLocale(Locale.ENGLISH),
                key);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void editingAnExistingRowIsCheckedAtOnce() {
        form.tagEditor().rows().get(0).valueProperty().set("acs:x");

        assertFalse(form.saveCommand().isExecutable());
        assertEquals("A tag value must not start with aliyun or acs:. (InvalidTagValue.Malformed)",
                form.tagEditor().rows().get(0).messageProperty().get());
    }

    @Test
    void savingStoresTheTagsAndReportsTheRecord() throws Exception {
        form.tagEditor().addCommand().execute();
        form.tagEditor().rows().get(1).keyProperty().set("owner");
        form.tagEditor().rows().get(1).valueProperty().set("");
        assertTrue(form.saveCommand().isExecutable());

        form.saveCommand().execute();

        assertEquals(List.of(new Tag("env", "prod"), new Tag("owner", "")), form.savedProperty().get().tags());
        assertEquals(List.of(new Tag("env", "prod"), new Tag("owner", "")), keys.resolve("web").tags());
    }

    @Test
    void theWaitForTheCloudIsSaidInWords() throws Exception {
        KeyPairRecord web = Fixtures.record("web-prod", Placement.aliyun("cn-hangzhou", ""), List.of());
        vault.save(List.of(web), Map.of());
        DirectExecutorService worker = new DirectExecutorService();
        KeyTagsViewModel cloudForm = new KeyTagsViewModel(Fixtures.keyService(vault, provider -> new ScriptedCloud()),
                new TagValidator(), new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE), web);
        cloudForm.tagEditor().addCommand().execute();
        cloudForm.tagEditor().rows().get(0).keyProperty().set("env");
        worker.hold();

        cloudForm.saveCommand().execute();

        assertEquals("正在阿里云保存标签…", cloudForm.progressProperty().get());
        worker.release();
        assertEquals("", cloudForm.progressProperty().get());
        assertEquals(List.of(new Tag("env", "")), keys.resolve("web-prod").tags());
    }
}
