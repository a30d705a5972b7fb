package io.yaoshi.ui.keydetails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The details panel's texts for whatever row the key list has selected, in the user's language. */
class KeyDetailsViewModelTest {

    private final KeyPairRecord laptop = Fixtures.record("laptop", Placement.local(),
            List.of(new Tag("env", "prod"), new Tag("owner", "")));
    /** Found at Aliyun and recorded by its public half: the provider's fingerprint, no private key. */
    private final KeyPairRecord web = new KeyPairRecord(KeyId.random(), Placement.aliyun("cn-hangzhou", ""),
            "web", KeyAlgorithm.RSA_2048, List.of(),
            new KeyFingerprints("aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99", "SHA256:webwebweb",
                    "e3:7b:56:1f"), "skp-123", laptop.createdAt(), Origin.IMPORTED, RemoteState.PRESENT,
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ web", false);

    private final ObjectProperty<KeyRow> selected = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty canCopy = new SimpleBooleanProperty(true);
    private final int[] copies = {0};
    private final Command copyPublicKey = Command.when(canCopy, () -> copies[0]++);

    private static KeyRow row(KeyPairRecord key, Messages text) {
        return new KeyRowFormatter(text, RegionCatalog.bundled(), ZoneId.of("UTC")).row(key);
    }

    private KeyDetailsViewModel details(Messages text) {
        return new KeyDetailsViewModel(selected, text, copyPublicKey);
    }

    @Test
    void withNothingSelectedEveryTextIsEmpty() {
        KeyDetailsViewModel details = details(Messages.forLocale(Locale.ENGLISH));

        assertFalse(details.hasSelectionBinding().get());
        for (StringBinding text : List.of(details.nameBinding(), details.summaryBinding(), details.stateBinding(),
                details.createdBinding(), details.md5Binding(), details.sha256Binding(),
                details.providerFingerprintBinding(), details.publicKeyBinding())) {
            assertEquals("", text.get());
        }
        assertEquals(List.of(), details.tagChips());
    }

    @Test
    void aLocalKeyPairShowsItsFingerprintsPublicKeyAndTagsWithoutARegion() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        KeyDetailsViewModel details = details(english);
        selected.set(row(laptop, english));

        assertTrue(details.hasSelectionBinding().get());
        assertEquals("laptop", details.nameBinding().get());
        assertEquals("Local  ·  Ed25519", details.summaryBinding().get());
        assertEquals("Generated here  ·  local only", details.stateBinding().get(), "a line starts with a capital");
        assertEquals("5d:02:74:93:e3:7b:56:1f:09:79:a9:fe:75:46:99:6c", details.md5Binding().get());
        assertEquals("SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs", details.sha256Binding().get());
        assertEquals("", details.providerFingerprintBinding().get(), "no provider computed one");
        assertEquals("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVy laptop", details.publicKeyBinding().get());
        assertTrue(details.createdBinding().get().startsWith("11/23/26"), details.createdBinding().get());
        assertEquals(List.of("env = prod", "owner"), details.tagChips());
    }

    @Test
    void aCloudKeyPairShowsItsRegionTheProvidersFingerprintAndThatOnlyItsPublicKeyIsHere() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        KeyDetailsViewModel details = details(english);
        selected.set(row(web, english));

        assertEquals("Aliyun  ·  China (Hangzhou)  ·  RSA 2048", details.summaryBinding().get());
        assertEquals("Imported  ·  in the cloud  ·  public key only", details.stateBinding().get());
        assertEquals("e3:7b:56:1f", details.providerFingerprintBinding().get());
        assertEquals("aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99", details.md5Binding().get());
        assertEquals(List.of(), details.tagChips());

        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        KeyDetailsViewModel chineseDetails = details(chinese);
        selected.set(row(web, chinese));
        assertEquals("阿里云  ·  华东1（杭州）  ·  RSA 2048", chineseDetails.summaryBinding().get());
        assertEquals("已导入  ·  已在云端  ·  仅有公钥", chineseDetails.stateBinding().get());
    }

    @Test
    void theTextsFollowTheSelectionAsItChanges() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        KeyDetailsViewModel details = details(english);
        BooleanBinding hasSelection = details.hasSelectionBinding();
        StringBinding name = details.nameBinding();
        StringBinding publicKey = details.publicKeyBinding();

        selected.set(row(laptop, english));
        assertEquals("laptop", name.get());
        assertTrue(hasSelection.get());

        selected.set(row(web, english));
        assertEquals("web", name.get());
        assertEquals("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ web", publicKey.get());
        assertSame(selected.get(), details.selectionProperty().getValue());

        selected.set(null);
        assertEquals("", name.get());
        assertEquals("", publicKey.get());
        assertFalse(hasSelection.get());
    }

    @Test
    void copyIsTheMainWindowsCommandAndRunsOnlyWhileItCan() {
        KeyDetailsViewModel details = details(Messages.forLocale(Locale.ENGLISH));
        assertSame(copyPublicKey, details.copyPublicKeyCommand());

        details.copyPublicKeyCommand().execute();
        assertEquals(1, copies[0]);

        canCopy.set(false);
        assertFalse(details.copyPublicKeyCommand().isExecutable());
        details.copyPublicKeyCommand().execute();
        assertEquals(1, copies[0], "a stale click does nothing");
    }
}
