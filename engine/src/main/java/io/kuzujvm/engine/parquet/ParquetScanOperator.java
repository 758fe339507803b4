package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.common.ScanThreads;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueCaster;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads Parquet files, row groups decoded ahead on the scan threads; chunks come out in file
 * and row group order. Columns bound to another type than the files' (a COPY's table columns)
 * are cast to it.
 */
public final class ParquetScanOperator implements PhysicalOperator {

    private final List<String> files;
    private final List<LogicalType> fileTypes;
    private final List<LogicalType> types;
    private final Deque<Future<List<DataChunk>>> pending = new ArrayDeque<>();
    private int fileIndex = -1;
    private ParquetFile file;
    private int nextGroup;
    private Iterator<DataChunk> chunks = Collections.emptyIterator();

    public ParquetScanOperator(List<String> files, List<LogicalType> fileTypes, List<LogicalType> types) {
        this.files = List.copyOf(files);
        this.fileTypes = List.copyOf(fileTypes);
        this.types = List.copyOf(types);
    }

    @Override
    public DataChunk next() {
        while (!chunks.hasNext()) {
            if (pending.isEmpty() && !openNextFile()) {
                return null;
            }
            chunks = take(pending.removeFirst()).iterator();
            submitGroups();
        }
        return chunks.next();
    }

    private boolean openNextFile() {
        closeFile();
        while (++fileIndex < files.size()) {
            file = ParquetFile.open(files.get(fileIndex));
            nextGroup = 0;
            submitGroups();
            if (!pending.isEmpty()) {
                return true;
            }
            closeFile();
        }
        return false;
    }

    private void submitGroups() {
        while (file != null && pending.size() < 2 * ScanThreads.THREADS && nextGroup < file.numRowGroups()) {
            ParquetFile source = file;
            int group = nextGroup++;
            pending.addLast(ScanThreads.POOL.submit(() -> castColumns(source.readRowGroup(group))));
        }
    }

    private List<DataChunk> castColumns(List<DataChunk> chunks) {
        if (fileTypes.equals(types)) {
            return chunks;
        }
        List<DataChunk> cast = new ArrayList<>(chunks.size());
        for (DataChunk chunk : chunks) {
            ValueVector[] vectors = new ValueVector[types.size()];
            for (int column = 0; column < vectors.length; column++) {
                vectors[column] = cast(chunk.vector(column), chunk.numRows(), fileTypes.get(column), types.get(column));
            }
            cast.add(new DataChunk(vectors, chunk.numRows(), chunk.selection()));
        }
        return cast;
    }

    private static ValueVector cast(ValueVector vector, int rows, LogicalType from, LogicalType to) {
        if (from.equals(to)) {
            return vector;
        }
        ValueVector cast = new ValueVector(to, rows);
        for (int row = 0; row < rows; row++) {
            Object value = vector.getValue(row);
            cast.setValue(row, value == null ? null : ValueCaster.cast(value, from, to));
        }
        return cast;
    }

    private static List<DataChunk> take(Future<List<DataChunk>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KuzuException.runtime("Interrupted while reading a parquet file.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    private void closeFile() {
        for (Future<List<DataChunk>> future : pending) {
            future.cancel(false);
        }
        pending.clear();
        if (file != null) {
            file.close();
            file = null;
        }
    }

    @Override
    public List<LogicalType> outputTypes() {
        return types;
    }


    @Override
    public String describe() {
        return "ParquetScan(files=" + files + ")";
    }

    @Override
    public void close() {
        closeFile();
    }
}
