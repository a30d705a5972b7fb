package io.yaoshi.service;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.PublicHalf;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyFormatException;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshPublicKey;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The service layer's use of the {@code keys} package: how a key pair is kept in the vault (PKCS#8 PEM, as
 * characters that can be wiped), its public line and fingerprints, and reading it back for an export.
 */
final class KeyMaterial {

    private final KeyParser parser = new KeyParser();
    private final KeyExporter exporter;

    KeyMaterial(KeyExporter exporter) {
        this.exporter = exporter;
    }

    /** The private key as the vault stores it: unencrypted PKCS#8 PEM (the vault encrypts the whole item). */
    char[] storedForm(SshKeyPair pair) {
        byte[] pem = exporter.export(pair, ExportFormat.PKCS8);
        CharBuffer chars = StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(pem));
        char[] result = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(pem, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return result;
    }

    /** Saves {@code record} with {@code pair}'s private key in its stored form, which is wiped once written. */
    void saveWithPrivateKey(KeyPairStore vault, KeyPairRecord record, SshKeyPair pair) throws VaultAccessException {
        char[] pem = storedForm(pair);
        try {
            vault.save(List.of(record), Map.of(record.id(), pem));
        } finally {
            Arrays.fill(pem, '\0');
        }
    }

    /** Reads back what {@link #storedForm} wrote; the comment becomes the key pair's name. */
    SshKeyPair fromStoredForm(char[] pem, String name) throws KeyFileException {
        ByteBuffer bytes = StandardCharsets.US_ASCII.encode(CharBuffer.wrap(pem));
        byte[] input = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        try {
            return ((SshKeyPair) parse(input, PassphrasePrompt.NONE)).withComment(name);
        } finally {
            Arrays.fill(input, (byte) 0);
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }

    ParsedKey parse(byte[] input, PassphrasePrompt prompt) throws KeyFileException {
        try {
            return parser.parse(input, prompt);
        } catch (KeyFormatException e) {
            throw new KeyFileException(e.reason(), e);
        }
    }

    /** The OpenSSH public key line, {@code ssh-ed25519 AAAA… comment}, without a line break. */
    String publicLine(SshPublicKey key) {
        return new String(exporter.exportPublic(key, ExportFormat.PUBLIC), StandardCharsets.UTF_8).strip();
    }

    SshPublicKey publicKey(String line) throws KeyFileException {
        return parse(line.getBytes(StandardCharsets.UTF_8), PassphrasePrompt.NONE).publicKey();
    }

    /** The public half as the vault keeps it; the line carries {@code key}'s comment. */
    PublicHalf publicHalf(SshPublicKey key) {
        return new PublicHalf(key.algorithm(), new KeyFingerprints(Fingerprints.md5(key), Fingerprints.sha256(key), ""),
                publicLine(key));
    }

    byte[] export(SshKeyPair pair, ExportFormat format, char[] passphrase) {
        if (!format.containsPrivateKey()) {
            return exporter.exportPublic(pair.publicKey(), format);
        }
        // an empty passphrase is refused by the exporter, never taken for "no encryption"
        return passphrase == null ? exporter.export(pair, format) : exporter.exportEncrypted(pair, format, passphrase);
    }

    byte[] exportPublic(SshPublicKey key, ExportFormat format) {
        return exporter.exportPublic(key, format);
    }
}
