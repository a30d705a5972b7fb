package io.yaoshi.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshWireWriter;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent on a real Unix domain socket: permissions, a socket left behind, one in use, and connections apart. */
class AgentServerTest {

    @TempDir
    Path dir;

    private final InMemoryKeys keys = new InMemoryKeys();

    /** A client speaking the protocol's framing. */
    private static final class Client implements AutoCloseable {
        private final SocketChannel channel;
        private final DataInputStream in;
        private final OutputStream out;

        Client(Path socket) throws Exception {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            in = new DataInputStream(Channels.newInputStream(channel));
            out = Channels.newOutputStream(channel);
        }

        byte[] request(byte[] message) throws Exception {
            send(ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message).array());
            return in.readNBytes(in.readInt());
        }

        void send(byte[] raw) throws Exception {
            out.write(raw);
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            channel.close();
        }
    }

    @Test
    void theSocketIsOwnerOnlyInAnOwnerOnlyFolderAndGoesWhenTheAgentStops() throws Exception {
        Path socket = dir.resolve("run").resolve("agent.sock");
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS)) {
            assertTrue(Files.exists(agent.socket()));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
            try (Client client = new Client(socket)) {
                assertEquals(12, client.request(new byte[] {11})[0]);
            }
        }
        assertFalse(Files.exists(socket), "removed on stop");
    }

    @Test
    void aSocketLeftBehindIsReplacedAndOneThatAnswersIsReported() throws Exception {
        Path socket = dir.resolve("agent.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closed below without removing its file, as a crash
        }
        assertTrue(Files.exists(socket));
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS)) {
            assertTrue(Files.exists(agent.socket()));
            var e = assertThrows(AgentSocketException.class, () -> AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS));
            assertEquals(AgentSocketException.Problem.IN_USE, e.problem());
            try (Client client = new Client(socket)) {
                assertEquals(12, client.request(new byte[] {11})[0], "the first agent still serves");
            }
        }
    }

    @Test
    void aPathTooLongForASocketIsRefusedBeforeAnyFolderIsMade() {
        Path tooLong = dir.resolve("x".repeat(120)).resolve("agent.sock");
        var e = assertThrows(AgentSocketException.class, () -> AgentServer.start(tooLong, keys, AgentFrontEnd.HEADLESS));
        assertEquals(AgentSocketException.Problem.FAILED, e.problem());
        assertFalse(Files.exists(tooLong.getParent()));
    }

    @Test
    void somethingElseAtThePathIsLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("agent.sock"), "my notes");
        var e = assertThrows(AgentSocketException.class, () -> AgentServer.start(file, keys, AgentFrontEnd.HEADLESS));
        assertEquals(AgentSocketException.Problem.NOT_A_SOCKET, e.problem());
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void aConnectionAfterAnotherEndedIsServedByItsThreadAndStoppingEndsThem() throws Exception {
        Set<Thread> before = connectionThreads();
        Path socket = dir.resolve("agent.sock");
        Thread served;
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS)) {
            try (Client first = new Client(agent.socket())) {
                assertEquals(12, first.request(new byte[] {11})[0]);
                Set<Thread> started = connectionThreads();
                started.removeAll(before);
                assertEquals(1, started.size(), "one thread for one connection: " + started);
                served = started.iterator().next();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (served.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.sleep(5); // until it has seen the end of its connection and waits for the next
            }
            try (Client second = new Client(agent.socket())) {
                assertEquals(12, second.request(new byte[] {11})[0]);
                Set<Thread> now = connectionThreads();
                now.removeAll(before);
                assertEquals(Set.of(served), now, "a burst of connections is served by threads already running");
            }
        }
        served.join(TimeUnit.SECONDS.toMillis(5));
        assertFalse(served.isAlive(), "stopping the agent ends its connections' threads");
    }

    /** The live threads that serve agent connections (the one that accepts is named without a number). */
    private static Set<Thread> connectionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().matches("yaoshi-agent-\\d+"))
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void anOversizedOrCutMessageClosesOnlyItsOwnConnection() throws Exception {
        Path socket = dir.resolve("agent.sock");
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS);
             Client oversized = new Client(socket); Client cut = new Client(socket); Client fine = new Client(socket)) {
            assertTrue(Files.exists(agent.socket()));
            oversized.send(ByteBuffer.allocate(4).putInt(256 * 1024 + 1).array());
            assertThrows(EOFException.class, () -> oversized.in.readInt());
            cut.send(ByteBuffer.allocate(5).putInt(10).put((byte) 13).array());
            cut.channel.shutdownOutput();
            assertThrows(EOFException.class, () -> cut.in.readInt());
            assertEquals(12, fine.request(new byte[] {11})[0]);
        }
    }

    @Test
    void aRequestWaitingForAnAnswerNeverHoldsUpAnotherConnection() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, AgentPolicy.DEFAULT.withOffer(true));
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        Approval slowUser = request -> {
            asked.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Approval.Decision.ALLOW;
        };
        Path socket = dir.resolve("agent.sock");
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS.withApproval(slowUser));
             Client waiting = new Client(socket); Client other = new Client(socket)) {
            assertTrue(Files.exists(agent.socket()));
            byte[] sign = new SshWireWriter().byteValue(13).string(key.publicKey().wireBlob()).string(new byte[] {1})
                    .uint32(0).toByteArray();
            Thread signer = new Thread(() -> {
                try {
                    waiting.request(sign);
                } catch (Exception ignored) {
                    // the assertion below is about the other connection
                }
            });
            signer.start();
            assertTrue(asked.await(10, TimeUnit.SECONDS));

            assertEquals(12, other.request(new byte[] {11})[0], "answered while the prompt waits");

            answer.countDown();
            signer.join(10_000);
        }
    }

    @Test
    void aLockedVaultAsksToBeUnlockedAndTheClientGetsItsAnswerOnceItIs() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
                AgentPolicy.Forwarding.DENY));
        keys.lock();
        CountDownLatch asked = new CountDownLatch(1);
        Unlock userUnlocks = timeout -> {
            asked.countDown();
            keys.open();
            return true;
        };
        Path socket = dir.resolve("agent.sock");
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS.withUnlock(userUnlocks));
             Client client = new Client(socket)) {
            byte[] listed = client.request(new byte[] {11});
            assertTrue(asked.await(1, TimeUnit.SECONDS), "the user was asked to unlock");
            assertEquals(12, listed[0]);
            assertEquals(1, listed[4], "one key, listed once the vault opened");
            assertTrue(Files.exists(agent.socket()));
            assertEquals(14, client.request(new SshWireWriter().byteValue(13).string(key.publicKey().wireBlob())
                    .string(new byte[] {1}).uint32(0).toByteArray())[0]);
        }
    }

    @Test
    void aVaultLeftLockedListsNothing() throws Exception {
        keys.add("web", KeyAlgorithm.ED25519, AgentPolicy.DEFAULT.withOffer(true));
        keys.lock();
        Path socket = dir.resolve("agent.sock");
        try (AgentServer agent = AgentServer.start(socket, keys, AgentFrontEnd.HEADLESS.withUnlock(timeout -> false));
             Client client = new Client(socket)) {
            assertTrue(Files.exists(agent.socket()));
            assertArrayEquals(new byte[] {12, 0, 0, 0, 0}, client.request(new byte[] {11}));
        }
    }
}
