package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.function.BoundTableFunction;
import io.kuzujvm.planner.function.TableFunction;

import java.util.List;

/**
 * SQL_QUERY('alias', 'SELECT ...'): runs a query of the user's in the attached PostgreSQL
 * database, in a READ ONLY transaction, so anything that is not a read fails there.
 */
final class SqlQueryFunction implements TableFunction {

    @Override
    public String name() {
        return "sql_query";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (arguments.size() != 2 || !(arguments.get(0) instanceof String alias)
                || !(arguments.get(1) instanceof String sql)) {
            throw KuzuException.binder("SQL_QUERY takes two STRING arguments: the database name and the query.");
        }
        AttachedDatabase attached = database.attachedDatabases().get(alias);
        if (!(attached instanceof PgAttachedDatabase postgres)) {
            throw KuzuException.binder("sql queries can only be executed in attached postgres.");
        }
        PgAttachedDatabase.QueryColumns columns = postgres.describe(sql);
        return new BoundTableFunction() {
            @Override
            public List<String> columnNames() {
                return columns.names();
            }

            @Override
            public List<LogicalType> columnTypes() {
                return columns.types();
            }

            @Override
            public PhysicalOperator createOperator() {
                return postgres.scan(sql, columns.types());
            }

            @Override
            public String describe() {
                return "SqlQuery(" + alias + ", " + sql + ")";
            }
        };
    }
}
