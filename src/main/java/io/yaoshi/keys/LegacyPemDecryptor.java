package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Decrypts OpenSSL's legacy encrypted PEM ({@code Proc-Type: 4,ENCRYPTED} with {@code DEK-Info}), which
 * {@code ssh-keygen -m PEM} and {@code openssl rsa -aes256 -traditional} still write.
 */
final class LegacyPemDecryptor {

    private LegacyPemDecryptor() {
    }

    static boolean isEncrypted(PemBlock block) {
        return block.headers().getOrDefault("Proc-Type", "").contains("ENCRYPTED");
    }

    /** The decrypted DER; Bouncy Castle checks the CBC padding, so most wrong passphrases fail here already. */
    static byte[] decrypt(PemBlock block, PassphrasePrompt prompt) throws KeyFormatException {
        String[] dekInfo = block.headers().getOrDefault("DEK-Info", "").split(",", 2);
        if (dekInfo.length != 2) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "encrypted PEM without a valid DEK-Info header");
        }
        byte[] iv;
        try {
            iv = HexFormat.of().parseHex(dekInfo[1].strip());
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "encrypted PEM IV is not hex", e);
        }
        char[] passphrase = prompt.passphrase().orElseThrow(
                () -> new KeyFormatException(KeyFileProblem.PASSPHRASE_REQUIRED, "encrypted PEM key"));
        try {
            return new JcePEMDecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(passphrase)
                    .get(dekInfo[0].strip()).decrypt(block.content(), iv);
        } catch (OperatorCreationException e) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "encrypted PEM cipher not supported", e);
        } catch (PEMException e) {
            throw new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "encrypted PEM key did not decrypt", e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
