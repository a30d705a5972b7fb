package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.VaultProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final Migrations WITH_TEST_MIGRATION = new Migrations(List.of("V001__init.sql",
            "V002__seal.sql", "V003__item_bodies.sql", "V004__test_only_notes.sql"));

    @TempDir
    Path dir;

    @Test
    void productionListNamesEveryScriptInOrder() throws IOException {
        Path scripts = Path.of("src/main/resources/io/yaoshi/vault/sql");
        try (Stream<Path> files = Files.list(scripts)) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(), Migrations.PRODUCTION);
        }
        for (int i = 0; i < Migrations.PRODUCTION.size(); i++) {
            assertEquals(String.format("V%03d__", i + 1), Migrations.PRODUCTION.get(i).substring(0, 6));
        }
    }

    @Test
    void newVaultIsAtTheLatestVersion() throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, password(), cheapOptions()).close();

        assertEquals(List.of(3), RawSqlite.column(file, "PRAGMA user_version"));
        assertEquals(List.of(VaultRepository.APPLICATION_ID), RawSqlite.column(file, "PRAGMA application_id"));
        assertEquals(List.of(16384), RawSqlite.column(file, "PRAGMA page_size"));
        assertEquals(List.of("wal"), RawSqlite.column(file, "PRAGMA journal_mode"));
        assertFalse(Files.exists(VaultFiles.backupOf(file)));
    }

    @Test
    void olderVaultIsBackedUpThenMigratedForward() throws Exception {
        Path file = dir.resolve("vault.db");
        VaultItem item = VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson());
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.put(item);
        }

        try (Vault vault = Vault.open(file, cheapOptions(), WITH_TEST_MIGRATION)) {
            vault.unlock(password());
            assertEquals(List.of(item), vault.list());
        }

        assertEquals(List.of(4), RawSqlite.column(file, "PRAGMA user_version"));
        assertEquals(List.of(0), RawSqlite.column(file, "SELECT count(*) FROM notes"));
        assertEquals(List.of(3), RawSqlite.column(VaultFiles.backupOf(file), "PRAGMA user_version"));
        assertEquals(VaultProblem.NEWER_FORMAT,
                assertThrows(VaultException.class, () -> Vault.open(file, cheapOptions())).reason());
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndSkipComments() {
        assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX b ON a (x)"),
                Migrations.statements("-- comment; with a semicolon\nCREATE TABLE a (x TEXT);\n\n"
                        + "CREATE INDEX b ON a (x);\n"));
    }
}
