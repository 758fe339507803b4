package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellOptionsTest {

    @Test
    void defaultsToInMemoryDatabase() {
        ShellOptions options = ShellOptions.parse(List.of());
        assertEquals("jdbc:kuzu::memory:", options.url());
        assertFalse(options.demo());
    }

    @Test
    void acceptsUrlPathAndDemo() {
        assertEquals("jdbc:kuzu:/tmp/db", ShellOptions.parse(List.of("/tmp/db")).url());
        assertEquals("jdbc:kuzu::memory:", ShellOptions.parse(List.of(":memory:")).url());
        ShellOptions options = ShellOptions.parse(List.of("jdbc:kuzu::memory:x", "--demo"));
        assertEquals("jdbc:kuzu::memory:x", options.url());
        assertTrue(options.demo());
    }

    @Test
    void rejectsUnknownOptionsAndTwoDatabases() {
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse(List.of("--nope")));
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse(List.of("a", "b")));
    }
}
