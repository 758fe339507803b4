package io.kuzujvm.tck.run;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The rows of a JDBC result as the engine's chunks of values, typed by the columns' Kùzu type names. */
final class ResultSetChunks {

    private ResultSetChunks() {
    }

    static List<LogicalType> types(ResultSetMetaData meta) throws SQLException {
        List<LogicalType> types = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            types.add(LogicalType.parse(meta.getColumnTypeName(i)));
        }
        return types;
    }

    /** Reads the whole result, handing each full chunk (and the last one) to {@code sink}. */
    static void read(ResultSet rows, List<LogicalType> types, Consumer<DataChunk> sink) throws SQLException {
        DataChunk chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
        int count = 0;
        while (rows.next()) {
            for (int column = 0; column < types.size(); column++) {
                chunk.vector(column).setValue(count, value(rows, column + 1, types.get(column)));
            }
            if (++count == DataChunk.CAPACITY) {
                chunk.setDense(count);
                sink.accept(chunk);
                chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
                count = 0;
            }
        }
        if (count > 0) {
            chunk.setDense(count);
            sink.accept(chunk);
        }
    }

    private static Object value(ResultSet rows, int column, LogicalType type) throws SQLException {
        Object value = switch (type.id()) {
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, SERIAL -> rows.getLong(column);
            case FLOAT, DOUBLE -> rows.getDouble(column);
            case BOOL -> rows.getBoolean(column);
            case STRING -> rows.getString(column);
            case UINT64, INT128 -> rows.getObject(column, BigInteger.class);
            case DECIMAL -> rows.getBigDecimal(column);
            case DATE -> rows.getObject(column, LocalDate.class);
            case TIMESTAMP, TIMESTAMP_MS, TIMESTAMP_NS, TIMESTAMP_SEC -> rows.getObject(column, LocalDateTime.class);
            case TIMESTAMP_TZ -> rows.getObject(column, OffsetDateTime.class);
            case BLOB -> rows.getBytes(column);
            default -> rows.getObject(column);
        };
        return rows.wasNull() ? null : value;
    }
}
