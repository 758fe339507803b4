package io.kuzujvm.tck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checked-in list of cases that must pass ({@code <path>::<case>}, one a line, sorted;
 * blank lines and {@code #} comments ignored).
 */
public final class Ratchet {

    private Ratchet() {}

    public static Set<String> read(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return keys;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                keys.add(l);
            }
        }
        return keys;
    }

    /** Ratchet entries of the files run that no longer pass. */
    public static Set<String> regressions(Set<String> ratchet, Set<String> passing,
            Set<String> filesRun, boolean wholeSuite) {
        Set<String> lost = new TreeSet<>();
        for (String key : ratchet) {
            if (!passing.contains(key) && (wholeSuite || filesRun.contains(fileOf(key)))) {
                lost.add(key);
            }
        }
        return lost;
    }

    /** Passing cases not yet in the ratchet. */
    public static Set<String> newPasses(Set<String> ratchet, Set<String> passing) {
        Set<String> added = new TreeSet<>(passing);
        added.removeAll(ratchet);
        return added;
    }

    /**
     * The new content: entries of files that were not run are kept, entries of files that were
     * run are replaced by the cases that pass now.
     */
    public static Set<String> updated(Set<String> ratchet, Set<String> passing,
            Set<String> filesRun, boolean wholeSuite) {
        Set<String> result = new TreeSet<>();
        if (!wholeSuite) {
            for (String key : ratchet) {
                if (!filesRun.contains(fileOf(key))) {
                    result.add(key);
                }
            }
        }
        result.addAll(passing);
        return result;
    }

    public static void write(Path file, Set<String> keys) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String k : new TreeSet<>(keys)) {
            sb.append(k).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    static String fileOf(String key) {
        int sep = key.indexOf("::");
        return sep < 0 ? key : key.substring(0, sep);
    }
}
