package io.yaoshi.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link LocalPostgres} for a test class, started before its first test and stopped after its last; each test
 * takes a fresh database of it. Register as {@code @RegisterExtension static final PostgresForTests POSTGRES}.
 */
public final class PostgresForTests implements BeforeAllCallback, AfterAllCallback {

    private LocalPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = LocalPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }

    public LocalPostgres server() {
        return server;
    }
}
