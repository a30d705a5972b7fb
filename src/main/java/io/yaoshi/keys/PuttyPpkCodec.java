package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * PuTTY private key files (PuTTY manual appendix C): reads versions 2 and 3, writes version 3, encrypted with
 * aes256-cbc and Argon2id when a passphrase is given. The MAC is always checked before the key is used.
 */
final class PuttyPpkCodec {

    private static final String ENCRYPTED = "aes256-cbc";
    private static final int BLOCK = 16;

    private PuttyPpkCodec() {
    }

    static SshKeyPair decode(List<String> lines, PassphrasePrompt prompt) throws KeyFormatException {
        PpkFile file = PpkFile.parse(lines);
        String algorithm = file.header(PpkFile.MAGIC + file.version());
        SshKeyType type = SshKeyType.require(algorithm);
        String encryption = file.header("Encryption");
        String comment = file.header("Comment");
        boolean encrypted = !encryption.equals("none");
        if (encrypted && !encryption.equals(ENCRYPTED)) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PuTTY cipher not supported");
        }
        if (encrypted && file.privateBlob().length % BLOCK != 0) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY private blob not a whole number of blocks");
        }
        if (encrypted && file.version() == 3) {
            PpkKeyDerivation.argon2Cost(file.headers());
        }
        SshPublicKey stated = SshPublicKey.fromBlob(file.publicBlob(), comment);
        if (!stated.sshType().equals(algorithm)) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY key type differs from its public key");
        }
        byte[] passphrase = encrypted ? Passphrases.askUtf8(prompt, stated, "PuTTY key") : new byte[0];
        PpkKeyDerivation.Keys keys;
        try {
            keys = file.version() == 2 ? PpkKeyDerivation.version2(passphrase)
                    : encrypted ? PpkKeyDerivation.version3(passphrase, file.headers())
                    : PpkKeyDerivation.version3Unencrypted();
        } finally {
            Arrays.fill(passphrase, (byte) 0);
        }
        byte[] privateBlob = encrypted ? aes(Cipher.DECRYPT_MODE, keys, file.privateBlob()) : file.privateBlob();
        try {
            byte[] mac = mac(file.version(), keys.macKey(), algorithm, encryption, comment, file.publicBlob(),
                    privateBlob);
            if (!MessageDigest.isEqual(mac, parseHex(file.header("Private-MAC")))) {
                throw encrypted ? new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "PuTTY MAC differs")
                        : new KeyFormatException(KeyFileProblem.MAC_MISMATCH, "PuTTY MAC differs");
            }
            SshKeyPair pair = SshKeyPair.of(PpkPrivateBlob.read(type, stated, privateBlob), comment);
            if (!pair.publicKey().equals(stated)) {
                throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY private key does not match its public key");
            }
            return pair;
        } finally {
            keys.wipe();
            Arrays.fill(privateBlob, (byte) 0);
        }
    }

    /** A version 3 file; encrypted when a passphrase is given (the caller keeps owning it). */
    static String encode(SshKeyPair pair, char[] passphrase, SecureRandom random) {
        boolean encrypted = passphrase != null;
        String encryption = encrypted ? ENCRYPTED : "none";
        byte[] privateBlob = PpkPrivateBlob.write(pair);
        if (encrypted && privateBlob.length % BLOCK != 0) {
            byte[] padded = Arrays.copyOf(privateBlob, privateBlob.length + BLOCK - privateBlob.length % BLOCK);
            byte[] padding = new byte[padded.length - privateBlob.length];
            random.nextBytes(padding);
            System.arraycopy(padding, 0, padded, privateBlob.length, padding.length);
            Arrays.fill(privateBlob, (byte) 0);
            privateBlob = padded;
        }
        Map<String, String> kdfHeaders = encrypted ? PpkKeyDerivation.newArgon2Headers(random) : Map.of();
        PpkKeyDerivation.Keys keys = encrypted ? argon2(passphrase, kdfHeaders)
                : PpkKeyDerivation.version3Unencrypted();
        try {
            String algorithm = pair.publicKey().sshType();
            byte[] publicBlob = pair.publicKey().wireBlob();
            byte[] mac = mac(3, keys.macKey(), algorithm, encryption, pair.comment(), publicBlob, privateBlob);
            byte[] stored = encrypted ? aes(Cipher.ENCRYPT_MODE, keys, privateBlob) : privateBlob;
            Map<String, String> leading = new LinkedHashMap<>();
            leading.put(PpkFile.MAGIC + 3, algorithm);
            leading.put("Encryption", encryption);
            leading.put("Comment", pair.comment());
            return PpkFile.format(leading, publicBlob, kdfHeaders, stored, HexFormat.of().formatHex(mac));
        } catch (KeyFormatException e) {
            throw new IllegalStateException("encrypting a key Yaoshi holds cannot fail", e);
        } finally {
            keys.wipe();
            Arrays.fill(privateBlob, (byte) 0);
        }
    }

    private static PpkKeyDerivation.Keys argon2(char[] passphrase, Map<String, String> kdfHeaders) {
        byte[] bytes = Passphrases.utf8(passphrase);
        try {
            return PpkKeyDerivation.version3(bytes, kdfHeaders);
        } catch (KeyFormatException e) {
            throw new IllegalStateException("Yaoshi's own Argon2 headers are valid", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** HMAC-SHA-1 (version 2) or HMAC-SHA-256 (version 3) over the fields that PuTTY authenticates. */
    private static byte[] mac(int version, byte[] macKey, String algorithm, String encryption, String comment,
            byte[] publicBlob, byte[] privateBlob) {
        byte[] data = new SshWireWriter().utf8(algorithm).utf8(encryption).utf8(comment).string(publicBlob)
                .string(privateBlob).toByteArray();
        HMac hmac = new HMac(version == 2 ? new SHA1Digest() : new SHA256Digest());
        hmac.init(new KeyParameter(macKey));
        hmac.update(data, 0, data.length);
        byte[] mac = new byte[hmac.getMacSize()];
        hmac.doFinal(mac, 0);
        Arrays.fill(data, (byte) 0);
        return mac;
    }

    private static byte[] aes(int mode, PpkKeyDerivation.Keys keys, byte[] data) throws KeyFormatException {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(keys.cipherKey(), "AES"), new IvParameterSpec(keys.iv()));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY private blob did not decrypt", e);
        }
    }

    private static byte[] parseHex(String hex) throws KeyFormatException {
        try {
            return HexFormat.of().parseHex(hex.strip());
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY MAC is not hex", e);
        }
    }
}
