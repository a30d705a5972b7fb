package io.yaoshi.keys;

import io.yaoshi.domain.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Turns keys into file content (UTF-8 text ending in a line feed). Passphrases given here stay owned by the caller,
 * who wipes them; the exporter keeps no copy.
 */
public final class KeyExporter {

    private final SecureRandom random;
    private final int openSshRounds;

    /** Writes OpenSSH keys with ssh-keygen's default of 16 bcrypt-pbkdf rounds. */
    public KeyExporter(SecureRandom random) {
        this(random, OpenSshPrivateKeyCodec.DEFAULT_ROUNDS);
    }

    public KeyExporter(SecureRandom random, int openSshRounds) {
        if (openSshRounds < 1) {
            throw new IllegalArgumentException("bcrypt-pbkdf needs at least one round");
        }
        this.random = random;
        this.openSshRounds = openSshRounds;
    }

    /**
     * The key, unencrypted, in {@code format} (public formats write the public half).
     *
     * @throws IllegalArgumentException for PKCS#1 and a key that is not RSA (see {@link ExportFormat#supports})
     */
    public byte[] export(SshKeyPair pair, ExportFormat format) {
        return utf8(switch (format) {
            case PKCS8 -> PemCodec.pkcs8(pair);
            case PKCS1 -> PemCodec.pkcs1(pair);
            case OPENSSH -> OpenSshPrivateKeyCodec.encode(pair, null, openSshRounds, random);
            case PPK -> PuttyPpkCodec.encode(pair, null, random);
            case PUBLIC, RFC4716 -> new String(exportPublic(pair.publicKey(), format), StandardCharsets.UTF_8);
        });
    }

    /**
     * The private key encrypted under {@code passphrase}.
     *
     * @throws IllegalArgumentException if the format cannot be encrypted (see {@link ExportFormat#encryptable()})
     */
    public byte[] exportEncrypted(SshKeyPair pair, ExportFormat format, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("an encrypted export needs a passphrase");
        }
        return utf8(switch (format) {
            case PKCS8 -> PemCodec.encryptedPkcs8(pair, passphrase, random);
            case OPENSSH -> OpenSshPrivateKeyCodec.encode(pair, passphrase, openSshRounds, random);
            case PPK -> PuttyPpkCodec.encode(pair, passphrase, random);
            case PKCS1, PUBLIC, RFC4716 -> throw new IllegalArgumentException(format.id() + " is never encrypted");
        });
    }

    /**
     * A public key as an OpenSSH line or RFC 4716 file.
     *
     * @throws IllegalArgumentException for a private key format
     */
    public byte[] exportPublic(SshPublicKey key, ExportFormat format) {
        return utf8(switch (format) {
            case PUBLIC -> OpenSshPublicKeyCodec.encode(key);
            case RFC4716 -> Rfc4716PublicKeyCodec.encode(key);
            case PKCS8, PKCS1, OPENSSH, PPK -> throw new IllegalArgumentException(format.id() + " needs a private key");
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
