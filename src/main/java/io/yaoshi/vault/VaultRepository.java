package io.yaoshi.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.sqlite.SQLiteConnection;

/**
 * All SQL of the vault, on one JDBC connection. Not thread-safe: {@link Vault} calls it only while holding its own
 * monitor, so the connection is confined to one thread at a time. Only {@link PreparedStatement}s, each closed by
 * try-with-resources; every change runs in a transaction.
 */
final class VaultRepository implements AutoCloseable {

    /** Marks a SQLite file as a Yaoshi vault ("YSHV"), checked before anything else is read. */
    static final int APPLICATION_ID = 0x59534856;

    private final Connection connection;

    private VaultRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens the file in WAL mode with synchronous=FULL (a commit survives power loss) and an exclusive lock, held
     * until close, so no other SQLite client can read or write beside us. secure_delete zeroes freed pages. A new
     * file gets 16 KiB pages (it cannot change once in WAL mode): items of 2 KiB and more would fill only half of a
     * default 4 KiB page each.
     */
    static VaultRepository open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            VaultRepository repository = new VaultRepository(connection);
            repository.execute("PRAGMA locking_mode = EXCLUSIVE");
            repository.execute("PRAGMA page_size = 16384");
            repository.execute("PRAGMA journal_mode = WAL");
            repository.execute("PRAGMA synchronous = FULL");
            repository.execute("PRAGMA secure_delete = ON");
            return repository;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    int userVersion() throws SQLException {
        return intPragma("PRAGMA user_version");
    }

    int applicationId() throws SQLException {
        return intPragma("PRAGMA application_id");
    }

    /** PRAGMAs take no parameters; the values written here are integers of our own, never user input. */
    void setPragma(String name, int value) throws SQLException {
        execute("PRAGMA " + name + " = " + value);
    }

    void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    Optional<VaultHeader> readHeader() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT format_version, vault_id,"
                + " kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_salt, key_nonce, wrapped_key, checksum"
                + " FROM header WHERE singleton = 1 AND kdf_algorithm = 'argon2id'");
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            KdfParameters kdf = new KdfParameters(row.getInt(3), row.getInt(4), row.getInt(5));
            return Optional.of(new VaultHeader(row.getInt(1), row.getBytes(2), kdf, row.getBytes(6),
                    row.getBytes(7), row.getBytes(8), row.getBytes(9)));
        }
    }

    /** Inserts the header, or replaces it (password change): one row, always. */
    int writeHeader(VaultHeader header) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT OR REPLACE INTO header (singleton,"
                + " format_version, vault_id, kdf_algorithm, kdf_memory_kib, kdf_iterations, kdf_parallelism,"
                + " kdf_salt, key_nonce, wrapped_key, checksum) VALUES (1, ?, ?, 'argon2id', ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setInt(1, header.formatVersion());
            statement.setBytes(2, header.vaultId());
            statement.setInt(3, header.kdf().memoryKiB());
            statement.setInt(4, header.kdf().iterations());
            statement.setInt(5, header.kdf().parallelism());
            statement.setBytes(6, header.salt());
            statement.setBytes(7, header.keyNonce());
            statement.setBytes(8, header.wrappedKey());
            statement.setBytes(9, header.checksum());
            return statement.executeUpdate();
        }
    }

    Optional<SealRow> readSeal() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nonce, ciphertext FROM seal WHERE singleton = 1");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(new SealRow(row.getBytes(1), row.getBytes(2))) : Optional.empty();
        }
    }

    int writeSeal(SealRow seal) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR REPLACE INTO seal (singleton, nonce, ciphertext) VALUES (1, ?, ?)")) {
            statement.setBytes(1, seal.nonce());
            statement.setBytes(2, seal.ciphertext());
            return statement.executeUpdate();
        }
    }

    /** Streams every item whole; rows whose id is not 16 bytes cannot exist (CHECK constraint) unless edited raw. */
    void forEachItem(Consumer<SealedItem> consumer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT i.id, i.format, i.nonce, i.ciphertext,"
                + " b.body FROM items i LEFT JOIN item_bodies b ON b.id = i.id WHERE length(i.id) = 16");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                consumer.accept(new SealedItem(SealedItem.idFrom(row.getBytes(1)), row.getInt(2), row.getBytes(3),
                        row.getBytes(4), row.getBytes(5)));
            }
        }
    }

    /**
     * Streams every item as an unlock reads it: the {@code items} table alone (a split item's head, an older item
     * whole), so the bodies' pages are never read.
     */
    void forEachItemHead(Consumer<SealedItem> consumer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, format, nonce, ciphertext FROM items WHERE length(id) = 16");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                consumer.accept(new SealedItem(SealedItem.idFrom(row.getBytes(1)), row.getInt(2), row.getBytes(3),
                        row.getBytes(4)));
            }
        }
    }

    /** One item whole, or empty when there is none with this id. */
    Optional<SealedItem> readItem(UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT i.format, i.nonce, i.ciphertext, b.body"
                + " FROM items i LEFT JOIN item_bodies b ON b.id = i.id WHERE i.id = ?")) {
            statement.setBytes(1, SealedItem.idBytes(id));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new SealedItem(id, row.getInt(1), row.getBytes(2), row.getBytes(3),
                        row.getBytes(4))) : Optional.empty();
            }
        }
    }

    /** Writes items whole: each row, and its body (or none: a whole item's older body is dropped). */
    int upsert(Collection<SealedItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR REPLACE INTO items (id, format, nonce, ciphertext) VALUES (?, ?, ?, ?)");
             PreparedStatement body = connection.prepareStatement(
                     "INSERT OR REPLACE INTO item_bodies (id, body) VALUES (?, ?)");
             PreparedStatement noBody = connection.prepareStatement("DELETE FROM item_bodies WHERE id = ?")) {
            for (SealedItem item : items) {
                byte[] id = SealedItem.idBytes(item.id());
                statement.setBytes(1, id);
                statement.setInt(2, item.format());
                statement.setBytes(3, item.nonce());
                statement.setBytes(4, item.ciphertext());
                statement.addBatch();
                if (item.body() != null) {
                    body.setBytes(1, id);
                    body.setBytes(2, item.body());
                    body.addBatch();
                } else {
                    noBody.setBytes(1, id);
                    noBody.addBatch();
                }
            }
            statement.executeBatch();
            body.executeBatch();
            noBody.executeBatch();
            return items.size();
        }
    }

    /** Deletes the item's row and body; false if there was no row. */
    boolean delete(UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM items WHERE id = ?");
             PreparedStatement body = connection.prepareStatement("DELETE FROM item_bodies WHERE id = ?")) {
            statement.setBytes(1, SealedItem.idBytes(id));
            body.setBytes(1, SealedItem.idBytes(id));
            body.executeUpdate();
            return statement.executeUpdate() > 0;
        }
    }

    /** An online, consistent copy of the whole database (SQLite's backup API) into {@code target}. */
    void backupTo(Path target) throws SQLException {
        connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
    }

    String integrityCheck() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("PRAGMA integrity_check");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : "no answer";
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private int intPragma(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    /** A unit of database work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }
}
