package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a key in any format Yaoshi knows, recognising the format from the content: PEM (PKCS#1, SEC1, PKCS#8, encrypted
 * PKCS#8, SPKI), OpenSSH private keys, PuTTY PPK v2/v3, OpenSSH public key lines, RFC 4716 public keys, and bare
 * base64 or binary DER as a provider's PrivateKeyBody may arrive (ECS API reference, CreateKeyPair's PrivateKeyBody).
 */
public final class KeyParser {

    private static final byte DER_SEQUENCE = 0x30;
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String BASE64_LINE = "[A-Za-z0-9+/=]+";

    /**
     * Parses {@code input}. The prompt is asked only when the key turns out to be encrypted, and the passphrase it
     * returns is wiped after use.
     */
    public ParsedKey parse(byte[] input, PassphrasePrompt prompt) throws KeyFormatException {
        if (input.length == 0) {
            throw new KeyFormatException(KeyFileProblem.UNRECOGNIZED, "empty input");
        }
        if (isBinaryDer(input)) {
            return der(input, null, prompt);
        }
        String text = new String(input, StandardCharsets.UTF_8);
        return parseText(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text, prompt);
    }

    private ParsedKey parseText(String text, PassphrasePrompt prompt) throws KeyFormatException {
        List<String> lines = KeyText.lines(text);
        if (PpkFile.startsIn(text)) {
            return PuttyPpkCodec.decode(lines, prompt);
        }
        if (text.contains(Rfc4716PublicKeyCodec.BEGIN)) {
            return Rfc4716PublicKeyCodec.decode(lines);
        }
        if (PemBlock.startsIn(text)) {
            return pem(PemBlock.decode(lines), prompt);
        }
        if (OpenSshPublicKeyCodec.looksLikePublicLine(text)) {
            return OpenSshPublicKeyCodec.decode(text);
        }
        if (!lines.isEmpty() && lines.stream().allMatch(line -> line.matches(BASE64_LINE))) {
            byte[] bytes = KeyText.base64(lines);
            return OpenSshPrivateKeyCodec.hasMagic(bytes) ? OpenSshPrivateKeyCodec.decode(bytes, prompt)
                    : der(bytes, null, prompt);
        }
        throw new KeyFormatException(KeyFileProblem.UNRECOGNIZED, "not a key format Yaoshi reads");
    }

    private ParsedKey pem(PemBlock block, PassphrasePrompt prompt) throws KeyFormatException {
        if (block.label().equals(OpenSshPrivateKeyCodec.PEM_LABEL)) {
            return OpenSshPrivateKeyCodec.decode(block.content(), prompt);
        }
        DerKind kind = DerKind.forLabel(block.label());
        if (!LegacyPemDecryptor.isEncrypted(block)) {
            return der(block.content(), kind, prompt);
        }
        byte[] der = LegacyPemDecryptor.decrypt(block, prompt);
        try {
            return der(der, kind, PassphrasePrompt.NONE);
        } catch (KeyFormatException e) {
            // a wrong passphrase that happens to leave valid padding decrypts to garbage DER
            throw e.reason() == KeyFileProblem.UNSUPPORTED_TYPE ? e
                    : new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "encrypted PEM key did not decrypt", e);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** A DER SEQUENCE, told apart from text starting with {@code 0} by the control bytes no key text contains. */
    private static boolean isBinaryDer(byte[] input) {
        if (input[0] != DER_SEQUENCE) {
            return false;
        }
        for (byte b : input) {
            if ((b >= 0 && b < 0x09) || (b > 0x0d && b < 0x20)) {
                return true;
            }
        }
        return false;
    }

    /** DER with a kind from its PEM label, or recognised by shape when {@code kind} is null. */
    private ParsedKey der(byte[] der, DerKind kind, PassphrasePrompt prompt) throws KeyFormatException {
        var sequence = DerKind.sequence(der);
        return DerKeyDecoder.decode(kind != null ? kind : DerKind.classify(sequence), sequence, prompt);
    }
}
