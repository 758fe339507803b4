package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the file names of COPY / LOAD FROM: plain paths and globs (*, ?, [abc], [a-z]). */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The matching files, each pattern's matches sorted; relative paths against the working directory. */
    public static List<String> expand(List<String> patterns) {
        List<String> files = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> matches = expand(pattern);
            if (matches.isEmpty()) {
                throw KuzuException.binder("No file found that matches the pattern: " + pattern + ".");
            }
            files.addAll(matches);
        }
        return files;
    }

    private static List<String> expand(String pattern) {
        int firstGlob = indexOfGlob(pattern);
        if (firstGlob < 0) {
            return Files.isRegularFile(Path.of(pattern)) ? List.of(pattern) : List.of();
        }
        int slash = pattern.lastIndexOf('/', firstGlob);
        String base = slash < 0 ? "" : pattern.substring(0, slash + 1);
        Path baseDir = base.isEmpty() ? Path.of("") : Path.of(base);
        if (!Files.isDirectory(baseDir.toAbsolutePath())) {
            return List.of();
        }
        String rest = pattern.substring(base.length());
        int depth = (int) rest.chars().filter(c -> c == '/').count() + 1;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<String> matches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(baseDir.toAbsolutePath(), depth)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                Path relative = baseDir.toAbsolutePath().relativize(p);
                if (relative.getNameCount() == depth && matcher.matches(relative)) {
                    matches.add(base + relative.toString().replace('\\', '/'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matches.sort(null);
        return matches;
    }

    private static int indexOfGlob(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return i;
            }
        }
        return -1;
    }
}
