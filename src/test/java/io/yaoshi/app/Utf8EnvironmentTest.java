package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Utf8EnvironmentTest {

    private static byte[] environ(byte[]... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            out.writeBytes(entry);
            out.write(0);
        }
        return out.toByteArray();
    }

    @Test
    void variablesAreDecodedAsUtf8WhateverTheLocale() {
        Map<String, String> env = Utf8Environment.parse(environ(
                "LANG=C".getBytes(StandardCharsets.US_ASCII),
                "YAOSHI_PASSWORD=密码密码密码密码".getBytes(StandardCharsets.UTF_8),
                "EMPTY=".getBytes(StandardCharsets.US_ASCII),
                "WITH=equals=inside".getBytes(StandardCharsets.US_ASCII)));

        assertEquals("密码密码密码密码", env.get("YAOSHI_PASSWORD"));
        assertEquals("C", env.get("LANG"));
        assertEquals("", env.get("EMPTY"));
        assertEquals("equals=inside", env.get("WITH"));
    }

    @Test
    void bytesThatAreNotUtf8BecomeTheReplacementCharacterForTheReaderToRefuse() {
        Map<String, String> env = Utf8Environment.parse(environ(
                new byte[] {'S', '=', (byte) 0xC3, (byte) 0x28, 'x'}));
        assertEquals("\uFFFD(x", env.get("S"));
    }

    @Test
    void theRunningProcessIsRead() {
        assertEquals(System.getenv("PATH"), Utf8Environment.current().get("PATH"));
    }
}
