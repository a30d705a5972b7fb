package io.yaoshi.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Aliyun ECS and UCloud UHost key-pair APIs, written from the providers' documentation, for
 * testing clients without a cloud account. One JDK HTTP server on 127.0.0.1 (never another interface) serves
 * <ul>
 *   <li>Aliyun at {@code http://127.0.0.1:PORT/aliyun/} (RPC style, signature v1), and</li>
 *   <li>UCloud at {@code http://127.0.0.1:PORT/ucloud/} (JSON or form body).</li>
 * </ul>
 * Tests reach its key pairs through {@link #state()} and script misbehaviour through {@link #faults()}.
 */
public final class CloudEmulator implements AutoCloseable {

    /** The JDK server reads each request on a worker: enough of them that a few stalled clients change nothing. */
    private static final int THREADS = 32;
    private static final int QUEUED_REQUESTS = 64;
    /** A request not read in full by then is cut, so stalled clients free their workers. */
    static final Duration READ_TIME_OUT = Duration.ofSeconds(5);

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final EmulatorState state = new EmulatorState();
    private final Faults faults = new Faults();

    private CloudEmulator(int port, EmulatorAccounts accounts, Clock clock) throws IOException {
        // the JDK server writes headers and body apart; without TCP_NODELAY each small answer waits for the
        // client's delayed ACK (about 40 ms on Linux), which made every emulated call take that long
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // read once, when the JDK's server classes load (the first emulator of a JVM): whole seconds
        System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(READ_TIME_OUT.toSeconds()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger threadNumber = new AtomicInteger();
        // bounded: when the queue is full the server's own thread answers, which slows down the clients
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), r -> {
                    Thread t = new Thread(r, "cloud-emulator-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/aliyun/", new AliyunRoutes(accounts, state, faults, clock));
        server.createContext("/ucloud/", new UCloudRoutes(accounts, state, faults, clock));
    }

    /** Starts an emulator on {@code port} of 127.0.0.1 (0 picks a free port) with the system clock. */
    public static CloudEmulator start(int port, EmulatorAccounts accounts) throws IOException {
        return start(port, accounts, Clock.systemUTC());
    }

    /** As {@link #start(int, EmulatorAccounts)}, with the clock Aliyun timestamps are checked against. */
    public static CloudEmulator start(int port, EmulatorAccounts accounts, Clock clock) throws IOException {
        CloudEmulator emulator = new CloudEmulator(port, accounts, clock);
        emulator.server.start();
        return emulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI aliyunEndpoint() {
        return URI.create("http://127.0.0.1:" + port() + "/aliyun/");
    }

    public URI ucloudEndpoint() {
        return URI.create("http://127.0.0.1:" + port() + "/ucloud/");
    }

    public EmulatorState state() {
        return state;
    }

    public Faults faults() {
        return faults;
    }

    /** Stops at once: open exchanges are cut, and sleeping (slow) answers are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
