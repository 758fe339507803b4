package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads Parquet files of Kùzu's test data sets (written by pyarrow and DuckDB) when kuzu-tests is there. */
class KuzuTestsParquetFilesTest {

    private static Path dataset(String file) {
        Path root = Path.of(System.getProperty("kuzu.tests.dir", "../../shared/kuzu-tests"));
        Path path = root.resolve("dataset").resolve(file);
        assumeTrue(Files.isRegularFile(path), "kuzu-tests data set not available");
        return path;
    }

    private static List<String> rows(String file) {
        List<String> rows = new ArrayList<>();
        try (ParquetFile parquet = ParquetFile.open(dataset(file).toString())) {
            for (int group = 0; group < parquet.numRowGroups(); group++) {
                for (DataChunk chunk : parquet.readRowGroup(group)) {
                    for (int r = 0; r < chunk.numRows(); r++) {
                        List<String> values = new ArrayList<>();
                        for (int c = 0; c < chunk.numColumns(); c++) {
                            values.add(String.valueOf(chunk.vector(c).getValue(r)));
                        }
                        rows.add(String.join("|", values));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void nestedListsStructsAndDatesFromSnappyPages() {
        try (ParquetFile parquet = ParquetFile.open(dataset("copy-test/node/parquet/types_50k_0.parquet").toString())) {
            assertEquals("[INT64, INT64, DOUBLE, BOOL, DATE, STRING, INT64[], STRING[], INT64[][], "
                    + "STRUCT(id INT64, name STRING)]", parquet.types().toString());
        }
        List<String> rows = rows("copy-test/node/parquet/types_50k_0.parquet");
        assertEquals(16666, rows.size());
        assertEquals("3|4|3.174668920489765|true|2104-03-14|fjyKxMjhXXgCkZmwBACpRrjNHlhrDtkQPl|[58, 77, 66, 48]|"
                + "[SUFT8NmyhMQ, DaTDnzkotQ2pjvdCN]|[[44]]|StructValue[names=[id, name], values=[545, 0jhUkRv7R8]]",
                rows.get(3));
    }

    @Test
    void gzipAndZstdPagesWithNullsAndEmptyLists() {
        List<String> expected = List.of("3|null|[2, 4, 3]", "4|longstringstring|[1]", "6||null",
                "null|longlongstring|[null]", "4|abc|[3, null, 2]");
        assertEquals(expected, rows("reader/parquet/compression/gzip.parquet"));
        assertEquals(expected, rows("reader/parquet/compression/zstd.parquet"));
    }

    @Test
    void impalaInt96Timestamps() {
        assertEquals(List.of("2023-11-02T12:00", "1949-10-01T13:30:45", "1965-12-30T15:15:20"),
                rows("reader/parquet/timestamp/impala_timestamp.parquet"));
    }
}
