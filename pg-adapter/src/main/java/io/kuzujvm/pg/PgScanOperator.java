package io.kuzujvm.pg;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Streams the rows of one SQL query from PostgreSQL into chunks, in a READ ONLY transaction.
 * The query starts at the first {@link #next()}, and {@link PgScanStrategy} decides there how
 * its rows travel (binary COPY, in parallel ctid ranges or not, or a cursor); EXPLAIN shows
 * the SQL without touching PostgreSQL.
 */
final class PgScanOperator implements PhysicalOperator {

    private final DataSource dataSource;
    private final String sql;
    /** Present for a pushed-down plain scan of one table, which may be split into ctid ranges. */
    private final Optional<PgTableScanSql> table;
    private final boolean copyAllowed;
    private final List<LogicalType> types;
    private PgRowSource source;
    private boolean finished;

    private PgScanOperator(DataSource dataSource, String sql, Optional<PgTableScanSql> table, boolean copyAllowed,
                           List<LogicalType> types) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.table = table;
        this.copyAllowed = copyAllowed;
        this.types = List.copyOf(types);
    }

    /** A query Calcite generated; {@code table} is present when it is a plain scan of one table. */
    static PgScanOperator pushedDown(DataSource dataSource, String sql, Optional<PgTableScanSql> table,
                                     List<LogicalType> types) {
        return new PgScanOperator(dataSource, sql, table, true, types);
    }

    /** A query of the user's (SQL_QUERY), read with a cursor: it need not be valid inside COPY. */
    static PgScanOperator userQuery(DataSource dataSource, String sql, List<LogicalType> types) {
        return new PgScanOperator(dataSource, sql, Optional.empty(), false, types);
    }

    @Override
    public DataChunk next() {
        if (finished) {
            return null;
        }
        try {
            if (source == null) {
                source = copyAllowed ? PgScanStrategy.open(dataSource, sql, table, types)
                        : PgScanStrategy.openCursor(dataSource, sql, types);
            }
            DataChunk chunk = source.next();
            if (chunk == null) {
                close();
            }
            return chunk;
        } catch (SQLException | RuntimeException e) {
            close();
            throw PgErrors.scanFailure(e);
        }
    }

    @Override
    public List<LogicalType> outputTypes() {
        return types;
    }


    @Override
    public String describe() {
        return "PostgresScan(sql=" + sql + ")";
    }

    @Override
    public void close() {
        finished = true;
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
