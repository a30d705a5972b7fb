package io.yaoshi.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The team store on PostgreSQL over JDBC, one connection per store. Every write is one transaction that takes the
 * team's row first (shared for item writes, exclusive for a re-key), so a re-key and an item write never interleave.
 */
final class PostgresTeamStore implements TeamStore {

    /** Seconds: a store that does not answer is said to be down well within half a minute. */
    private static final int CONNECT_TIMEOUT = 10;
    private static final int SOCKET_TIMEOUT = 20;
    /** How long one wait for notifications lasts; a lost connection is noticed at the latest after it. */
    private static final int WATCH_POLL_MILLIS = 5_000;
    /** libpq's names for the settings a user may give, and pgjdbc's. */
    private static final Map<String, String> JDBC_NAMES = Map.of("sslmode", "sslmode", "sslrootcert", "sslrootcert",
            "sslcert", "sslcert", "sslkey", "sslkey", "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName", "options", "options");

    private final Connection connection;
    private final String where;

    private PostgresTeamStore(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /**
     * Connects and brings the schema up to date. {@code password} (wiped by the caller) only when the server asks for
     * one: without it a server that wants one gives {@link TeamProblem#AUTHENTICATION}.
     */
    static PostgresTeamStore connect(StoreAddress address, Optional<char[]> password) throws TeamException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT));
        properties.setProperty("ApplicationName", "yaoshi");
        properties.setProperty("tcpKeepAlive", "true");
        address.settings().forEach((name, value) -> properties.setProperty(JDBC_NAMES.get(name), value));
        password.ifPresent(p -> properties.setProperty("password", new String(p)));
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), properties);
            try {
                TeamSchema.migrate(c);
                return new PostgresTeamStore(c, address.text());
            } catch (SQLException | TeamException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e, address.text());
        } finally {
            properties.remove("password");
        }
    }

    @Override
    public void create(TeamRows.Team team, TeamRows.Member founder) throws TeamException {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO yaoshi_teams (id, name, generation, founder, "
                    + "signer, signature) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                s.setObject(1, team.id());
                s.setString(2, team.name());
                s.setInt(3, team.generation());
                s.setString(4, team.founder().text());
                s.setString(5, team.signer().text());
                s.setBytes(6, team.signature());
                if (s.executeUpdate() == 0) {
                    throw new TeamException(TeamProblem.NAME_TAKEN, team.name());
                }
            }
            insertMember(c, team.id(), founder);
            return null;
        });
    }

    @Override
    public Optional<TeamRows.Team> teamNamed(String name) throws TeamException {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, generation, founder, signer, signature FROM yaoshi_teams WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(team(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public TeamRows.Snapshot read(UUID team, long change) throws TeamException {
        return inTransaction(c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            TeamRows.Team row;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, generation, founder, signer, signature FROM yaoshi_teams WHERE id = ?")) {
                s.setObject(1, team);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new TeamException(TeamProblem.NO_SUCH_TEAM, team.toString());
                    }
                    row = team(r);
                }
            }
            List<TeamRows.Member> members = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT identity, role, granted_by, grant_signature, "
                    + "generation, wrapped_key, wrapped_by, wrap_signature FROM yaoshi_members WHERE team = ? "
                    + "ORDER BY identity")) {
                s.setObject(1, team);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        members.add(member(r));
                    }
                }
            }
            return new TeamRows.Snapshot(row, members, items(c, team, change));
        });
    }

    @Override
    public TeamWatch watch(UUID team, Runnable changed, Runnable lost) throws TeamException {
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN yaoshi_team");
        } catch (SQLException e) {
            throw failure(e, where);
        }
        Thread waiting = new Thread(() -> {
            try {
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!Thread.currentThread().isInterrupted()) {
                    PGNotification[] arrived = notifications.getNotifications(WATCH_POLL_MILLIS);
                    if (arrived != null && Arrays.stream(arrived)
                            .anyMatch(n -> n.getParameter().equals(team.toString()))) {
                        changed.run();
                    }
                }
            } catch (SQLException e) {
                if (!Thread.currentThread().isInterrupted()) {
                    lost.run();
                }
            }
        }, "yaoshi-team-watch");
        waiting.setDaemon(true);
        waiting.start();
        return () -> {
            waiting.interrupt();
            close();
        };
    }

    @Override
    public void putMember(UUID team, TeamRows.Member member) throws TeamException {
        inTransaction(c -> {
            requireGeneration(c, team, member.generation(), "FOR SHARE");
            try (PreparedStatement s = c.prepareStatement("DELETE FROM yaoshi_members WHERE team = ? AND identity = ?")) {
                s.setObject(1, team);
                s.setString(2, member.identity().text());
                s.executeUpdate();
            }
            insertMember(c, team, member);
            return null;
        });
    }

    @Override
    public void putItems(UUID team, List<TeamRows.Item> items) throws TeamException {
        inTransaction(c -> {
            for (TeamRows.Item item : items) {
                requireGeneration(c, team, item.generation(), "FOR SHARE");
                writeItem(c, team, item);
            }
            return null;
        });
    }

    @Override
    public void rekey(UUID team, int fromGeneration, TeamRows.Team next, List<TeamRows.Member> members,
                      List<TeamRows.Item> items, List<UUID> dropped) throws TeamException {
        inTransaction(c -> {
            requireGeneration(c, team, fromGeneration, "FOR UPDATE");
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM yaoshi_items WHERE team = ? AND (box = '' OR id = ANY (?))")) {
                s.setObject(1, team);
                s.setArray(2, c.createArrayOf("uuid", dropped.toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM yaoshi_items WHERE team = ?")) {
                s.setObject(1, team);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) != items.size()) {
                        throw new TeamException(TeamProblem.CONFLICT, team.toString());
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE yaoshi_teams SET generation = ?, signer = ?, signature = ? WHERE id = ?")) {
                s.setInt(1, next.generation());
                s.setString(2, next.signer().text());
                s.setBytes(3, next.signature());
                s.setObject(4, team);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM yaoshi_members WHERE team = ?")) {
                s.setObject(1, team);
                s.executeUpdate();
            }
            for (TeamRows.Member member : members) {
                insertMember(c, team, member);
            }
            for (TeamRows.Item item : items) {
                writeItem(c, team, item);
            }
            return null;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
    }

    private static void requireGeneration(Connection c, UUID team, int generation, String lock)
            throws SQLException, TeamException {
        try (PreparedStatement s = c.prepareStatement("SELECT generation FROM yaoshi_teams WHERE id = ? " + lock)) {
            s.setObject(1, team);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new TeamException(TeamProblem.NO_SUCH_TEAM, team.toString());
                }
                if (r.getInt(1) != generation) {
                    throw new TeamException(TeamProblem.CONFLICT, team.toString());
                }
            }
        }
    }

    /** An insert for version 1, else an update of the version before; CONFLICT when that is not what is stored. */
    private static void writeItem(Connection c, UUID team, TeamRows.Item item) throws SQLException, TeamException {
        String sql = item.version() == 1
                ? "INSERT INTO yaoshi_items (generation, box, author, signature, team, id, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team, id) DO NOTHING"
                : "UPDATE yaoshi_items SET generation = ?, box = ?, author = ?, signature = ?, "
                        + "change = nextval('yaoshi_item_changes'), version = version + 1 "
                        + "WHERE team = ? AND id = ? AND version = ? - 1";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, item.generation());
            s.setBytes(2, item.box());
            s.setString(3, item.author().text());
            s.setBytes(4, item.signature());
            s.setObject(5, team);
            s.setObject(6, item.id());
            s.setLong(7, item.version());
            if (s.executeUpdate() != 1) {
                throw new TeamException(TeamProblem.CONFLICT, item.id().toString());
            }
        }
    }

    private static void insertMember(Connection c, UUID team, TeamRows.Member member) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO yaoshi_members (team, identity, role, granted_by, "
                + "grant_signature, generation, wrapped_key, wrapped_by, wrap_signature) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, team);
            s.setString(2, member.identity().text());
            s.setString(3, member.role().id());
            s.setString(4, member.grantedBy().text());
            s.setBytes(5, member.grantSignature());
            s.setInt(6, member.generation());
            s.setBytes(7, member.wrappedKey());
            s.setString(8, member.wrappedBy().text());
            s.setBytes(9, member.wrapSignature());
            s.executeUpdate();
        }
    }

    private static List<TeamRows.Item> items(Connection c, UUID team, long after) throws SQLException, TeamException {
        List<TeamRows.Item> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, version, generation, box, author, signature, change "
                + "FROM yaoshi_items WHERE team = ? AND change > ? ORDER BY change")) {
            s.setObject(1, team);
            s.setLong(2, after);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new TeamRows.Item(r.getObject(1, UUID.class), r.getLong(2), r.getInt(3), r.getBytes(4),
                            identity(r.getString(5)), r.getBytes(6), r.getLong(7)));
                }
            }
        }
        return items;
    }

    private static TeamRows.Team team(ResultSet r) throws SQLException, TeamException {
        return new TeamRows.Team(r.getObject(1, UUID.class), r.getString(2), r.getInt(3), identity(r.getString(4)),
                identity(r.getString(5)), r.getBytes(6));
    }

    private static TeamRows.Member member(ResultSet r) throws SQLException, TeamException {
        Optional<TeamRole> role = TeamRole.fromId(r.getString(2));
        if (role.isEmpty()) {
            throw new TeamException(TeamProblem.TAMPERED, "a member's role");
        }
        return new TeamRows.Member(identity(r.getString(1)), role.get(), identity(r.getString(3)), r.getBytes(4),
                r.getInt(5), r.getBytes(6), identity(r.getString(7)), r.getBytes(8));
    }

    private static TeamIdentity identity(String text) throws TeamException {
        try {
            return TeamIdentity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TeamException(TeamProblem.TAMPERED, "an identity");
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException, TeamException;
    }

    /** Runs {@code work} in one transaction, rolled back on any failure. */
    private <T> T inTransaction(Work<T> work) throws TeamException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | TeamException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e, where);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // a broken connection rolls back on the server by itself
        }
    }

    /** What a JDBC failure means to the user, by its SQLSTATE class; the message holds no password. */
    static TeamException failure(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException || cause instanceof java.security.cert.CertificateException
                    || cause instanceof java.security.GeneralSecurityException) {
                return new TeamException(TeamProblem.UNTRUSTED, where, e);
            }
        }
        if (state.startsWith("28") || (state.equals("08004") && String.valueOf(e.getMessage()).contains("password"))) {
            return new TeamException(TeamProblem.AUTHENTICATION, where, e);
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("3D000") || state.isEmpty()) {
            return new TeamException(TeamProblem.UNREACHABLE, where, e);
        }
        if (Arrays.asList("40001", "40P01", "23505").contains(state)) {
            return new TeamException(TeamProblem.CONFLICT, where, e);
        }
        return new TeamException(TeamProblem.REFUSED, where + " (SQLSTATE " + state + ")", e);
    }
}
