package io.kuzujvm.planner;

import io.kuzujvm.engine.parquet.ParquetWriter;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** COPY FROM and LOAD FROM of Parquet and .npy files through the session, with Kùzu's messages. */
class ParquetNpyImportTest extends InMemorySessionTest {

    /** A Parquet file of people: name, age, scores, address STRUCT(city, zip). */
    private String people() {
        LogicalType address = LogicalType.struct(List.of("city", "zip"), List.of(LogicalType.STRING, LogicalType.INT32));
        List<LogicalType> types = List.of(LogicalType.STRING, LogicalType.INT64, LogicalType.list(LogicalType.DOUBLE),
                address);
        Path file = dir.resolve("people.parquet");
        try (ParquetWriter writer = new ParquetWriter(file, List.of("name", "age", "scores", "address"), types)) {
            DataChunk chunk = DataChunk.allocate(types, 3);
            String[] names = {"Alice", "Bob", "Carol"};
            for (int i = 0; i < 3; i++) {
                chunk.vector(0).setValue(i, names[i]);
                chunk.vector(1).setValue(i, 30L + i);
                chunk.vector(2).setValue(i, List.of(1.5 * i, 2.0));
                chunk.vector(3).setValue(i, new StructValue(List.of("city", "zip"), List.of("Waterloo", (long) i)));
            }
            chunk.setDense(3);
            writer.write(chunk);
        }
        return file.toString();
    }

    @Test
    void loadFromReturnsTheFilesColumns() {
        String file = people();
        assertEquals(List.of("Bob|31|[1.500000,2.000000]|{city: Waterloo, zip: 1}"),
                rows("LOAD FROM '" + file + "' WHERE age > 30 AND age <= 31 RETURN *"));
        assertEquals(List.of("Alice"), rows("LOAD WITH HEADERS (n STRING, a INT64, s DOUBLE[], "
                + "addr STRUCT(CITY STRING, ZIP INT32)) FROM '" + file + "' WHERE a = 30 RETURN n"));
        assertEquals("Binder exception: Number of columns mismatch. Expected 1 but got 4.",
                error("LOAD WITH HEADERS (n STRING) FROM '" + file + "' RETURN *"));
        assertEquals("Binder exception: a has data type INT64 but STRING was expected.", error(
                "LOAD WITH HEADERS (n STRING, a STRING, s DOUBLE[], z INT64) FROM '" + file + "' RETURN *"));
    }

    @Test
    void copyCastsToTheTableColumnsByPosition() {
        String file = people();
        rows("CREATE NODE TABLE P (name STRING, age INT16, scores FLOAT[2], address STRUCT(CITY STRING, ZIP INT64),"
                + " PRIMARY KEY(name))");
        assertEquals(List.of("3 tuples have been copied to the P table."), rows("COPY P FROM '" + file + "'"));
        assertEquals(List.of("Carol|32|[3.000000,2.000000]|{CITY: Waterloo, ZIP: 2}"),
                rows("MATCH (p:P) WHERE p.age >= 32 RETURN p.*"));
        rows("CREATE NODE TABLE Q (name INT64, PRIMARY KEY(name))");
        assertEquals("Binder exception: Number of columns mismatch. Expected 1 but got 4.",
                error("COPY Q FROM '" + file + "'"));
        assertEquals("Binder exception: Copy from Parquet cannot have options other than IGNORE_ERRORS.",
                error("COPY P FROM '" + file + "' (HEADER=true)"));
    }

    @Test
    void npyFilesFillOneColumnEach() {
        Path npy = Path.of(System.getProperty("kuzu.tests.dir", "../../shared/kuzu-tests"), "dataset", "npy-2d");
        assumeTrue(Files.isDirectory(npy), "kuzu-tests data set not available");
        rows("CREATE NODE TABLE V (id INT64, f FLOAT[3], PRIMARY KEY(id))");
        rows("COPY V FROM ('" + npy.resolve("id_int64.npy") + "', '" + npy.resolve("two_dim_float.npy")
                + "') BY COLUMN");
        assertEquals(List.of("1|[1.000000,2.000000,3.000000]", "2|[4.000000,5.000000,6.000000]",
                "3|[7.000000,8.000000,9.000000]"), rows("MATCH (v:V) RETURN v.id, v.f ORDER BY v.id"));
        assertEquals(List.of("[1,2,3]"), rows("LOAD FROM '" + npy.resolve("two_dim_int64.npy") + "' RETURN * LIMIT 1"));
        rows("CREATE REL TABLE R (FROM V TO V)");
        assertEquals("Binder exception: Copy by column is not supported for relationship table.",
                error("COPY R FROM ('" + npy.resolve("id_int64.npy") + "') BY COLUMN"));
        assertEquals("Copy exception: The type of npy file " + npy.resolve("two_dim_int64.npy")
                + " does not match the expected type.", error("COPY V FROM ('" + npy.resolve("id_int64.npy") + "', '"
                + npy.resolve("two_dim_int64.npy") + "') BY COLUMN"));
    }
}
