package io.yaoshi.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Standard output or error of the command line: every text printed goes through {@link TerminalText#escape}, so
 * nothing from a vault, a cloud or the command line itself can clear the screen, retitle the window or reverse text.
 * The {@code println} and {@code printf} variants of a PrintStream subclass all come through these {@code print}s.
 */
public final class TerminalSafePrintStream extends PrintStream {

    public TerminalSafePrintStream(OutputStream out, Charset charset) {
        super(out, true, charset);
    }

    @Override
    public void print(String text) {
        super.print(text == null ? null : TerminalText.escape(text));
    }

    @Override
    public void print(Object value) {
        print(String.valueOf(value));
    }

    @Override
    public void print(char[] text) {
        print(new String(text));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    /** A writer into this stream's escaping, for libraries that write characters (picocli). */
    Writer asWriter() {
        return new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                print(new String(text, offset, length));
            }

            @Override
            public void flush() {
                TerminalSafePrintStream.this.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
    }
}
