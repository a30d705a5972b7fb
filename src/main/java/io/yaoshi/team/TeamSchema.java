package io.yaoshi.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's schema by numbered migrations ({@code schema/N.sql}), applied in one transaction under an advisory lock
 * so two clients meeting an empty database at once do not both apply them. A database whose schema is newer than this
 * version knows is refused before anything is written.
 */
final class TeamSchema {

    /** The newest migration this version knows. */
    static final int VERSION = 1;
    /** Any constant the store's other users are unlikely to take: "yaoshi" in ASCII. */
    private static final long LOCK = 0x7961_6f73_6869L;

    private TeamSchema() {
    }

    /** Brings the schema up to {@link #VERSION}; leaves {@code c} in auto-commit mode. */
    static void migrate(Connection c) throws SQLException, TeamException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS yaoshi_schema (version integer NOT NULL)");
            int current;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM yaoshi_schema")) {
                r.next();
                current = r.getInt(1);
            }
            if (current > VERSION) {
                throw new TeamException(TeamProblem.NEWER_SCHEMA, "schema " + current + " > " + VERSION);
            }
            for (int next = current + 1; next <= VERSION; next++) {
                s.execute(migration(next));
                s.execute("INSERT INTO yaoshi_schema (version) VALUES (" + next + ")");
            }
            c.commit();
        } catch (SQLException | TeamException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String migration(int version) {
        String name = "schema/" + version + ".sql";
        try (InputStream in = TeamSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
