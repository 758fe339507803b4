package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.common.KuzuException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * The files of an on-disk database: {@code manifest} names the current generation N,
 * whose checkpoint is {@code data-N.kzl} and whose write-ahead log is {@code wal-N.kzl}
 * (both {@link LogFile}s). A checkpoint writes generation N+1's files, then replaces
 * the manifest atomically (temp file, fsync, atomic rename, fsync of the directory):
 * a crash at any point leaves either the old generation or the new one whole.
 * A writer holds an exclusive {@link FileLock} on {@code .lock}; read-only opening
 * takes no lock.
 */
public final class DatabaseDirectory implements Closeable {

    private static final String MANIFEST = "manifest";
    private static final String MANIFEST_TEMP = "manifest.tmp";
    private static final String LOCK = ".lock";
    private static final String HEADER = "kuzu-jvm database";

    private final Path directory;
    private final boolean readOnly;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private long generation;

    private DatabaseDirectory(Path directory, boolean readOnly, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.readOnly = readOnly;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (a writer: creates when missing, and locks) the database directory. */
    public static DatabaseDirectory open(Path directory, boolean readOnly) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        if (readOnly) {
            if (!Files.exists(dir.resolve(MANIFEST))) {
                throw new KuzuException(KuzuException.Kind.RUNTIME, "Cannot create an empty database under"
                        + " READ ONLY mode (no database at " + dir + ").");
            }
            DatabaseDirectory opened = new DatabaseDirectory(dir, true, null, null);
            opened.generation = opened.readManifest();
            return opened;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "Database path " + dir
                    + " is a file; a kuzu-jvm database is a directory.");
        }
        Files.createDirectories(dir);
        Path lockPath = dir.resolve(LOCK);
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new KuzuException(KuzuException.Kind.RUNTIME, "55006",
                    "Could not set lock on file : " + lockPath + " (the database " + dir + " is open for writing"
                            + " in another process or database instance; open it with read_only=true to read"
                            + " alongside).", null);
        }
        DatabaseDirectory opened = new DatabaseDirectory(dir, false, channel, lock);
        try {
            if (!Files.exists(dir.resolve(MANIFEST))) {
                opened.initialize();
            }
            opened.generation = opened.readManifest();
            opened.removeStrayFiles();
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    private void initialize() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.equals(LOCK) && !isOwnFile(name)) {
                    throw new KuzuException(KuzuException.Kind.RUNTIME, "Directory " + directory
                            + " is not empty and holds no kuzu-jvm database (found " + name + ").");
                }
            }
        }
        LogFile.Writer.create(dataFile(1)).close();
        LogFile.Writer.create(walFile(1)).close();
        writeManifest(1);
    }

    private static boolean isOwnFile(String name) {
        return name.equals(MANIFEST_TEMP) || name.matches("(data|wal)-\\d+\\.kzl");
    }

    public Path path() {
        return directory;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Re-reads the manifest (a read-only opener racing a writer's checkpoint). */
    public void refresh() throws IOException {
        generation = readManifest();
    }

    public Path dataFile() {
        return dataFile(generation);
    }

    public Path walFile() {
        return walFile(generation);
    }

    private Path dataFile(long gen) {
        return directory.resolve(String.format(Locale.ROOT, "data-%08d.kzl", gen));
    }

    private Path walFile(long gen) {
        return directory.resolve(String.format(Locale.ROOT, "wal-%08d.kzl", gen));
    }

    /** Something that writes the whole database into a new checkpoint file. */
    @FunctionalInterface
    public interface CheckpointWriter {
        void writeTo(LogFile.Writer file) throws IOException;
    }

    /**
     * Writes the next generation: its checkpoint (filled by {@code content}) and an empty
     * log, switches the manifest to it, and removes the old files. Returns the new log,
     * open for appending.
     */
    public LogFile.Writer checkpoint(CheckpointWriter content) throws IOException {
        if (readOnly) {
            throw new IllegalStateException("read-only database");
        }
        long next = generation + 1;
        try (LogFile.Writer data = LogFile.Writer.create(dataFile(next))) {
            content.writeTo(data);
            data.force();
        }
        LogFile.Writer wal = LogFile.Writer.create(walFile(next));
        try {
            writeManifest(next);
        } catch (IOException | RuntimeException e) {
            wal.close();
            throw e;
        }
        long old = generation;
        generation = next;
        Files.deleteIfExists(dataFile(old));
        Files.deleteIfExists(walFile(old));
        return wal;
    }

    private void writeManifest(long gen) throws IOException {
        Path temp = directory.resolve(MANIFEST_TEMP);
        String text = HEADER + "\nformat=1\ngeneration=" + gen + "\n";
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, directory.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for fsync; the rename is still atomic there.
        }
    }

    private long readManifest() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "No kuzu-jvm database at " + directory + ".");
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, directory + " holds no kuzu-jvm database.");
        }
        for (String line : lines) {
            if (line.startsWith("generation=")) {
                return Long.parseLong(line.substring("generation=".length()));
            }
        }
        throw new KuzuException(KuzuException.Kind.RUNTIME, "The manifest of " + directory + " is damaged.");
    }

    /** Files of generations a crash left behind (a checkpoint that did not switch, or old files not deleted). */
    private void removeStrayFiles() throws IOException {
        Files.deleteIfExists(directory.resolve(MANIFEST_TEMP));
        String data = dataFile().getFileName().toString();
        String wal = walFile().getFileName().toString();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "{data,wal}-*.kzl")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.equals(data) && !name.equals(wal)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            if (lockChannel != null) {
                lockChannel.close();
            }
        }
    }
}
