package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export read back by our own parser; the real tools check the same files in ToolCrossCheckTest. */
class KeyExporterTest {

    private static final Map<KeyAlgorithm, SshKeyPair> KEYS = new EnumMap<>(KeyAlgorithm.class);
    private static final String PASSPHRASE = "export pass 密码";

    private final KeyExporter exporter = new KeyExporter(new SecureRandom(), 4);
    private final KeyParser parser = new KeyParser();

    @BeforeAll
    static void generateOneKeyPerAlgorithm() {
        KeyGenerator generator = new KeyGenerator(new SecureRandom());
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            KEYS.put(algorithm, generator.generate(algorithm, "yaoshi " + algorithm.id()));
        }
    }

    private static PassphrasePrompt prompt() {
        return () -> Optional.of(PASSPHRASE.toCharArray());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void plainPrivateExportsReadBackAsTheSameKey(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        for (ExportFormat format : ExportFormat.values()) {
            if (format.containsPrivateKey() && format.supports(algorithm)) {
                ParsedKey read = parser.parse(exporter.export(pair, format), PassphrasePrompt.NONE);
                assertEquals(pair.publicKey(), read.publicKey(), format.id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void encryptedExportsReadBackWithThePassphrase(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        for (ExportFormat format : ExportFormat.values()) {
            if (format.encryptable()) {
                byte[] file = exporter.exportEncrypted(pair, format, PASSPHRASE.toCharArray());
                assertEquals(pair.publicKey(), parser.parse(file, prompt()).publicKey(), format.id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"OPENSSH", "PPK"})
    void commentSurvivesTheRoundTrip(ExportFormat format) throws Exception {
        SshKeyPair pair = KEYS.get(KeyAlgorithm.ED25519);

        assertEquals(pair.comment(), parser.parse(exporter.export(pair, format), PassphrasePrompt.NONE).comment());
    }

    @Test
    void longRfc4716CommentIsWrappedAndReadBack() throws Exception {
        SshPublicKey key = KEYS.get(KeyAlgorithm.ED25519).publicKey().withComment("运维 ".repeat(30));

        String file = new String(exporter.exportPublic(key, ExportFormat.RFC4716), StandardCharsets.UTF_8);

        assertTrue(file.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 72), file);
        ParsedKey read = parser.parse(file.getBytes(StandardCharsets.UTF_8), PassphrasePrompt.NONE);
        assertEquals(key.comment(), read.comment());
    }

    @Test
    void publicLineCarriesTheComment() {
        SshPublicKey key = KEYS.get(KeyAlgorithm.ED25519).publicKey();

        String line = new String(exporter.export(KEYS.get(KeyAlgorithm.ED25519), ExportFormat.PUBLIC),
                StandardCharsets.UTF_8);

        assertTrue(line.startsWith("ssh-ed25519 AAAA") && line.endsWith(" " + key.comment() + "\n"), line);
    }

    @Test
    void pkcs1RefusesAKeyThatIsNotRsa() {
        assertThrows(IllegalArgumentException.class,
                () -> exporter.export(KEYS.get(KeyAlgorithm.ED25519), ExportFormat.PKCS1));
    }

    @Test
    void publicFormatsCannotBeEncrypted() {
        assertThrows(IllegalArgumentException.class, () -> exporter.exportEncrypted(KEYS.get(KeyAlgorithm.ED25519),
                ExportFormat.PUBLIC, PASSPHRASE.toCharArray()));
    }

    @Test
    void exportFormatIdsAreTheCommandLineSpellings() {
        assertEquals(Optional.of(ExportFormat.RFC4716), ExportFormat.fromId("rfc4716"));
        assertEquals(Optional.of(ExportFormat.PKCS8), ExportFormat.fromId("pkcs8"));
    }
}
