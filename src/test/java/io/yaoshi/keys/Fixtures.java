package io.yaoshi.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads the fixture files under {@code src/test/resources/io/yaoshi/keys/<TestClass>/}. */
final class Fixtures {

    private final Class<?> owner;

    Fixtures(Class<?> owner) {
        this.owner = owner;
    }

    byte[] bytes(String name) {
        try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A prompt answering with {@code passphrase} and counting how often it was asked. */
    static final class CountingPrompt implements PassphrasePrompt {
        private final String passphrase;
        private final AtomicInteger asked = new AtomicInteger();

        CountingPrompt(String passphrase) {
            this.passphrase = passphrase;
        }

        @Override
        public Optional<char[]> passphrase() {
            asked.incrementAndGet();
            return Optional.of(passphrase.toCharArray());
        }

        int asked() {
            return asked.get();
        }
    }
}
