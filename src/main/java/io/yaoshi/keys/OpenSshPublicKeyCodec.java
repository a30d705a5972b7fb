package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.util.Base64;
import java.util.List;

/** The one-line OpenSSH public key format: {@code ssh-ed25519 AAAA… comment}, as in {@code authorized_keys}. */
final class OpenSshPublicKeyCodec {

    private OpenSshPublicKeyCodec() {
    }

    /** Whether the text starts like an OpenSSH public key line (any type, so unsupported ones get a clear reason). */
    static boolean looksLikePublicLine(String text) {
        return text.strip().matches("(?s)(ssh-|ecdsa-|sk-)[A-Za-z0-9@.\\-]+\\s+AAAA.*");
    }

    static String encode(SshPublicKey key) {
        String line = key.sshType() + " " + Base64.getEncoder().encodeToString(key.wireBlob());
        return key.comment().isEmpty() ? line + "\n" : line + " " + key.comment() + "\n";
    }

    /** The first line's key; further lines (as in an {@code authorized_keys} file) are ignored. */
    static SshPublicKey decode(String text) throws KeyFormatException {
        String[] parts = KeyText.lines(text).get(0).split("\\s+", 3);
        if (parts.length < 2) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "OpenSSH public key line without key data");
        }
        SshPublicKey key = SshPublicKey.fromBlob(KeyText.base64(List.of(parts[1])),
                parts.length == 3 ? parts[2] : "");
        if (!key.sshType().equals(parts[0])) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "key type in the line differs from the key data");
        }
        return key;
    }
}
