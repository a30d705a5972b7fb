package io.yaoshi.ui.keyexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyExportViewModelTest {

    @TempDir
    Path dir;

    private KeyExportViewModel form(KeyAlgorithm algorithm, Locale locale) throws Exception {
        VaultSession vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        KeyPairRecord key = Fixtures.record("web", Placement.local(), List.of(), algorithm);
        return new KeyExportViewModel(Fixtures.keyService(vault),
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), Messages.forLocale(locale), key);
    }

    @Test
    void theFormatOfferedFirstIsTheOneSshReadsForTheKeyType() throws Exception {
        assertEquals(ExportFormat.OPENSSH, form(KeyAlgorithm.ED25519, Locale.ENGLISH).formatProperty().get());
        assertEquals(ExportFormat.PKCS8, form(KeyAlgorithm.RSA_2048, Locale.ENGLISH).formatProperty().get());
        assertEquals(ExportFormat.PKCS8, form(KeyAlgorithm.ECDSA_P256, Locale.ENGLISH).formatProperty().get());
    }

    @Test
    void choosingPkcs8ForEd25519SaysThatOlderOpenSshCannotReadIt() throws Exception {
        KeyExportViewModel ed25519 = form(KeyAlgorithm.ED25519, Locale.ENGLISH);
        assertEquals("", ed25519.formatNoteBinding().get());
        ed25519.formatProperty().set(ExportFormat.PKCS8);
        String note = ed25519.formatNoteBinding().get();
        assertTrue(note.contains("9.2") && note.contains("PKCS#8"), note);

        KeyExportViewModel chinese = form(KeyAlgorithm.ED25519, Locale.SIMPLIFIED_CHINESE);
        chinese.formatProperty().set(ExportFormat.PKCS8);
        String chineseNote = chinese.formatNoteBinding().get();
        assertTrue(chineseNote.contains("9.2") && chineseNote.contains("PKCS#8"), chineseNote);

        KeyExportViewModel rsa = form(KeyAlgorithm.RSA_2048, Locale.ENGLISH);
        assertEquals("", rsa.formatNoteBinding().get(), "OpenSSH reads RSA keys in PKCS#8");
    }

    @Test
    void twoDifferentPassphrasesAreCalledPassphrases() throws Exception {
        KeyExportViewModel form = form(KeyAlgorithm.ED25519, Locale.ENGLISH);
        form.encryptProperty().set(true);
        form.passphraseProperty().set("one passphrase");
        form.confirmationProperty().set("another passphrase");
        assertEquals("The two passphrases differ.", form.passphraseProblemBinding().get());
    }

    @Test
    void theWaitNamesTheFileBeingWritten() throws Exception {
        VaultSession vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        KeyPairRecord key = Fixtures.record("web", Placement.local(), List.of(), KeyAlgorithm.ED25519);
        DirectExecutorService worker = new DirectExecutorService();
        KeyExportViewModel form = new KeyExportViewModel(Fixtures.keyService(vault),
                new BackgroundRunner(worker, Runnable::run), Messages.forLocale(Locale.ENGLISH), key);
        worker.hold();

        form.exportTo(dir.resolve("web_ed25519"));

        assertEquals("Writing web_ed25519…", form.progressProperty().get());
        worker.release();
        assertEquals("", form.progressProperty().get());
        vault.close();
    }
}
