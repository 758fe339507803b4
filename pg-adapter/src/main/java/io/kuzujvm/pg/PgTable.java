package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.adapter.jdbc.JdbcTable;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A PostgreSQL table with Kùzu's column types (read from pg_catalog), backed by Calcite's
 * JDBC table for scans and SQL generation (it unwraps to it, so generated SQL names the
 * table by schema and name). Calcite looks a JDBC table up with a metadata query of its own,
 * so that happens on the table's first use, not for every table when the schema is read.
 */
final class PgTable extends AbstractTable implements TranslatableTable {

    private final String name;
    private final List<PgCatalogReader.Column> columns;
    private final Supplier<JdbcTable> jdbcTableLookup;
    private JdbcTable jdbcTable;

    PgTable(String name, List<PgCatalogReader.Column> columns, Supplier<JdbcTable> jdbcTableLookup) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.jdbcTableLookup = jdbcTableLookup;
    }

    private synchronized JdbcTable jdbcTable() {
        if (jdbcTable == null) {
            jdbcTable = jdbcTableLookup.get();
            if (jdbcTable == null) {
                throw KuzuException.catalog(name + " does not exist in catalog.");
            }
        }
        return jdbcTable;
    }

    String name() {
        return name;
    }

    /** The first column whose type Kùzu cannot represent, described for an error message. */
    Optional<String> unsupportedColumn() {
        return columns.stream().filter(c -> c.type().isEmpty()).findFirst()
                .map(c -> "Column " + c.name() + " of table " + name + " has PostgreSQL type " + c.pgType()
                        + ", which is not supported.");
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        unsupportedColumn().ifPresent(problem -> {
            throw KuzuException.binder(problem);
        });
        RelDataTypeFactory.Builder builder = typeFactory.builder();
        for (PgCatalogReader.Column column : columns) {
            builder.add(column.name(), KuzuTypes.toRel(column.type().orElseThrow()));
        }
        return builder.build();
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        // The scan takes its row type from relOptTable, built from getRowType above.
        return jdbcTable().toRel(context, relOptTable);
    }

    @Override
    public <C> C unwrap(Class<C> aClass) {
        if (aClass.isAssignableFrom(JdbcTable.class)) {
            return aClass.cast(jdbcTable());
        }
        return super.unwrap(aClass);
    }
}
