package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The SSH2 public key file of RFC 4716 ({@code ssh-keygen -e}, PuTTYgen's "SSH-2 public key"). */
final class Rfc4716PublicKeyCodec {

    static final String BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
    static final String END = "---- END SSH2 PUBLIC KEY ----";
    /** RFC 4716 §3.3: lines of at most 72 bytes; header values longer than that continue after a backslash. */
    private static final int HEADER_CHUNK_BYTES = 70;
    private static final int BODY_WIDTH = 70;

    private Rfc4716PublicKeyCodec() {
    }

    static String encode(SshPublicKey key) {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        if (!key.comment().isEmpty()) {
            out.append(headerLines("Comment: \"" + key.comment().replace("\"", "'") + "\""));
        }
        return out.append(KeyText.wrappedBase64(key.wireBlob(), BODY_WIDTH)).append(END).append('\n').toString();
    }

    static SshPublicKey decode(List<String> lines) throws KeyFormatException {
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        if (end < 0) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "SSH2 public key without its END line");
        }
        if (begin < 0 || end < begin) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "SSH2 public key END before BEGIN");
        }
        String comment = "";
        List<String> body = new ArrayList<>();
        for (int i = begin + 1; i < end; i++) {
            String header = lines.get(i);
            while (header.endsWith("\\") && i + 1 < end) {
                header = header.substring(0, header.length() - 1) + lines.get(++i);
            }
            if (!header.contains(":")) {
                body.add(header);
            } else if (header.regionMatches(true, 0, "Comment:", 0, 8)) {
                comment = unquote(header.substring(8).strip());
            }
        }
        return SshPublicKey.fromBlob(KeyText.base64(body), comment);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String headerLines(String header) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int cp : header.codePoints().toArray()) {
            String next = Character.toString(cp);
            if (line.toString().getBytes(StandardCharsets.UTF_8).length + next.getBytes(StandardCharsets.UTF_8).length
                    > HEADER_CHUNK_BYTES) {
                out.append(line).append("\\\n");
                line.setLength(0);
            }
            line.append(next);
        }
        return out.append(line).append('\n').toString();
    }
}
