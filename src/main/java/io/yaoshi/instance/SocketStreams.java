package io.yaoshi.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

/**
 * Streams over one socket that one thread reads while another writes. {@link Channels#newOutputStream} cannot be
 * used for that: on Java 17 its write waits for the channel's blocking lock, which a read in progress through
 * {@link Channels#newInputStream} holds until data arrives, so a frame written while the answer thread waits for the
 * other side would never leave (the hand-over hung so). Writing through the channel itself takes only its write lock.
 */
final class SocketStreams {

    private SocketStreams() {
    }

    static InputStream input(SocketChannel channel) {
        return Channels.newInputStream(channel);
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }
}
