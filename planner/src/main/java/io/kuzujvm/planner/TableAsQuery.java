package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.ast.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table definition CREATE ... TABLE t AS query derives from the query's columns. */
final class TableAsQuery {

    private TableAsQuery() {
    }

    /** A node table whose first column is the primary key. */
    static Statement.CreateNodeTable nodeTable(Statement.CreateNodeTableAs create, List<String> names,
                                               List<LogicalType> types) {
        List<Statement.ColumnDefinition> columns = columns(names, types, 0);
        return new Statement.CreateNodeTable(create.name(), false, columns,
                Optional.of(columns.get(0).name()));
    }

    /** A rel table of one FROM/TO pair; the query's first two columns are the rels' ends. */
    static Statement.CreateRelTable relTable(Statement.CreateRelTableAs create, List<String> names,
                                             List<LogicalType> types) {
        if (create.connections().size() > 1) {
            throw KuzuException.binder("Multiple FROM/TO pairs are not supported for CREATE REL TABLE AS.");
        }
        return new Statement.CreateRelTable(create.name(), false, create.connections(), columns(names, types, 2),
                Optional.empty(), Map.of());
    }

    /** Columns from {@code first} on; a column named {@code a.x} (RETURN a.x) becomes the property x. */
    private static List<Statement.ColumnDefinition> columns(List<String> names, List<LogicalType> types, int first) {
        List<Statement.ColumnDefinition> columns = new ArrayList<>();
        for (int i = first; i < names.size(); i++) {
            String name = names.get(i).substring(names.get(i).lastIndexOf('.') + 1);
            columns.add(new Statement.ColumnDefinition(name, types.get(i).toString(), Optional.empty(), false));
        }
        return columns;
    }
}
