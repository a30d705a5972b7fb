package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Passphrase handling shared by the codecs, without ever turning a passphrase into a String. */
final class Passphrases {

    private Passphrases() {
    }

    /** The UTF-8 bytes of a passphrase, as OpenSSH and PuTTY feed it to their key derivations; wipe after use. */
    static byte[] utf8(char[] passphrase) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    /** Asks the prompt, as UTF-8 bytes; the char[] the prompt handed over is wiped here, its owner now being us. */
    static byte[] askUtf8(PassphrasePrompt prompt, SshPublicKey stated, String what) throws KeyFormatException {
        char[] passphrase = prompt.passphrase(stated)
                .orElseThrow(() -> new KeyFormatException(KeyFileProblem.PASSPHRASE_REQUIRED, what + " is encrypted"));
        try {
            return utf8(passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
