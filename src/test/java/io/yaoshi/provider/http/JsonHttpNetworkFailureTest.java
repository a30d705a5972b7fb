package io.yaoshi.provider.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each way a cloud can be out of reach, told apart over real sockets on 127.0.0.1. */
class JsonHttpNetworkFailureTest {

    private final JsonHttp http = new JsonHttp(Duration.ofSeconds(2), Duration.ofMillis(800));
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private String sendTo(String url) {
        ProviderException e = assertThrows(ProviderException.class,
                () -> http.send(ProviderId.ALIYUN, HttpRequest.newBuilder(URI.create(url)).GET()));
        assertEquals(ProviderFailure.UNREACHABLE, e.failure());
        return e.code();
    }

    /** A loopback server that does {@code withEachConnection} with every connection, on its own thread. */
    private int server(Consumer<Socket> withEachConnection) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        servers.add(server);
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    servers.add(socket);
                    withEachConnection.accept(socket);
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
        return server.getLocalPort();
    }

    @Test
    void nothingListeningIsARefusedConnection() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertEquals("ConnectionRefused", sendTo("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHost() {
        assertEquals("UnknownHost", sendTo("http://no-such-host.invalid/"));
    }

    @Test
    void plainHttpWhereTlsIsExpectedIsATlsFailure() throws IOException {
        int port = server(socket -> {
            try {
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException ignored) {
                // the client hangs up
            }
        });
        assertEquals("TlsFailure", sendTo("https://127.0.0.1:" + port + "/"));
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() throws IOException {
        int port = server(socket -> { });
        assertEquals("Timeout", sendTo("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void aServerThatHangsUpIsALostConnection() throws IOException {
        int port = server(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is the point
            }
        });
        assertEquals("ConnectionLost", sendTo("http://127.0.0.1:" + port + "/"));
    }
}
