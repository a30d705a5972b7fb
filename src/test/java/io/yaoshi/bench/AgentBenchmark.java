package io.yaoshi.bench;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.AgentServer;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.keys.SshWireWriter;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.VaultAgentKeys;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sign requests through the socket: Yaoshi's agent (keys read from a real vault on each request, as the app does)
 * against OpenSSH's {@code ssh-agent} holding the same Ed25519 and RSA-2048 keys, driven by the same Java client.
 * Per key and agent: p50 and p99 of one connection's sequential requests, requests per second, and p99 with 50
 * connections at once: as fast as they can send, and paced to half the single connection's requests per second. Target: Yaoshi's p50 at most 1.5× ssh-agent's.
 */
final class AgentBenchmark implements BenchmarkSuite {

    private static final int WARM_UP = 500;
    private static final int SAMPLES = 3000;
    private static final int CONNECTIONS = 50;
    private static final int PER_CONNECTION = 60;
    private static final byte[] LOGIN_DATA = new byte[160]; // about what an ssh login asks to be signed

    @Override
    public String name() {
        return "agent";
    }

    /** One agent answering at a socket. */
    private record Agent(String name, Path socket) {
    }

    /** A key both agents hold: its public blob and the flags its requests carry. */
    private record Key(String name, byte[] blob, int flags) {
    }

    /** Latencies of one run, in nanoseconds, sorted. */
    private record Latencies(List<Long> sorted, long wallNanos) {
        long percentile(double p) {
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
        }

        double perSecond() {
            return sorted.size() / (wallNanos / 1e9);
        }
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Path scratch = Files.createTempDirectory(resultDir.toAbsolutePath(), "agent");
        Process sshAgent = null;
        try (VaultSession vault = new VaultSession(scratch.resolve("vault.db"), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            List<Key> keys = new ArrayList<>();
            Path sshAgentSocket = scratch.resolve("ssh-agent.sock");
            sshAgent = new ProcessBuilder("ssh-agent", "-D", "-a", sshAgentSocket.toString())
                    .redirectErrorStream(true).redirectOutput(scratch.resolve("ssh-agent.log").toFile()).start();
            waitFor(sshAgentSocket);
            for (String[] type : new String[][] {{"ed25519", "256", "0"}, {"rsa", "2048", "4"}}) {
                Path file = scratch.resolve("id_" + type[0]);
                exec(scratch, null, "ssh-keygen", "-q", "-t", type[0], "-b", type[1], "-N", "", "-f", file.toString());
                exec(scratch, sshAgentSocket, "ssh-add", file.toString());
                KeyPairRecord record = Fixtures.keyService(vault).importKey(Files.readAllBytes(file),
                        Placement.local(), type[0], List.of(), Optional::empty);
                new AgentPolicies(vault).set(record.id(), new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
                        AgentPolicy.Forwarding.DENY));
                String[] line = record.publicKey().split(" ");
                keys.add(new Key(type[0].equals("rsa") ? "RSA-2048 (rsa-sha2-512)" : "Ed25519",
                        Base64.getDecoder().decode(line[1]), Integer.parseInt(type[2])));
            }
            VaultAgentKeys fromVault = new VaultAgentKeys(vault, new AgentPolicies(vault), policy -> true,
                    VaultAgentKeys.VaultThread.CALLER);
            try (AgentServer yaoshi = AgentServer.start(scratch.resolve("yaoshi.sock"), fromVault,
                    AgentFrontEnd.HEADLESS)) {
                List<Agent> agents = List.of(new Agent("ssh-agent (OpenSSH)", sshAgentSocket),
                        new Agent("Yaoshi", yaoshi.socket()));
                Files.writeString(resultDir.resolve("agent.md"), report(agents, keys));
            }
        } finally {
            if (sshAgent != null) {
                sshAgent.destroy();
                sshAgent.waitFor(10, TimeUnit.SECONDS);
            }
            BenchmarkSuite.deleteFolder(scratch);
        }
    }

    private static String report(List<Agent> agents, List<Key> keys) throws Exception {
        StringBuilder out = new StringBuilder("# SSH agent: sign requests through the socket\n\n")
                .append(String.format(Locale.ROOT, "Java %s, %d cores. One client for both agents: %d requests "
                        + "after %d of warm-up on one connection, then %d connections × %d requests at once. Yaoshi "
                        + "reads the key from its vault on every request, as the app does.%n%n",
                        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), SAMPLES,
                        WARM_UP, CONNECTIONS, PER_CONNECTION))
                .append("| key | agent | p50 µs | p99 µs | requests/s | p99 µs, 50 connections at once |"
                        + " p99 µs, 50 connections at half the requests/s |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder verdicts = new StringBuilder();
        for (Key key : keys) {
            double[] p50 = new double[agents.size()];
            for (int a = 0; a < agents.size(); a++) {
                Agent agent = agents.get(a);
                Latencies single = sequential(agent.socket(), key);
                Latencies crowd = concurrent(agent.socket(), key);
                Latencies paced = paced(agent.socket(), key, single.perSecond() / 2);
                p50[a] = single.percentile(50);
                out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %,.0f | %.0f | %.0f |%n", key.name(),
                        agent.name(), single.percentile(50) / 1e3, single.percentile(99) / 1e3, single.perSecond(),
                        crowd.percentile(99) / 1e3, paced.percentile(99) / 1e3));
                if (a == agents.size() - 1) {
                    double crowdRatio = (double) crowd.percentile(99) / single.percentile(99);
                    double pacedRatio = (double) paced.percentile(99) / single.percentile(99);
                    verdicts.append(String.format(Locale.ROOT, "- %s: Yaoshi p99 with 50 connections / its "
                            + "single-connection p99: **%.2f×** as fast as they can send, **%.2f×** at half its "
                            + "requests/s (target ≤ 2×: %s)%n", key.name(), crowdRatio, pacedRatio,
                            pacedRatio <= 2 ? "met" : "NOT met"));
                }
            }
            double ratio = p50[1] / p50[0];
            verdicts.append(String.format(Locale.ROOT, "- %s: Yaoshi p50 / ssh-agent p50: **%.2f×** (target ≤ 1.5×: "
                    + "%s)%n", key.name(), ratio, ratio <= 1.5 ? "met" : "NOT met"));
        }
        String report = out.append('\n').append(verdicts).toString();
        System.out.print(report);
        return report;
    }

    private static Latencies sequential(Path socket, Key key) throws IOException {
        try (Client client = new Client(socket)) {
            for (int i = 0; i < WARM_UP; i++) {
                client.sign(key);
            }
            List<Long> times = new ArrayList<>(SAMPLES);
            long start = System.nanoTime();
            for (int i = 0; i < SAMPLES; i++) {
                long t = System.nanoTime();
                client.sign(key);
                times.add(System.nanoTime() - t);
            }
            long wall = System.nanoTime() - start;
            Collections.sort(times);
            return new Latencies(times, wall);
        }
    }

    /** {@value #CONNECTIONS} connections at once, each sending its next request as soon as the last is answered. */
    private static Latencies concurrent(Path socket, Key key) throws Exception {
        return acrossConnections(socket, key, 0);
    }

    /**
     * {@value #CONNECTIONS} connections open at once, each sending {@value #PER_CONNECTION} requests on a fixed
     * schedule (first at a random offset) so that together they ask {@code perSecond}: many clients at a load the
     * machine can serve, so what grows is the agent's own cost of many connections, not a queue for the CPU.
     */
    private static Latencies paced(Path socket, Key key, double perSecond) throws Exception {
        return acrossConnections(socket, key, (long) (CONNECTIONS * 1e9 / perSecond));
    }

    /** Each connection's requests {@code interval} ns apart (0: back to back), all latencies together. */
    private static Latencies acrossConnections(Path socket, Key key, long interval) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CONNECTIONS; c++) {
                long first = start + (interval == 0 ? 0 : ThreadLocalRandom.current().nextLong(interval));
                runs.add(pool.submit(() -> {
                    try (Client client = new Client(socket)) {
                        List<Long> times = new ArrayList<>(PER_CONNECTION);
                        for (int i = 0; i < PER_CONNECTION; i++) {
                            long wait = first + i * interval - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            long t = System.nanoTime();
                            client.sign(key);
                            times.add(System.nanoTime() - t);
                        }
                        return times;
                    }
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> run : runs) {
                all.addAll(run.get());
            }
            long wall = System.nanoTime() - start;
            Collections.sort(all);
            return new Latencies(all, wall);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The client both agents are measured with: one connection, one sign request at a time. */
    private static final class Client implements AutoCloseable {
        private final SocketChannel channel;
        private final OutputStream out;
        private final DataInputStream in;

        Client(Path socket) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            out = Channels.newOutputStream(channel);
            in = new DataInputStream(Channels.newInputStream(channel));
        }

        void sign(Key key) throws IOException {
            byte[] request = new SshWireWriter().byteValue(13).string(key.blob()).string(LOGIN_DATA)
                    .uint32(key.flags()).toByteArray();
            out.write(ByteBuffer.allocate(4 + request.length).putInt(request.length).put(request).array());
            out.flush();
            int length = in.readInt();
            byte[] reply = in.readNBytes(length);
            if (reply.length == 0 || reply[0] != 14) {
                throw new IOException("the agent did not sign");
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static void waitFor(Path socket) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ssh-agent did not start; is openssh-client installed?");
            }
            Thread.sleep(20);
        }
    }

    private static void exec(Path dir, Path agent, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        if (agent != null) {
            builder.environment().put("SSH_AUTH_SOCK", agent.toString());
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }
}
