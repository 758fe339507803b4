package io.kuzujvm.engine.storage.disk;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A file of {@link LogRecord}s: the write-ahead log, and (the same format, compacted)
 * a checkpoint. After an 8-byte magic, each record is a frame {@code [int length]
 * [int crc32 of payload][payload]}. Reading stops at the first frame that is cut short
 * or fails its checksum (a torn write at a crash) and applies only transactions whose
 * {@link LogRecord.Commit} came before it.
 */
public final class LogFile {

    private static final byte[] MAGIC = "KZJVMLG1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_SIZE = MAGIC.length;
    private static final int FRAME_HEADER = 8;

    private LogFile() {
    }

    /** Receives one committed transaction's records (the Commit left out). */
    @FunctionalInterface
    public interface TransactionConsumer {
        void accept(List<LogRecord> transaction) throws IOException;
    }

    /** What reading found: where the last committed transaction ends, and whether a damaged tail followed. */
    public record ReadResult(long validEnd, long fileSize, int transactions) {
        public boolean hasTornTail() {
            return validEnd < fileSize;
        }
    }

    /** Reads the committed transactions of a log file in order. */
    public static ReadResult read(Path file, TransactionConsumer consumer) throws IOException {
        long fileSize = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            try {
                in.readFully(magic);
            } catch (EOFException e) {
                throw new IOException("Log file " + file + " has no header");
            }
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("File " + file + " is not a kuzu-jvm log file");
            }
            long position = HEADER_SIZE;
            long validEnd = position;
            int transactions = 0;
            List<LogRecord> pending = new ArrayList<>();
            CRC32 crc = new CRC32();
            while (position + FRAME_HEADER <= fileSize) {
                int length = in.readInt();
                int checksum = in.readInt();
                if (length < 1 || length > fileSize - position - FRAME_HEADER) {
                    break;
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                crc.reset();
                crc.update(payload);
                if ((int) crc.getValue() != checksum) {
                    break;
                }
                LogRecord record;
                try {
                    record = LogFormat.decode(payload);
                } catch (IOException | RuntimeException e) {
                    break;
                }
                position += FRAME_HEADER + length;
                if (record instanceof LogRecord.Commit) {
                    consumer.accept(pending);
                    pending = new ArrayList<>();
                    transactions++;
                    validEnd = position;
                } else {
                    pending.add(record);
                }
            }
            return new ReadResult(validEnd, fileSize, transactions);
        }
    }

    /** Appends frames to a log file. */
    public static final class Writer implements Closeable {

        private final Path path;
        private final FileChannel channel;
        private long size;

        private Writer(Path path, FileChannel channel, long size) {
            this.path = path;
            this.channel = channel;
            this.size = size;
        }

        /** A new, empty log file (replacing any file of that name), its header on disk. */
        public static Writer create(Path path) throws IOException {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                writeFully(channel, ByteBuffer.wrap(MAGIC));
                channel.force(true);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new Writer(path, channel, HEADER_SIZE);
        }

        /** An existing log opened for appending after {@code validEnd} (a damaged tail is cut off). */
        public static Writer append(Path path, long validEnd) throws IOException {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
            try {
                if (channel.size() > validEnd) {
                    channel.truncate(validEnd);
                    channel.force(true);
                }
                channel.position(validEnd);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new Writer(path, channel, validEnd);
        }

        public Path path() {
            return path;
        }

        /** Bytes in the file. */
        public long size() {
            return size;
        }

        /**
         * Writes the records as frames, then forces them to disk when {@code force}.
         * On failure the file is cut back to where it was, so no partial transaction stays.
         */
        public void write(List<LogRecord> records, boolean force) throws IOException {
            List<byte[]> payloads = new ArrayList<>(records.size());
            long total = 0;
            for (LogRecord record : records) {
                byte[] payload = LogFormat.encode(record);
                payloads.add(payload);
                total += FRAME_HEADER + payload.length;
            }
            long before = size;
            try {
                CRC32 crc = new CRC32();
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(total, 1 << 20));
                for (byte[] payload : payloads) {
                    crc.reset();
                    crc.update(payload);
                    if (buffer.remaining() < FRAME_HEADER) {
                        flush(buffer);
                    }
                    buffer.putInt(payload.length).putInt((int) crc.getValue());
                    int offset = 0;
                    while (offset < payload.length) {
                        if (!buffer.hasRemaining()) {
                            flush(buffer);
                        }
                        int n = Math.min(buffer.remaining(), payload.length - offset);
                        buffer.put(payload, offset, n);
                        offset += n;
                    }
                }
                flush(buffer);
                if (force) {
                    channel.force(false);
                }
                size = before + total;
            } catch (IOException | RuntimeException e) {
                try {
                    channel.truncate(before);
                    channel.position(before);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private void flush(ByteBuffer buffer) throws IOException {
            buffer.flip();
            writeFully(channel, buffer);
            buffer.clear();
        }

        public void force() throws IOException {
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
