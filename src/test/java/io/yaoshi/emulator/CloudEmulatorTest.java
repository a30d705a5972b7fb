package io.yaoshi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.emulator.SignedRequests.Answer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CloudEmulatorTest {

    @Test
    void servesBothProvidersOnLoopbackAndStopsItsThreads() throws Exception {
        int port;
        try (CloudEmulator emulator = CloudEmulator.start(0, EmulatorAccounts.defaults())) {
            port = emulator.port();
            assertTrue(port > 0);
            assertEquals("http://127.0.0.1:" + port + "/aliyun/", emulator.aliyunEndpoint().toString());
            assertEquals("http://127.0.0.1:" + port + "/ucloud/", emulator.ucloudEndpoint().toString());
            assertEquals(200, SignedRequests.postAliyun(emulator,
                    SignedRequests.aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou")).status());
        }
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("cloud-emulator-")));
    }

    @Test
    void timestampsAreCheckedAgainstTheGivenClock() throws Exception {
        Clock past = Clock.fixed(Instant.parse("2024-05-20T08:40:00Z"), ZoneOffset.UTC);
        try (CloudEmulator emulator = CloudEmulator.start(0, EmulatorAccounts.defaults(), past)) {
            Map<String, String> p = SignedRequests.aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
            p.put("Timestamp", "2024-05-20T08:30:00Z");
            assertEquals(200, SignedRequests.postAliyun(emulator, p).status());
            Answer now = SignedRequests.postAliyun(emulator,
                    SignedRequests.aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou"));
            assertEquals("InvalidTimeStamp.Expired", now.code());
        }
    }

    @Test
    void concurrentCreatesOfOneNameStoreItOnce() throws Exception {
        try (CloudEmulator emulator = CloudEmulator.start(0, EmulatorAccounts.defaults())) {
            List<CompletableFuture<Answer>> answers = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> create(emulator, "same-name"))).toList();
            List<String> codes = answers.stream().map(f -> f.join().code()).sorted().toList();
            assertEquals(List.of("", "KeyPair.AlreadyExist", "KeyPair.AlreadyExist", "KeyPair.AlreadyExist"), codes);
            assertEquals(1, emulator.state().all().size());
        }
    }

    private static Answer create(CloudEmulator emulator, String name) {
        try {
            return SignedRequests.postAliyun(emulator, SignedRequests.aliyun("CreateKeyPair", "RegionId",
                    "cn-hangzhou", "KeyPairName", name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTakenPortIsReported() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThrows(IOException.class, () -> CloudEmulator.start(taken.getLocalPort(),
                    EmulatorAccounts.defaults()).close());
        }
    }
}
