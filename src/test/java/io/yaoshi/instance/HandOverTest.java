package io.yaoshi.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hello a second launch sends: every field comes back, and a damaged one is refused, never half-read. */
class HandOverTest {

    private final HandOver command = new HandOver(List.of("export", "密钥-1", "--out", "", "a b"),
            Map.of("YAOSHI_PASSWORD", "pässword 密码", "SSH_AUTH_SOCK", "/tmp/agent.sock"), "/home/用户/工作",
            "zh-CN", "UTF-8", "GBK", true, "/home/用户/.yaoshi/vault.db");

    @Test
    void everyFieldComesBack() throws IOException {
        assertEquals(command, HandOver.decode(command.encode()));
        HandOver show = new HandOver(List.of(), Map.of(), "/", "und", "US-ASCII", "US-ASCII", false, "v.db");
        assertEquals(show, HandOver.decode(show.encode()));
    }

    @Test
    void aDamagedHelloIsRefused() {
        byte[] hello = command.encode();
        for (int cut = 0; cut < hello.length; cut++) {
            byte[] truncated = Arrays.copyOf(hello, cut);
            assertThrows(IOException.class, () -> HandOver.decode(truncated), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(hello, hello.length + 1);
        assertThrows(IOException.class, () -> HandOver.decode(longer));
        byte[] otherFormat = hello.clone();
        otherFormat[0] = '{'; // the JSON hello of earlier builds
        assertThrows(IOException.class, () -> HandOver.decode(otherFormat));
        byte[] hugeCount = hello.clone();
        ByteBuffer.wrap(hugeCount).putInt(1, Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> HandOver.decode(hugeCount));
        byte[] negativeCount = hello.clone();
        ByteBuffer.wrap(negativeCount).putInt(1, -1);
        assertThrows(IOException.class, () -> HandOver.decode(negativeCount));
    }
}
