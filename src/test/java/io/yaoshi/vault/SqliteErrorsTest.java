package io.yaoshi.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.VaultProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteErrorsTest {

    @ParameterizedTest
    @CsvSource({"SQLITE_FULL, DISK_FULL", "SQLITE_READONLY, READ_ONLY", "SQLITE_READONLY_DBMOVED, READ_ONLY",
        "SQLITE_PERM, READ_ONLY", "SQLITE_BUSY, IN_USE", "SQLITE_LOCKED, IN_USE", "SQLITE_NOTADB, NOT_A_VAULT",
        "SQLITE_IOERR_FSYNC, IO", "SQLITE_CORRUPT, DAMAGED", "SQLITE_CORRUPT_INDEX, DAMAGED"})
    void sqliteResultCodesMapToReasons(SQLiteErrorCode code, VaultProblem reason) {
        VaultException e = SqliteErrors.toVaultException("saving items", new SQLiteException("detail", code));

        assertEquals(reason, e.reason());
        assertEquals(reason + ": saving items failed (" + code.name() + ")", e.getMessage());
    }
}
