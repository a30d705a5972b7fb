package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretReaderTest {

    private static SecretReader stdin(byte[] bytes) {
        return new SecretReader(Map.of(), null, new ByteArrayInputStream(bytes));
    }

    @Test
    void standardInputIsReadAsUtf8WhateverTheLocale() throws Exception {
        assertArrayEquals("密码密码密码密码".toCharArray(),
                stdin("密码密码密码密码\n".getBytes(StandardCharsets.UTF_8)).read("NONE", "").orElseThrow());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        assertThrows(CharacterCodingException.class,
                () -> stdin(new byte[] {(byte) 0xE5, (byte) 0xAF, '\n'}).read("NONE", ""));
        assertThrows(CharacterCodingException.class,
                () -> new SecretReader(Map.of("S", "ab\uFFFDcd"), null, new ByteArrayInputStream(new byte[0]))
                        .read("S", ""));
    }
}
