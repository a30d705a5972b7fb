package io.yaoshi.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketStreamsTest {

    @TempDir
    Path dir;

    @Test
    void aWriteGoesOutWhileAnotherThreadWaitsToRead() throws Exception {
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try (SocketChannel here = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                 SocketChannel there = server.accept()) {
                InputStream hereIn = SocketStreams.input(here);
                CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(() -> {
                    try {
                        return hereIn.read();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Thread.sleep(200); // the reader is now blocked in read, holding what it holds
                OutputStream hereOut = SocketStreams.output(here);
                CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                    try {
                        hereOut.write(new byte[] {42, 43});
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                writing.get(5, TimeUnit.SECONDS);
                InputStream thereIn = SocketStreams.input(there);
                assertEquals(42, thereIn.read());
                assertEquals(43, thereIn.read());
                SocketStreams.output(there).write(7);
                assertEquals(7, reading.get(5, TimeUnit.SECONDS));
            }
        }
    }
}
