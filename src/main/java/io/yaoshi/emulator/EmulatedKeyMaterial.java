package io.yaoshi.emulator;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyFormatException;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshPublicKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The keys an emulated cloud generates and the public keys it accepts, with both clouds' fingerprints. */
final class EmulatedKeyMaterial {

    /** A key the cloud generated: the public line it keeps and the private key it returns once. */
    record Generated(String publicLine, String privatePem, String md5Fingerprint) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private EmulatedKeyMaterial() {
    }

    /**
     * RSA-2048 as both clouds generate it, the private key as PKCS#1 PEM (ECS API reference, CreateKeyPair's
     * PrivateKeyBody).
     */
    static Generated generate(String comment) {
        SshKeyPair pair = new KeyGenerator(RANDOM).generate(KeyAlgorithm.RSA_2048, comment);
        KeyExporter exporter = new KeyExporter(RANDOM);
        String pem = new String(exporter.export(pair, ExportFormat.PKCS1), StandardCharsets.UTF_8);
        return new Generated(publicLine(pair.publicKey()), pem, Fingerprints.md5(pair.publicKey()));
    }

    /** One OpenSSH public key line; empty for anything else (a private key, garbage, several lines). */
    static Optional<SshPublicKey> parsePublicLine(String body) {
        String line = body.strip();
        if (line.isEmpty() || line.contains("\n")) {
            return Optional.empty();
        }
        try {
            ParsedKey parsed = new KeyParser().parse(line.getBytes(StandardCharsets.UTF_8), PassphrasePrompt.NONE);
            return parsed instanceof SshPublicKey key ? Optional.of(key) : Optional.empty();
        } catch (KeyFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String publicLine(SshPublicKey key) {
        return new String(new KeyExporter(RANDOM).exportPublic(key, ExportFormat.PUBLIC), StandardCharsets.UTF_8)
                .strip();
    }

    /**
     * UCloud's documented fingerprint: md5 hex of {@code ProjectId|KeyPairId|PublicKey} (UHost API reference,
     * DescribeUHostKeyPairs).
     */
    static String ucloudFingerprint(String projectId, String keyPairId, String publicLine) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((projectId + "|" + keyPairId + "|" + publicLine).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** {@code prefix} followed by {@code length} random lower-case letters and digits, e.g. {@code ssh-…}. */
    static String randomId(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
