package io.yaoshi.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server started by a test on 127.0.0.1 from Debian's {@code postgresql} package: {@code initdb} into a
 * temporary folder, a free port, trust authentication for the superuser {@code yaoshi}, stopped and deleted by
 * {@link #close}. PostgreSQL refuses to run as root, so as root the server runs as Debian's {@code postgres} user.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String SUPERUSER = "yaoshi";
    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");

    private final Path folder;
    private final Path bin;
    private final int port;
    private final List<String> asServerUser;
    private final Map<String, String> environment;
    private final AtomicInteger databases = new AtomicInteger();
    private Process server;
    private List<String> tlsSettings = List.of();

    private LocalPostgres(Path folder, Path bin, int port, List<String> asServerUser,
                          Map<String, String> environment) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asServerUser = asServerUser;
        this.environment = environment;
    }

    public static LocalPostgres start() throws Exception {
        return start(false);
    }

    /**
     * A server that speaks TLS with a certificate for 127.0.0.1 signed by a certificate authority made for it
     * ({@link #certificateAuthority()}), as a managed database does.
     */
    public static LocalPostgres startWithTls() throws Exception {
        return start(true);
    }

    private static LocalPostgres start(boolean tls) throws Exception {
        Path bin = newestInstalled();
        Path folder = Files.createTempDirectory("yaoshi-postgres");
        List<String> asServerUser = new ArrayList<>();
        Map<String, String> environment = new HashMap<>(Map.of("TZ", "UTC"));
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(folder, users.lookupPrincipalByName("postgres"));
            asServerUser.addAll(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups"));
            // PostgreSQL looks its user up by uid; where /etc is root's alone (0700, as on the CI machines) that
            // fails, so nss_wrapper (libnss-wrapper) answers from copies of the two lines it needs
            Path passwd = Files.writeString(folder.resolve("passwd"), ExternalTool.run("getent", "passwd", "postgres"));
            Path group = Files.writeString(folder.resolve("group"), ExternalTool.run("getent", "group", "postgres"));
            environment.putAll(Map.of("LD_PRELOAD", "libnss_wrapper.so", "NSS_WRAPPER_PASSWD", passwd.toString(),
                    "NSS_WRAPPER_GROUP", group.toString()));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        LocalPostgres postgres = new LocalPostgres(folder, bin, port, asServerUser, environment);
        try {
            postgres.run(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", SUPERUSER,
                    "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
            // the superuser logs in without a password; every other user with one (SCRAM), as on a managed server
            Files.writeString(folder.resolve("data/pg_hba.conf"), "host all " + SUPERUSER + " 127.0.0.1/32 trust\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\n");
            if (tls) {
                postgres.makeCertificates();
            }
            postgres.startServer();
            return postgres;
        } catch (Exception | AssertionError e) {
            postgres.close();
            throw e;
        }
    }

    /** The certificate of the authority that signed a TLS server's certificate (see {@link #startWithTls}). */
    public Path certificateAuthority() {
        return folder.resolve("ca.crt");
    }

    /** A certificate authority and a server certificate for 127.0.0.1 (P-256), the server's key owned by its user. */
    private void makeCertificates() throws Exception {
        String ca = folder.resolve("ca").toString();
        String server = folder.resolve("data/server").toString();
        ExternalTool.run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", ca + ".key", "-out", ca + ".crt", "-subj", "/CN=yaoshi test CA", "-days", "2");
        ExternalTool.run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", server + ".key", "-out", server + ".csr", "-subj", "/CN=127.0.0.1");
        Path extensions = Files.writeString(folder.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        ExternalTool.run("openssl", "x509", "-req", "-in", server + ".csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
                "-CAcreateserial", "-out", server + ".crt", "-days", "2", "-extfile", extensions.toString());
        Path key = Path.of(server + ".key");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        if (!asServerUser.isEmpty()) {
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(key, users.lookupPrincipalByName("postgres"));
            Files.setOwner(Path.of(server + ".crt"), users.lookupPrincipalByName("postgres"));
        }
        tlsSettings = List.of("-c", "ssl=on", "-c", "ssl_cert_file=" + server + ".crt", "-c",
                "ssl_key_file=" + server + ".key");
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** A fresh, empty database, with its {@code postgresql://} URL (what a user gives {@code --store}). */
    public String newDatabase() throws SQLException {
        String name = "team" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port + "/" + name;
    }

    /**
     * A user who logs in with {@code password} and owns {@code database} (so creates its tables), with the URL a user
     * of that database gives {@code --store}.
     */
    public String userOwning(String database, String user, String password) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("ALTER DATABASE " + database + " OWNER TO " + user);
        }
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /** A JDBC connection to {@code database} as the superuser, for a test to look at or change rows directly. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER);
    }

    /** The database name of a URL {@link #newDatabase} gave. */
    public static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** What {@code pg_dump} of {@code database} prints: every row of every table as a reader of the server sees it. */
    public String dump(String database) {
        return ExternalTool.run(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-U", SUPERUSER, "--data-only", "--inserts", database);
    }

    /** Stops the server (fast shutdown: open connections are cut) and keeps its files, so it can start again. */
    public void stop() throws IOException {
        if (server == null) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
        server = null;
    }

    public void startServer() throws Exception {
        List<String> command = new ArrayList<>(asServerUser);
        command.addAll(List.of(bin.resolve("postgres").toString(), "-D", folder.resolve("data").toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "fsync=off", "-c", "max_connections=50"));
        command.addAll(tlsSettings);
        Path log = folder.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                try (Connection ready = connect("postgres")) {
                    if (ready.isValid(5)) {
                        return;
                    }
                } catch (SQLException starting) {
                    // the port is open before the server accepts logins
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(server.isAlive(), () -> "postgres stopped: " + readQuietly(log));
            assertTrue(System.nanoTime() < deadline, () -> "postgres did not start: " + readQuietly(log));
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run(String... argv) throws Exception {
        List<String> command = new ArrayList<>(asServerUser);
        command.addAll(List.of(argv));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
                () -> String.join(" ", argv) + " failed: " + output);
    }

    private static Path newestInstalled() throws IOException {
        if (!Files.isDirectory(INSTALLED)) {
            throw new AssertionError("PostgreSQL is not installed: the team vault's tests need Debian's postgresql");
        }
        try (Stream<Path> versions = Files.list(INSTALLED)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("no initdb under " + INSTALLED)).resolve("bin");
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
