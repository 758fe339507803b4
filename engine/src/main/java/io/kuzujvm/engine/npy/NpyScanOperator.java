package io.kuzujvm.engine.npy;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Reads .npy files side by side, each file one column, {@link DataChunk#CAPACITY} rows at a time. */
public final class NpyScanOperator implements PhysicalOperator {

    private final List<NpyFile> files;
    private final List<LogicalType> types;
    private final List<FileChannel> channels = new ArrayList<>();
    private final long numRows;
    private long nextRow;

    /** {@code types}: one column type per file, each file already validated against it. */
    public NpyScanOperator(List<NpyFile> files, List<LogicalType> types) {
        this.files = List.copyOf(files);
        this.types = List.copyOf(types);
        this.numRows = files.get(0).numRows();
    }

    @Override
    public DataChunk next() {
        if (nextRow >= numRows) {
            return null;
        }
        if (channels.isEmpty()) {
            openChannels();
        }
        int rows = (int) Math.min(DataChunk.CAPACITY, numRows - nextRow);
        DataChunk chunk = DataChunk.allocate(types, rows);
        for (int column = 0; column < files.size(); column++) {
            Object[] values = files.get(column).readRows(channels.get(column), nextRow, rows);
            for (int row = 0; row < rows; row++) {
                chunk.vector(column).setValue(row, values[row]);
            }
        }
        chunk.setDense(rows);
        nextRow += rows;
        return chunk;
    }

    private void openChannels() {
        try {
            for (NpyFile file : files) {
                channels.add(FileChannel.open(Path.of(file.path()), StandardOpenOption.READ));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<LogicalType> outputTypes() {
        return types;
    }


    @Override
    public String describe() {
        return "NpyScan(files=" + files.stream().map(NpyFile::path).toList() + ")";
    }

    @Override
    public void close() {
        for (FileChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
        channels.clear();
    }
}
