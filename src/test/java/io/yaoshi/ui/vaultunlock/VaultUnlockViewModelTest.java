package io.yaoshi.ui.vaultunlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.vault.SealCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating the vault on first run and unlocking it later, with the key derivation run inline or held. */
class VaultUnlockViewModelTest {

    @TempDir
    Path dir;

    private final DirectExecutorService worker = new DirectExecutorService();
    private final List<VaultSession.UnlockOutcome> unlocked = new ArrayList<>();
    private VaultSession vault;

    @BeforeEach
    void noVaultYet() {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private VaultUnlockViewModel form(Locale locale) {
        VaultUnlockViewModel form = new VaultUnlockViewModel(vault, new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(locale), unlocked::add);
        form.refresh();
        return form;
    }

    /** A vault holding one key pair, closed again, so the form finds it on disk and must unlock it. */
    private VaultUnlockViewModel existingVaultForm() throws Exception {
        vault.create(Fixtures.password());
        vault.save(List.of(Fixtures.record("web", Placement.local(), List.of())), Map.of());
        vault.close();
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        assertEquals(VaultUnlockViewModel.Mode.UNLOCK, form.modeProperty().get());
        return form;
    }

    @Test
    void theFirstRunAsksForTheSamePasswordTwiceAndCreatesNothingOnAMismatch() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        assertEquals(VaultUnlockViewModel.Mode.CREATE, form.modeProperty().get());

        form.passwordProperty().set("correct horse battery staple");
        assertFalse(form.submitCommand().isExecutable(), "the confirmation is still empty");
        form.confirmationProperty().set("correct horse battery stapler");
        assertTrue(form.submitCommand().isExecutable());

        form.submitCommand().execute();

        assertEquals("The two passwords differ.", form.errorProperty().get());
        assertFalse(Files.exists(vault.file()));
        assertEquals(List.of(), unlocked);
        assertEquals(VaultUnlockViewModel.Mode.CREATE, form.modeProperty().get());

        VaultUnlockViewModel chinese = form(Locale.SIMPLIFIED_CHINESE);
        chinese.passwordProperty().set("correct horse battery staple");
        chinese.confirmationProperty().set("another one entirely");
        chinese.submitCommand().execute();
        assertEquals("两次输入的密码不一致。", chinese.errorProperty().get());
    }

    @Test
    void aTooShortPasswordCannotBeSubmittedAndTheMeterSaysWhy() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        assertEquals("", form.strengthBinding().get());
        assertEquals(0, form.strengthMeterBinding().get());

        form.passwordProperty().set("short");
        form.confirmationProperty().set("short");

        assertEquals("Too short: at least 8 characters.", form.strengthBinding().get());
        assertEquals("strength-too-short", form.strengthStyleBinding().get());
        assertFalse(form.submitCommand().isExecutable(), "Create stays off until the rule is met");
        form.submitCommand().execute();
        assertFalse(Files.exists(vault.file()));
        assertEquals(List.of(), unlocked);
    }

    @Test
    void theMeterFollowsZxcvbnsEstimateNotJustTheLength() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);

        form.passwordProperty().set("password1234");
        assertEquals("Weak: easy to guess; a longer password, or several unrelated words, is much harder.",
                form.strengthBinding().get(), "twelve characters, but a dictionary word and a sequence");
        form.passwordProperty().set("qwertyuiopasdf");
        assertEquals("strength-weak", form.strengthStyleBinding().get(), "a keyboard row");
        form.passwordProperty().set("correct horse battery staple");
        assertEquals("Very strong.", form.strengthBinding().get());
        assertEquals(1.0, form.strengthMeterBinding().get());

        VaultUnlockViewModel chinese = form(Locale.SIMPLIFIED_CHINESE);
        chinese.passwordProperty().set("correct horse battery staple");
        assertEquals("很强。", chinese.strengthBinding().get());
    }

    @Test
    void aMatchingPasswordCreatesTheVaultUnlocksItAndClearsBothFields() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        form.passwordProperty().set("correct horse battery staple");
        form.confirmationProperty().set("correct horse battery staple");

        form.submitCommand().execute();

        assertEquals(List.of(new VaultSession.UnlockOutcome(0, 0, List.of(), SealCheck.intact(0))), unlocked);
        assertTrue(Files.exists(vault.file()));
        assertTrue(vault.isUnlocked());
        assertEquals("", form.passwordProperty().get());
        assertEquals("", form.confirmationProperty().get());
        assertEquals("", form.errorProperty().get());
    }

    @Test
    void aWrongPasswordSaysSoClearsTheFieldAndLeavesTheVaultLocked() throws Exception {
        VaultUnlockViewModel form = existingVaultForm();
        assertEquals("", form.strengthBinding().get(), "no strength hint when unlocking");
        form.passwordProperty().set("not the password");
        assertTrue(form.submitCommand().isExecutable(), "unlocking needs no confirmation");

        form.submitCommand().execute();

        assertEquals("The password does not open the vault. Nothing was changed.", form.errorProperty().get());
        assertEquals("", form.passwordProperty().get());
        assertFalse(form.submitCommand().isExecutable());
        assertFalse(vault.isUnlocked());
        assertEquals(List.of(), unlocked);
        assertFalse(form.busyProperty().get());
    }

    @Test
    void theRightPasswordIsNotSubmittedTwiceWhileTheUnlockRunsAndHandsOverTheOutcome() throws Exception {
        VaultUnlockViewModel form = existingVaultForm();
        form.passwordProperty().set(new String(Fixtures.PASSWORD));
        worker.hold();

        form.submitCommand().execute();

        assertTrue(form.busyProperty().get());
        assertEquals("Unlocking: turning your password into the vault key…", form.progressProperty().get());
        assertFalse(form.submitCommand().isExecutable());
        form.submitCommand().execute(); // a second click while busy does nothing
        assertEquals(List.of(), unlocked);

        worker.release();

        assertFalse(form.busyProperty().get());
        assertEquals("", form.progressProperty().get());
        assertEquals(1, unlocked.size(), "exactly one unlock ran");
        assertEquals(1, unlocked.get(0).keyPairs());
        assertFalse(unlocked.get(0).foundProblems());
        assertTrue(vault.isUnlocked());
        assertEquals("", form.passwordProperty().get());
        assertEquals("", form.errorProperty().get());
    }

    @Test
    void aVaultMadeElsewhereWhileTheFormWaitedTurnsItIntoTheUnlockForm() throws Exception {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        try (VaultSession other = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault())) {
            other.create(Fixtures.password()); // e.g. yaoshi init in a terminal
        }
        form.passwordProperty().set("another password here");
        form.confirmationProperty().set("another password here");

        form.submitCommand().execute();

        assertEquals(VaultUnlockViewModel.Mode.UNLOCK, form.modeProperty().get());
        assertEquals("A vault already exists there; it was left untouched. Enter its password to unlock it.",
                form.errorProperty().get());
        form.passwordProperty().set(new String(Fixtures.PASSWORD));
        form.submitCommand().execute();
        assertEquals(1, unlocked.size(), "the vault made elsewhere opens");
    }

    @Test
    void theUnlockFormOpensTheFileWhileThePasswordIsTypedAndSaysAtOnceWhenItIsInUse() throws Exception {
        existingVaultForm();
        VaultSession elsewhere = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        assertEquals(VaultProblem.IN_USE, assertThrows(VaultAccessException.class, elsewhere::open).problem(),
                "the form's session holds the file before any password");

        vault.close();
        elsewhere.open();
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        VaultUnlockViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        assertEquals("保险库已在另一个钥匙窗口或进程中打开；请先在那里关闭。", form.errorProperty().get());
        elsewhere.close();
        form.passwordProperty().set(new String(Fixtures.password()));
        assertEquals("", form.errorProperty().get(), "typing clears it");
        form.submitCommand().execute();
        assertEquals(1, unlocked.get(0).keyPairs(), "the unlock opens the file itself once it is free");
    }

    @Test
    void correctingTheConfirmationClearsTheMismatch() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        form.passwordProperty().set("correct horse battery staple");
        form.confirmationProperty().set("correct horse battery stapler");
        form.submitCommand().execute();
        assertEquals("The two passwords differ.", form.errorProperty().get());

        form.confirmationProperty().set("correct horse battery staple");

        assertEquals("", form.errorProperty().get());
    }

    @Test
    void theMetersStyleKeepsFollowingThePasswordAfterAGarbageCollection() {
        VaultUnlockViewModel form = form(Locale.ENGLISH);
        List<String> styles = new ArrayList<>();
        form.strengthStyleBinding().addListener((o, was, now) -> styles.add(now));
        System.gc(); // a binding only its listener holds would be gone now, and the meter would stay one colour

        form.passwordProperty().set("password1234");
        form.passwordProperty().set("correct horse battery staple");

        assertEquals(List.of("strength-weak", "strength-strong"), styles);
    }
}
