package io.yaoshi.ui.passwordcost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.vault.CheapKdf;
import io.yaoshi.vault.KdfParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measure Again over a real vault. The vault is made with the cheap 1 MiB, 1 pass cost and reopened with a policy
 * that "measures" 2 MiB and 2 passes, so what the form reports is known without timing anything.
 */
class PasswordCostViewModelTest {

    private static final KdfParameters MADE_WITH = new KdfParameters(1024, 1, 1);
    private static final KdfParameters MEASURED = new KdfParameters(2 * 1024, 2, 1);

    @TempDir
    Path dir;

    private Path file;
    private VaultSession vault;
    private final DirectExecutorService worker = new DirectExecutorService();

    @BeforeEach
    void unlockedVault() throws Exception {
        file = dir.resolve("vault.db");
        try (VaultSession first = new VaultSession(file, Fixtures.cheapVault())) {
            first.create(Fixtures.password());
        }
        vault = new VaultSession(file, Fixtures.cheapVault().withKdf(CheapKdf.of(MEASURED)));
        vault.unlock(Fixtures.password());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private PasswordCostViewModel form(Locale locale) {
        PasswordCostViewModel form = new PasswordCostViewModel(vault, new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(locale));
        form.load();
        return form;
    }

    @Test
    void opensWithTheCostTheVaultUsesNowAndNothingToMeasureWithoutAPassword() {
        PasswordCostViewModel form = form(Locale.ENGLISH);

        assertEquals("Now: Argon2id, 1 MiB of memory, 1 pass.", form.costProperty().get());
        assertEquals("", form.statusProperty().get());
        assertEquals("", form.failureProperty().get());
        assertFalse(form.remeasureCommand().isExecutable());

        form.passwordProperty().set("x");
        assertTrue(form.remeasureCommand().isExecutable());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndLeavesTheCostAsItWas() throws Exception {
        PasswordCostViewModel form = form(Locale.ENGLISH);
        form.passwordProperty().set("not the master password");

        form.remeasureCommand().execute();

        assertEquals("The password does not open the vault. Nothing was changed.", form.failureProperty().get());
        assertEquals("", form.statusProperty().get());
        assertEquals("Now: Argon2id, 1 MiB of memory, 1 pass.", form.costProperty().get());
        assertFalse(form.busyProperty().get());
        assertTrue(form.remeasureCommand().isExecutable(), "the user can correct the password and try again");
        assertEquals(MADE_WITH, vault.kdfParameters());
        assertFalse(Files.exists(dir.resolve("vault.db.bak")), "nothing was re-wrapped, so nothing was backed up");
    }

    @Test
    void theRightPasswordRewrapsTheKeyWithTheMeasuredCostAndStillOpensTheVault() throws Exception {
        PasswordCostViewModel form = form(Locale.ENGLISH);
        form.passwordProperty().set("not the master password");
        form.remeasureCommand().execute();
        form.passwordProperty().set(new String(Fixtures.PASSWORD));

        form.remeasureCommand().execute();

        assertEquals("Done: Argon2id, 2 MiB of memory, 2 passes. Your password is unchanged.",
                form.statusProperty().get());
        assertEquals("Now: Argon2id, 2 MiB of memory, 2 passes.", form.costProperty().get());
        assertEquals("", form.failureProperty().get(), "the earlier failure is cleared");
        assertEquals("", form.passwordProperty().get(), "the password does not stay in the form");
        assertFalse(form.remeasureCommand().isExecutable());
        assertEquals(MEASURED, vault.kdfParameters());
        assertTrue(Files.exists(dir.resolve("vault.db.bak")), "a backup copy is made first");

        vault.close();
        try (VaultSession reopened = new VaultSession(file, Fixtures.cheapVault())) {
            reopened.unlock(Fixtures.password());
            assertEquals(MEASURED, reopened.kdfParameters(), "the new cost is in the file");
        }
    }

    @Test
    void whileMeasuringTheFormSaysSoAndCannotBeStartedTwice() {
        PasswordCostViewModel form = form(Locale.ENGLISH);
        form.passwordProperty().set(new String(Fixtures.PASSWORD));
        worker.hold();

        form.remeasureCommand().execute();

        assertTrue(form.busyProperty().get());
        assertEquals("Measuring this computer and re-encrypting the vault key…", form.statusProperty().get());
        assertFalse(form.remeasureCommand().isExecutable());

        worker.release();

        assertFalse(form.busyProperty().get());
        assertEquals("Done: Argon2id, 2 MiB of memory, 2 passes. Your password is unchanged.",
                form.statusProperty().get());
    }

    @Test
    void theOutcomeIsReportedInChinese() {
        PasswordCostViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        assertEquals("当前：Argon2id，内存 1 MiB，1 遍。", form.costProperty().get());
        form.passwordProperty().set(new String(Fixtures.PASSWORD));

        form.remeasureCommand().execute();

        assertEquals("完成：Argon2id，内存 2 MiB，2 遍。密码未改变。", form.statusProperty().get());
    }

    @Test
    void aLockedVaultShowsNoCostButSaysWhy() {
        vault.lock();

        PasswordCostViewModel form = form(Locale.ENGLISH);

        assertEquals("", form.costProperty().get());
        assertEquals("The vault is locked; unlock it first.", form.failureProperty().get());
    }
}
