package io.yaoshi.testing;

import io.yaoshi.domain.KeyId;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Damages a closed vault file behind the app's back, as a failing disk or a tamperer would. */
public final class VaultDamage {

    private VaultDamage() {
    }

    /** Flips one bit in the item's head: the part of the row every unlock reads and authenticates. */
    public static void flipCiphertextByte(Path vault, KeyId item) throws SQLException {
        flipByte(vault, item, "items", "ciphertext", 17);
    }

    /** Flips one bit in the item's body (a key pair's private key), which is read only when the key is used. */
    public static void flipPrivateKeyByte(Path vault, KeyId item) throws SQLException {
        flipByte(vault, item, "item_bodies", "body", 100);
    }

    /** Flips a bit of the blob {@code table.column} of the item's row, {@code offset} bytes in. */
    private static void flipByte(Path vault, KeyId item, String table, String column, int offset)
            throws SQLException {
        byte[] id = idBytes(item);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + vault)) {
            byte[] ciphertext;
            try (PreparedStatement read = db.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
                read.setBytes(1, id);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("no item " + item.value());
                    }
                    ciphertext = row.getBytes(1);
                }
            }
            ciphertext[offset] ^= 0x01;
            try (PreparedStatement write = db.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
                write.setBytes(1, ciphertext);
                write.setBytes(2, id);
                write.executeUpdate();
            }
        }
    }

    /** Deletes the item's row, as a tamperer (or a sync tool merging an older copy) would: every other row stays sound. */
    public static void deleteRow(Path vault, KeyId item) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + vault);
             PreparedStatement delete = db.prepareStatement("DELETE FROM items WHERE id = ?")) {
            delete.setBytes(1, idBytes(item));
            if (delete.executeUpdate() != 1) {
                throw new IllegalArgumentException("no item " + item.value());
            }
        }
    }

    private static byte[] idBytes(KeyId item) {
        UUID uuid = UUID.fromString(item.value());
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
