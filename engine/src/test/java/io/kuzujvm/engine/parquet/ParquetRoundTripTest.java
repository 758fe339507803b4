package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParquetRoundTripTest {

    @TempDir
    Path dir;

    private static final List<String> NAMES = List.of("i", "s", "d", "f", "b", "day", "ts", "dec", "wide", "u64",
            "id", "blob", "span", "list", "nested", "struct", "map");
    private static final List<LogicalType> TYPES = List.of(LogicalType.INT64, LogicalType.STRING, LogicalType.DOUBLE,
            LogicalType.FLOAT, LogicalType.BOOL, LogicalType.DATE, LogicalType.TIMESTAMP,
            LogicalType.decimal(10, 2), LogicalType.decimal(30, 3), LogicalType.UINT64, LogicalType.UUID,
            LogicalType.BLOB, LogicalType.INTERVAL, LogicalType.list(LogicalType.INT32),
            LogicalType.list(LogicalType.list(LogicalType.STRING)),
            LogicalType.struct(List.of("a", "b"), List.of(LogicalType.INT16, LogicalType.list(LogicalType.DOUBLE))),
            LogicalType.map(LogicalType.STRING, LogicalType.INT64));

    private static List<Object> row(int i) {
        if (i % 7 == 3) {
            return Arrays.asList(new Object[NAMES.size()]);
        }
        return Arrays.asList((long) i, "s" + i, i * 0.5, (double) (float) (i * 1.25), i % 2 == 0,
                LocalDate.of(2000, 1, 1).plusDays(i), LocalDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_000).plusHours(i),
                new BigDecimal(i + ".25"), new BigDecimal("-123456789012345678901234567." + i % 10 + "00"),
                new BigInteger("18446744073709551615").subtract(BigInteger.valueOf(i)), new UUID(i, -i),
                new byte[] {(byte) i, 0, -1}, new Interval(i, 2, 3_000), i % 5 == 0 ? List.of() : list(i, null, i + 1L),
                List.of(list("x" + i), List.of(), list((Object) null)),
                new StructValue(List.of("a", "b"), list((long) i, i % 3 == 0 ? null : List.of(1.5, 2.5))),
                new MapValue(List.of("k" + i, "z"), list((long) i, null)));
    }

    private static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void valuesOfEveryKindReadBackAsWritten() {
        for (boolean snappy : List.of(true, false)) {
            Path file = dir.resolve("rows" + snappy + ".parquet");
            int rows = 5000;
            try (ParquetWriter writer = new ParquetWriter(file, NAMES, TYPES, snappy, 1500)) {
                for (int start = 0; start < rows; start += DataChunk.CAPACITY) {
                    int count = Math.min(DataChunk.CAPACITY, rows - start);
                    DataChunk chunk = DataChunk.allocate(TYPES, count);
                    for (int r = 0; r < count; r++) {
                        List<Object> values = row(start + r);
                        for (int c = 0; c < values.size(); c++) {
                            chunk.vector(c).setValue(r, values.get(c));
                        }
                    }
                    chunk.setDense(count);
                    writer.write(chunk);
                }
            }
            try (ParquetFile parquet = ParquetFile.open(file.toString())) {
                assertEquals(NAMES, parquet.names());
                assertEquals(TYPES, parquet.types());
                assertEquals(4, parquet.numRowGroups());
                int row = 0;
                for (int group = 0; group < parquet.numRowGroups(); group++) {
                    for (DataChunk chunk : parquet.readRowGroup(group)) {
                        for (int r = 0; r < chunk.numRows(); r++, row++) {
                            List<Object> expected = row(row);
                            for (int c = 0; c < NAMES.size(); c++) {
                                Object value = chunk.vector(c).getValue(r);
                                assertEquals(String.valueOf(render(expected.get(c))), String.valueOf(render(value)),
                                        NAMES.get(c) + " of row " + row);
                            }
                        }
                    }
                }
                assertEquals(rows, row);
            }
        }
    }

    private static Object render(Object value) {
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : value;
    }
}
