package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
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

    /** Decompressed copies of gzip files, by path, size and modification time. */
    private static final Map<String, Path> DECOMPRESSED = new ConcurrentHashMap<>();

    /** Whether the file is gzip-compressed, going by its name (.gz, .gzip). */
    public static boolean isGzip(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") || lower.endsWith(".gzip");
    }

    /** Opens a file for reading; a gzip file is decompressed first (to a temporary file). */
    public static FileChannel open(String path) throws IOException {
        if (!isGzip(path)) {
            return FileChannel.open(Path.of(path), StandardOpenOption.READ);
        }
        Path source = Path.of(path);
        String key = source.toAbsolutePath() + "|" + Files.size(source) + "|" + Files.getLastModifiedTime(source);
        Path plain = DECOMPRESSED.get(key);
        if (plain == null || !Files.exists(plain)) {
            plain = decompress(source);
            DECOMPRESSED.put(key, plain);
        }
        return FileChannel.open(plain, StandardOpenOption.READ);
    }

    private static Path decompress(Path source) throws IOException {
        byte[] header = new byte[10];
        int read = 0;
        try (InputStream in = Files.newInputStream(source)) {
            int n;
            while (read < header.length && (n = in.read(header, read, header.length - read)) > 0) {
                read += n;
            }
        }
        if (read < header.length || (header[0] & 0xff) != 0x1f || (header[1] & 0xff) != 0x8b) {
            throw new KuzuException(KuzuException.Kind.IO, "Input is not a GZIP stream.");
        }
        if (header[2] != 8) {
            throw new KuzuException(KuzuException.Kind.IO, "Unsupported GZIP compression method.");
        }
        // Text, multipart, comment and encryption flags: archives DuckDB's and Kùzu's readers refuse.
        if ((header[3] & 0x33) != 0) {
            throw new KuzuException(KuzuException.Kind.IO, "Unsupported GZIP archive.");
        }
        Path plain = Files.createTempFile("kuzu-gz-", ".csv");
        plain.toFile().deleteOnExit();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source), 1 << 16);
             OutputStream out = Files.newOutputStream(plain)) {
            in.transferTo(out);
        } catch (ZipException | EOFException e) {
            Files.deleteIfExists(plain);
            throw new KuzuException(KuzuException.Kind.IO, "Input is not a GZIP stream.");
        }
        return plain;
    }

    /** The matching files, each pattern's matches sorted; relative paths against the working directory. */
    public static List<String> expand(List<String> patterns) {
        List<String> files = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> matches = expand(expandHome(pattern));
            if (matches.isEmpty()) {
                throw KuzuException.binder("No file found that matches the pattern: " + pattern + ".");
            }
            files.addAll(matches);
        }
        return files;
    }

    /** Whether a path or glob pattern names at least one file. */
    public static boolean matchesAny(String pattern) {
        return !expand(expandHome(pattern)).isEmpty();
    }

    /** A path starting with {@code ~/} is under the user's home directory. */
    public static String expandHome(String path) {
        return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
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
