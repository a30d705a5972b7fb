package io.yaoshi.instance;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a second launch asks of the running instance.
 *
 * @param command    the command line to run, empty to bring the window forward
 * @param environment the variables a command may read (secrets, {@code SSH_AUTH_SOCK}), from the caller
 * @param workingDir where the caller was, for relative paths
 * @param locale     the language the caller's command speaks (a BCP 47 tag)
 * @param outCharset how the caller's standard output encodes text; {@code errCharset} its standard error's
 * @param terminal   whether the caller has a terminal to prompt on
 * @param vaultFile  the vault the caller means: a command for another vault is not this instance's
 */
public record HandOver(List<String> command, Map<String, String> environment, String workingDir, String locale,
                       String outCharset, String errCharset, boolean terminal, String vaultFile) {

    public HandOver {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(outCharset, "outCharset");
        Objects.requireNonNull(errCharset, "errCharset");
        Objects.requireNonNull(vaultFile, "vaultFile");
    }

    /** Never the variables' values: one of them may be a secret. */
    @Override
    public String toString() {
        return "HandOver[" + command + ", variables " + environment.keySet() + ", " + workingDir + "]";
    }

    public boolean showsWindow() {
        return command.isEmpty();
    }

    /** The first byte of {@link #encode()}: a change of layout gets another. */
    private static final byte FORMAT = 1;

    /**
     * The hello frame's payload: {@link #FORMAT}, then the fields in order, strings as {@code uint32 length ‖ UTF-8},
     * lists and maps as {@code uint32 count ‖ items}. Plain bytes, not JSON: a second launch that only brings the
     * window forward must start in a fraction of a second, and a JSON data binder alone took 0.2 s to load.
     */
    byte[] encode() {
        Sink measure = new Sink(null);
        writeTo(measure);
        Sink sink = new Sink(ByteBuffer.allocate(measure.size));
        writeTo(sink);
        return sink.out.array();
    }

    private void writeTo(Sink sink) {
        sink.format();
        sink.count(command.size());
        command.forEach(sink::string);
        sink.count(environment.size());
        environment.forEach((name, value) -> {
            sink.string(name);
            sink.string(value);
        });
        sink.string(workingDir);
        sink.string(locale);
        sink.string(outCharset);
        sink.string(errCharset);
        sink.flag(terminal);
        sink.string(vaultFile);
    }

    /** Reads what {@link #encode()} wrote; anything else is an {@link IOException}. */
    static HandOver decode(byte[] payload) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            if (in.get() != FORMAT) {
                throw new IOException("a hand-over in an unknown format");
            }
            List<String> command = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                command.add(string(in));
            }
            Map<String, String> environment = new HashMap<>();
            for (int i = count(in); i > 0; i--) {
                environment.put(string(in), string(in));
            }
            String workingDir = string(in);
            String locale = string(in);
            String outCharset = string(in);
            String errCharset = string(in);
            boolean terminal = in.get() != 0;
            String vaultFile = string(in);
            if (in.hasRemaining()) {
                throw new IOException("a hand-over with bytes after its end");
            }
            return new HandOver(command, environment, workingDir, locale, outCharset, errCharset, terminal, vaultFile);
        } catch (BufferUnderflowException e) {
            throw new IOException("a hand-over that ends early", e);
        }
    }

    /** Writes into {@code out}, or only counts the bytes while it is null. */
    private static final class Sink {
        private final ByteBuffer out;
        private int size;

        Sink(ByteBuffer out) {
            this.out = out;
        }

        void format() {
            size++;
            if (out != null) {
                out.put(FORMAT);
            }
        }

        void count(int count) {
            size += Integer.BYTES;
            if (out != null) {
                out.putInt(count);
            }
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            count(utf8.length);
            size += utf8.length;
            if (out != null) {
                out.put(utf8);
            }
        }

        void flag(boolean value) {
            size++;
            if (out != null) {
                out.put((byte) (value ? 1 : 0));
            }
        }
    }

    /** A count or length that the rest of the payload can hold (each item takes at least one byte or none). */
    private static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IOException("a hand-over with a bad count or length");
        }
        return count;
    }

    private static String string(ByteBuffer in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
