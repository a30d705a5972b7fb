package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into vault reasons, so callers never see a raw {@link SQLException}. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static VaultException toVaultException(String action, SQLException e) {
        return new VaultException(reasonOf(e), action + " failed (" + codeName(e) + ")", e);
    }

    static VaultProblem reasonOf(SQLException e) {
        String code = codeName(e);
        if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM")) {
            return VaultProblem.READ_ONLY;
        } else if (code.startsWith("SQLITE_FULL")) {
            return VaultProblem.DISK_FULL;
        } else if (code.startsWith("SQLITE_CORRUPT")) {
            return VaultProblem.DAMAGED;
        } else if (code.startsWith("SQLITE_NOTADB")) {
            return VaultProblem.NOT_A_VAULT;
        } else if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return VaultProblem.IN_USE;
        }
        return VaultProblem.IO;
    }

    private static String codeName(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().name();
            }
        }
        return "SQLSTATE " + e.getSQLState();
    }
}
