package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The ciphers of OpenSSH private key files ({@code cipher.c}) that Yaoshi reads; it writes aes256-ctr. */
enum OpenSshCipher {
    NONE("none", null, 0, 0, 8, 0),
    AES128_CTR("aes128-ctr", "AES/CTR/NoPadding", 16, 16, 16, 0),
    AES192_CTR("aes192-ctr", "AES/CTR/NoPadding", 24, 16, 16, 0),
    AES256_CTR("aes256-ctr", "AES/CTR/NoPadding", 32, 16, 16, 0),
    AES128_CBC("aes128-cbc", "AES/CBC/NoPadding", 16, 16, 16, 0),
    AES256_CBC("aes256-cbc", "AES/CBC/NoPadding", 32, 16, 16, 0),
    AES256_GCM("aes256-gcm@openssh.com", "AES/GCM/NoPadding", 32, 12, 16, 16);

    private final String sshName;
    private final String transformation;
    private final int keyLength;
    private final int ivLength;
    private final int blockSize;
    private final int tagLength;

    OpenSshCipher(String sshName, String transformation, int keyLength, int ivLength, int blockSize, int tagLength) {
        this.sshName = sshName;
        this.transformation = transformation;
        this.keyLength = keyLength;
        this.ivLength = ivLength;
        this.blockSize = blockSize;
        this.tagLength = tagLength;
    }

    static Optional<OpenSshCipher> fromSshName(String name) {
        return Arrays.stream(values()).filter(c -> c.sshName.equals(name)).findFirst();
    }

    String sshName() {
        return sshName;
    }

    /** How many bytes bcrypt-pbkdf derives: the key followed by the IV. */
    int keyAndIvLength() {
        return keyLength + ivLength;
    }

    int blockSize() {
        return blockSize;
    }

    /** The length of the authentication tag that follows the encrypted section (GCM only). */
    int tagLength() {
        return tagLength;
    }

    /** Decrypts {@code data} (with its tag appended, for GCM); a failed GCM tag means a wrong passphrase. */
    byte[] decrypt(byte[] keyAndIv, byte[] data) throws KeyFormatException {
        try {
            return cipher(Cipher.DECRYPT_MODE, keyAndIv).doFinal(data);
        } catch (AEADBadTagException e) {
            throw new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "OpenSSH key did not authenticate", e);
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "OpenSSH key did not decrypt", e);
        }
    }

    /** Encrypts a section already padded to the block size; GCM appends its tag. */
    byte[] encrypt(byte[] keyAndIv, byte[] data) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, keyAndIv).doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is on every Java platform", e);
        }
    }

    private Cipher cipher(int mode, byte[] keyAndIv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(transformation);
        SecretKeySpec key = new SecretKeySpec(keyAndIv, 0, keyLength, "AES");
        byte[] iv = Arrays.copyOfRange(keyAndIv, keyLength, keyLength + ivLength);
        cipher.init(mode, key, tagLength > 0 ? new GCMParameterSpec(tagLength * 8, iv) : new IvParameterSpec(iv));
        return cipher;
    }
}
