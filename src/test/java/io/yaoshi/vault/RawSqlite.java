package io.yaoshi.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on a closed vault file, playing the attacker (or a bug) that edits it behind the vault's back. */
final class RawSqlite {

    private RawSqlite() {
    }

    static void execute(Path file, String sql, Object... parameters) throws SQLException {
        query(file, sql, parameters, statement -> statement.execute());
    }

    /** Every column of the first row. */
    static List<Object> row(Path file, String sql, Object... parameters) throws SQLException {
        return query(file, sql, parameters, statement -> {
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getObject(i));
                    }
                }
            }
            return values;
        });
    }

    /** The first column of every row. */
    static List<Object> column(Path file, String sql, Object... parameters) throws SQLException {
        return query(file, sql, parameters, statement -> {
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        });
    }

    private static <T> T query(Path file, String sql, Object[] parameters, Statement<T> work) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.run(statement);
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
