package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.BCrypt;

/**
 * OpenSSH's own private key file ({@code PROTOCOL.key}): {@code openssh-key-v1}, optionally encrypted with a key
 * from bcrypt-pbkdf. Writes aes256-ctr like {@code ssh-keygen}; also reads the CBC and aes256-gcm variants.
 */
final class OpenSshPrivateKeyCodec {

    static final String PEM_LABEL = "OPENSSH PRIVATE KEY";
    /** ssh-keygen's default bcrypt-pbkdf rounds ({@code -a}). */
    static final int DEFAULT_ROUNDS = 16;
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 16;
    private static final int LINE_WIDTH = 70;

    private OpenSshPrivateKeyCodec() {
    }

    static boolean hasMagic(byte[] blob) {
        return blob.length >= MAGIC.length && Arrays.equals(blob, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static SshKeyPair decode(byte[] blob, PassphrasePrompt prompt) throws KeyFormatException {
        if (!hasMagic(blob)) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH key without its magic bytes");
        }
        SshWireReader in = new SshWireReader(Arrays.copyOfRange(blob, MAGIC.length, blob.length));
        String cipherName = in.readUtf8();
        String kdfName = in.readUtf8();
        byte[] kdfOptions = in.readString();
        if (in.readUint32() != 1) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "OpenSSH file with several keys");
        }
        SshPublicKey stated = SshPublicKey.fromBlob(in.readString(), "");
        OpenSshCipher cipher = OpenSshCipher.fromSshName(cipherName).orElseThrow(() -> new KeyFormatException(
                KeyFileProblem.UNSUPPORTED_TYPE, "OpenSSH cipher not supported: " + KeyText.printable(cipherName)));
        byte[] section = in.readString();
        if (section.length % cipher.blockSize() != 0) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH private section not a whole number of blocks");
        }
        byte[] encrypted = cipher == OpenSshCipher.NONE ? section : concat(section, in.readBytes(cipher.tagLength()));
        in.expectEnd("the OpenSSH key");
        byte[] plain = cipher == OpenSshCipher.NONE ? section : decrypt(cipher, kdfName, kdfOptions, encrypted,
                prompt, stated);
        try {
            return readSection(new SshWireReader(plain), stated, cipher != OpenSshCipher.NONE);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The key as OpenSSH PEM text; encrypted with aes256-ctr when a passphrase is given (owned by the caller). */
    static String encode(SshKeyPair pair, char[] passphrase, int rounds, SecureRandom random) {
        OpenSshCipher cipher = passphrase == null ? OpenSshCipher.NONE : OpenSshCipher.AES256_CTR;
        int check = random.nextInt();
        SshWireWriter section = new SshWireWriter().uint32(check).uint32(check);
        OpenSshPrivateKeyFields.write(section, pair);
        section.utf8(pair.comment());
        for (int pad = 1; section.size() % cipher.blockSize() != 0; pad++) {
            section.raw(new byte[] {(byte) pad});
        }
        byte[] plain = section.toByteArray();
        SshWireWriter out = new SshWireWriter().raw(MAGIC).utf8(cipher.sshName());
        if (cipher == OpenSshCipher.NONE) {
            out.utf8("none").string(new byte[0]).uint32(1).string(pair.publicKey().wireBlob())
                    .string(plain);
        } else {
            byte[] salt = new byte[SALT_LENGTH];
            random.nextBytes(salt);
            byte[] keyAndIv = bcryptPbkdf(Passphrases.utf8(passphrase), salt, rounds, cipher);
            out.utf8("bcrypt").string(new SshWireWriter().string(salt).uint32(rounds).toByteArray()).uint32(1)
                    .string(pair.publicKey().wireBlob()).string(cipher.encrypt(keyAndIv, plain));
            Arrays.fill(keyAndIv, (byte) 0);
        }
        Arrays.fill(plain, (byte) 0);
        return PemBlock.encode(PEM_LABEL, out.toByteArray(), LINE_WIDTH);
    }

    private static byte[] decrypt(OpenSshCipher cipher, String kdfName, byte[] kdfOptions, byte[] encrypted,
            PassphrasePrompt prompt, SshPublicKey stated) throws KeyFormatException {
        if (!"bcrypt".equals(kdfName)) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "OpenSSH key derivation not supported");
        }
        SshWireReader options = new SshWireReader(kdfOptions);
        byte[] salt = options.readString();
        int rounds = options.readUint32();
        if (salt.length == 0 || rounds < 1) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH bcrypt options out of range");
        }
        KdfLimits.checkBcrypt(rounds);
        byte[] keyAndIv = bcryptPbkdf(Passphrases.askUtf8(prompt, stated, "OpenSSH key"), salt, rounds, cipher);
        try {
            return cipher.decrypt(keyAndIv, encrypted);
        } finally {
            Arrays.fill(keyAndIv, (byte) 0);
        }
    }

    /** Derives key and IV, wiping the passphrase bytes it is handed. */
    private static byte[] bcryptPbkdf(byte[] passphrase, byte[] salt, int rounds, OpenSshCipher cipher) {
        try {
            return BCrypt.pbkdfGenerate(passphrase, salt, rounds, cipher.keyAndIvLength());
        } finally {
            Arrays.fill(passphrase, (byte) 0);
        }
    }

    private static SshKeyPair readSection(SshWireReader in, SshPublicKey stated, boolean encrypted)
            throws KeyFormatException {
        if (in.readUint32() != in.readUint32()) {
            throw encrypted ? new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "OpenSSH check values differ")
                    : new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH check values differ");
        }
        SshKeyPair pair = SshKeyPair.of(OpenSshPrivateKeyFields.read(in), in.readUtf8());
        byte[] padding = in.remaining();
        for (int i = 0; i < padding.length; i++) {
            if (padding[i] != (byte) (i + 1)) {
                throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH private section padding is wrong");
            }
        }
        if (!pair.publicKey().equals(stated)) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH private key does not match its public key");
        }
        return pair;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
