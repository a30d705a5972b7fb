package io.yaoshi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clients that open a connection and trickle a request (or nothing) must not stop the emulator answering others. */
class SlowClientsTest {

    @Test
    void eightStalledConnectionsDoNotStopOthersAndAreCutAfterTheReadTimeOut() throws Exception {
        try (CloudEmulator emulator = CloudEmulator.start(0, EmulatorAccounts.defaults())) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket socket = new Socket("127.0.0.1", emulator.port());
                    socket.getOutputStream().write("GET /aliyun/?Action=Desc".getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }

                HttpResponse<String> answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                        HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(emulator.aliyunEndpoint() + "?Action=DescribeKeyPairs")).build(),
                                HttpResponse.BodyHandlers.ofString()));
                assertEquals(400, answer.statusCode(), answer.body());

                Socket first = stalled.get(0);
                first.setSoTimeout((int) (CloudEmulator.READ_TIME_OUT.toMillis() * 3));
                InputStream in = first.getInputStream();
                assertEquals(-1, drain(in), "the server closes a request that never ends");
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    private static int drain(InputStream in) throws Exception {
        int read;
        do {
            read = in.read();
        } while (read != -1);
        return read;
    }
}
