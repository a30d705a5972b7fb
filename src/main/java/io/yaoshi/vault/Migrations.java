package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Forward-only schema migrations: numbered SQL resources {@code sql/V001__init.sql}, {@code V002__...}, applied in
 * order, each in its own transaction together with the new {@code PRAGMA user_version}, so a crash leaves the file at
 * one version or the next, never between.
 */
final class Migrations {

    /** Every migration, oldest first; the list's size is the newest schema version this build understands. */
    static final List<String> PRODUCTION = List.of("V001__init.sql", "V002__seal.sql", "V003__item_bodies.sql");

    private final List<String> scripts;

    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    int latestVersion() {
        return scripts.size();
    }

    /** Whether the file needs migrating; a file newer than {@link #latestVersion()} is refused. */
    boolean isBehind(int userVersion) throws VaultException {
        if (userVersion > latestVersion()) {
            throw new VaultException(VaultProblem.NEWER_FORMAT,
                    "schema version " + userVersion + " is newer than " + latestVersion());
        }
        return userVersion < latestVersion();
    }

    /** Applies every script after {@code repository}'s current version. */
    void migrate(VaultRepository repository) throws SQLException {
        for (int version = repository.userVersion() + 1; version <= latestVersion(); version++) {
            String script = load(scripts.get(version - 1));
            int target = version;
            repository.inTransaction(() -> {
                for (String statement : statements(script)) {
                    repository.execute(statement);
                }
                repository.setPragma("user_version", target);
                return null;
            });
        }
    }

    /** Scripts hold plain DDL: statements end with a semicolon at the end of a line; comments start with --. */
    static List<String> statements(String script) {
        String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
