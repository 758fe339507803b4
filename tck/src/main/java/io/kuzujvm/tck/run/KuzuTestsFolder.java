package io.kuzujvm.tck.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kuzu-tests folder: test files, data sets, the list of files left out ({@code MISSING.txt}),
 * and the rewriting of relative data paths ({@code "dataset/..."}) into absolute ones.
 */
public final class KuzuTestsFolder {

    public static final String TEST_FILES = "test/test_files";
    public static final String POSTGRES_TEST_FILES = "extension/postgres/test/test_files";
    public static final String POSTGRES_CATEGORY = "extension/postgres";

    private static final Pattern QUOTED_DATASET_PATH = Pattern.compile("(['\"])dataset/");
    private static final Pattern DATASET_FOLDER = Pattern.compile("dataset/([^/'\"\\s]+)/");

    private final Path root;
    private final String rootText;
    private final Set<String> missing;

    public KuzuTestsFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.rootText = this.root.toString().replace('\\', '/');
        this.missing = readMissing(this.root.resolve("MISSING.txt"));
    }

    private static Set<String> readMissing(Path file) {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** The root as it is substituted for {@code ${KUZU_ROOT_DIRECTORY}}. */
    public String rootText() {
        return rootText;
    }

    public Path answersDir() {
        return root.resolve("test/answers");
    }

    /** All .test files, sorted, as paths relative to the root with {@code /}. */
    public List<String> testFiles() {
        try {
            return Stream.concat(list(TEST_FILES), list(POSTGRES_TEST_FILES)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<String> list(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".test") && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList().stream();
        }
    }

    /** Reporting category of a test file. */
    public static String categoryOf(String relativePath) {
        if (relativePath.startsWith(POSTGRES_TEST_FILES + "/")) {
            return POSTGRES_CATEGORY;
        }
        String rest = relativePath.startsWith(TEST_FILES + "/")
                ? relativePath.substring(TEST_FILES.length() + 1) : relativePath;
        int slash = rest.indexOf('/');
        return slash < 0 ? "(top)" : rest.substring(0, slash);
    }

    public static boolean isPostgresFile(String relativePath) {
        return relativePath.startsWith(POSTGRES_TEST_FILES + "/");
    }

    /** Files listed in MISSING.txt under the given folder (relative to the root). */
    public List<String> missingUnder(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return missing.stream().filter(m -> m.startsWith(prefix)).sorted().toList();
    }

    /**
     * The first missing file a text names, or null: one listed in MISSING.txt, or one in a data
     * set whose whole folder kuzu-tests does not have (Kùzu's CI downloads some, such as lsqb-sf01).
     */
    public String missingFileNamedIn(String text) {
        for (String m : missing) {
            if (text.contains(m)) {
                return m;
            }
        }
        Matcher folder = DATASET_FOLDER.matcher(text);
        while (folder.find()) {
            if (!Files.isDirectory(root.resolve("dataset").resolve(folder.group(1)))) {
                return folder.group() + " (the whole data set)";
            }
        }
        return null;
    }

    /** Rewrites quoted relative paths {@code "dataset/..."} into absolute ones. */
    public String absolutizeDatasetPaths(String text) {
        return QUOTED_DATASET_PATH.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + rootText + "/dataset/"));
    }
}
