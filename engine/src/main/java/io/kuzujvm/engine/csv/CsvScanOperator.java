package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.common.ScanThreads;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads CSV files into chunks of up to 2048 rows. With PARALLEL (Kùzu's default) a large
 * file is split into byte ranges parsed on all cores; chunks come out in file order and
 * line numbers in messages are the file's. Bad rows fail the scan with Kùzu's Copy
 * exception or, with IGNORE_ERRORS, are skipped and recorded as warnings.
 */
public final class CsvScanOperator implements PhysicalOperator {

    /** Bytes per parallel block; files smaller than two blocks are read on the calling thread. */
    public static volatile long blockSize = 4L << 20;

    private static final int THREADS = ScanThreads.THREADS;
    private static final ExecutorService POOL = ScanThreads.POOL;

    private final List<String> files;
    private final CsvSchema schema;
    private final CsvWarnings warnings;
    private final long queryId;
    private int fileIndex = -1;
    private FileChannel channel;
    private String currentFile;
    private long lineOffset;
    private CsvBlockReader serial;
    private final Deque<Future<BlockResult>> pending = new ArrayDeque<>();
    private long nextBlockStart;
    private long dataStart;
    private long fileSize;
    private Iterator<DataChunk> blockChunks;
    private long warningCount;
    /** Byte ranges of the blocks read whose lines are not in {@link #lineOffset} yet. */
    private final List<long[]> uncountedBlocks = new ArrayList<>();

    /** The rows of one parallel block, or its first bad row. */
    private record BlockResult(List<DataChunk> chunks, List<CsvBlockReader.Problem> warnings,
                               CsvBlockReader.Problem failure, long start, long end) {
    }

    public CsvScanOperator(List<String> files, CsvSchema schema, Object database) {
        this.files = List.copyOf(files);
        this.schema = schema;
        this.warnings = CsvWarnings.of(database);
        this.queryId = warnings.nextQueryId();
    }

    /** The number of rows skipped with a warning so far. */
    public long warningCount() {
        return warningCount;
    }

    @Override
    public DataChunk next() {
        while (true) {
            DataChunk chunk = nextFromCurrentFile();
            if (chunk != null) {
                return chunk;
            }
            if (!openNextFile()) {
                return null;
            }
        }
    }

    private DataChunk nextFromCurrentFile() {
        if (channel == null) {
            return null;
        }
        if (serial != null) {
            CsvBlockReader reader = serial;
            DataChunk chunk;
            try {
                chunk = reader.nextChunk();
            } catch (CsvBlockReader.RowFailure failure) {
                record(reader.drainWarnings(), lineOffset);
                throw error(failure.problem, lineOffset);
            }
            record(reader.drainWarnings(), lineOffset);
            if (chunk != null) {
                return chunk;
            }
            closeFile();
            return null;
        }
        while (true) {
            if (blockChunks != null && blockChunks.hasNext()) {
                return blockChunks.next();
            }
            if (pending.isEmpty()) {
                closeFile();
                return null;
            }
            BlockResult result;
            try {
                result = pending.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KuzuException.runtime("Interrupted while reading " + currentFile + ".");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
            if (!result.warnings().isEmpty()) {
                record(result.warnings(), lineOffset());
            }
            if (result.failure() != null) {
                throw error(result.failure(), lineOffset());
            }
            // Line numbers are only needed for messages: count this block's lines when one is.
            uncountedBlocks.add(new long[] {result.start(), result.end()});
            blockChunks = result.chunks().iterator();
            submitBlocks();
        }
    }

    private boolean openNextFile() {
        closeFile();
        fileIndex++;
        if (fileIndex >= files.size()) {
            return false;
        }
        currentFile = files.get(fileIndex);
        CsvOptions options = schema.options();
        try {
            channel = CsvFiles.open(currentFile);
            fileSize = channel.size();
        } catch (NoSuchFileException e) {
            throw KuzuException.binder("No file found that matches the pattern: " + currentFile + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvSniffer.Layout layout = CsvSniffer.layout(channel, options, Boolean.TRUE.equals(options.header));
        lineOffset = layout.linesBefore();
        if (layout.header() != null && layout.header().size() < schema.types().size() && !options.ignoreErrors) {
            // A header with fewer fields than the columns fails as a short row would.
            throw error(new CsvBlockReader.Problem(CsvBlockReader.columnCountReason(schema.types().size(),
                    layout.header().size()), layout.headerLine(), layout.headerRecord()), 0);
        }
        if (!options.parallel || THREADS == 1 || fileSize - layout.dataStart() < 2 * blockSize) {
            CsvParser parser = new CsvParser(channel, layout.dataStart(), Long.MAX_VALUE, options.delim,
                    options.quote, options.escape, options.parallel);
            serial = new CsvBlockReader(parser, schema.types(), options);
            return true;
        }
        nextBlockStart = layout.dataStart();
        dataStart = layout.dataStart();
        submitBlocks();
        return true;
    }

    private void submitBlocks() {
        while (pending.size() < 2 * THREADS && nextBlockStart < fileSize) {
            long start = nextBlockStart;
            long end = Math.min(fileSize, start + blockSize);
            boolean first = start == dataStart;
            nextBlockStart = end;
            FileChannel fileChannel = channel;
            pending.addLast(POOL.submit(() -> readBlock(fileChannel, start, end, first)));
        }
    }

    private BlockResult readBlock(FileChannel fileChannel, long start, long end, boolean first) {
        CsvOptions options = schema.options();
        CsvParser parser = new CsvParser(fileChannel, first ? start : start - 1, end, options.delim, options.quote,
                options.escape, true);
        if (!first) {
            parser.alignToLine();
        }
        CsvBlockReader reader = new CsvBlockReader(parser, schema.types(), options);
        List<DataChunk> chunks = new ArrayList<>();
        CsvBlockReader.Problem failure = null;
        try {
            DataChunk chunk;
            while ((chunk = reader.nextChunk()) != null) {
                chunks.add(chunk);
            }
        } catch (CsvBlockReader.RowFailure f) {
            failure = f.problem;
        }
        return new BlockResult(chunks, reader.drainWarnings(), failure, start, end);
    }

    /** Line ends in [start, end): every LF, and every CR not followed by LF. */
    private static long countNewlines(FileChannel fileChannel, long start, long end) {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(1 << 20, end - start + 1));
        long count = 0;
        long position = start;
        byte previous = 0;
        try {
            while (position < end + 1) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), end + 1 - position));
                int n = fileChannel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                byte[] bytes = buffer.array();
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    byte b = bytes[i];
                    if (at > start && previous == '\r' && b != '\n') {
                        count++;
                    }
                    if (at < end && b == '\n') {
                        count++;
                    }
                    previous = at < end ? b : 0;
                }
                position += n;
            }
            if (previous == '\r') {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** The lines before the next block of the current file (counting the blocks not counted yet). */
    private long lineOffset() {
        for (long[] block : uncountedBlocks) {
            lineOffset += countNewlines(channel, block[0], block[1]);
        }
        uncountedBlocks.clear();
        return lineOffset;
    }

    private void record(List<CsvBlockReader.Problem> problems, long offset) {
        for (CsvBlockReader.Problem problem : problems) {
            warningCount++;
            warnings.add(new CsvWarning(queryId, problem.reason(), currentFile, offset + problem.localLine(),
                    problem.record()));
        }
    }

    private KuzuException error(CsvBlockReader.Problem problem, long offset) {
        closeFile();
        return new KuzuException(KuzuException.Kind.COPY, "22000", "Error in file " + currentFile + " on line "
                + (offset + problem.localLine()) + ": " + problem.reason()
                + " Line/record containing the error: '" + problem.record() + "'", null);
    }

    private void closeFile() {
        for (Future<BlockResult> future : pending) {
            future.cancel(false);
        }
        pending.clear();
        uncountedBlocks.clear();
        blockChunks = null;
        serial = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
            channel = null;
        }
    }

    @Override
    public List<LogicalType> outputTypes() {
        return schema.types();
    }


    @Override
    public String describe() {
        return "CsvScan(files=" + files + ")";
    }

    @Override
    public void close() {
        closeFile();
    }
}
