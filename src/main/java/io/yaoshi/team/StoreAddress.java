package io.yaoshi.team;

import io.yaoshi.team.StoreAddressException.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A team store's address as the user types it, {@code postgresql://[user@]host[:port]/database[?sslmode=verify-full&…]}
 * (libpq's form; {@code postgres://} too). A password in it is refused: the address is shown and kept in the clear,
 * the password goes through {@code YAOSHI_SECRET} or the prompt and is kept in the vault.
 */
public final class StoreAddress {

    /** The connection settings a user may give; others (the password above all) are refused. */
    private static final Set<String> SETTINGS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connect_timeout", "application_name", "target_session_attrs", "options");

    private final String text;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final Map<String, String> settings;

    private StoreAddress(String text, String host, int port, String database, String user,
                         Map<String, String> settings) {
        this.text = text;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.settings = settings;
    }

    /**
     * @throws StoreAddressException saying what is wrong (never echoing a password)
     */
    public static StoreAddress parse(String text) {
        String typed = text.strip();
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            throw new StoreAddressException(Problem.NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new StoreAddressException(Problem.NOT_POSTGRESQL);
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new StoreAddressException(Problem.HOLDS_PASSWORD);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new StoreAddressException(Problem.NO_HOST);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new StoreAddressException(Problem.NO_DATABASE);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        String user = uri.getUserInfo() == null ? "" : uri.getUserInfo();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name.equals("password")) {
                    throw new StoreAddressException(Problem.HOLDS_PASSWORD);
                }
                if (name.equals("user")) {
                    user = value;
                } else if (SETTINGS.contains(name)) {
                    settings.put(name, value);
                } else {
                    throw new StoreAddressException(Problem.UNKNOWN_SETTING, name);
                }
            }
        }
        return new StoreAddress(typed, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1),
                user, Map.copyOf(settings));
    }

    /** The JDBC URL without user or password (those go as connection properties). */
    String jdbcUrl() {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + bracketed + ":" + port + "/" + database;
    }

    /** The database user; empty for the operating-system user's name, as libpq does. */
    String user() {
        return user.isEmpty() ? System.getProperty("user.name") : user;
    }

    Map<String, String> settings() {
        return settings;
    }

    /** The address as typed: safe to show and keep, it holds no password. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreAddress a && a.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
