package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.csv.CsvFiles;
import io.kuzujvm.engine.csv.CsvOptions;
import io.kuzujvm.engine.csv.CsvSchema;
import io.kuzujvm.engine.csv.CsvSniffer;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.ast.Expression;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plans scans of files (LOAD FROM 'file', COPY ... FROM 'file'). */
public final class FileScanPlanner {

    private FileScanPlanner() {
    }

    /**
     * A leaf that reads the files. {@code columnTypes} fixes the columns (COPY into a table),
     * or is empty to detect them (LOAD FROM). For a table, SERIAL columns are not in the files:
     * the result has them as NULLs (the table's sequence fills them).
     */
    public static RelNode plan(PlanContext context, List<String> paths, Map<String, Expression> options,
                               Optional<List<Property>> columnTypes) {
        for (String path : paths) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".parquet") || lower.endsWith(".npy") || lower.endsWith(".json")
                    || lower.endsWith(".gz") || lower.endsWith(".zst")) {
                CsvFiles.expand(List.of(path));
                throw KuzuException.notImplemented("Reading " + lower.substring(lower.lastIndexOf('.') + 1)
                        + " files");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> option : options.entrySet()) {
            values.put(option.getKey(), literal(option.getKey(), option.getValue()));
        }
        CsvOptions csvOptions = CsvOptions.parse(values);
        List<String> files = CsvFiles.expand(paths);
        if (columnTypes.isEmpty()) {
            CsvSchema schema = CsvSniffer.sniff(files, csvOptions, Optional.empty(), Optional.empty());
            return new FileScan(context.cluster(), files, schema);
        }
        List<Property> properties = columnTypes.get();
        List<String> names = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        for (Property property : properties) {
            if (property.type().id() != TypeId.SERIAL) {
                names.add(property.name());
                types.add(property.type());
            }
        }
        CsvSchema schema = CsvSniffer.sniff(files, csvOptions, Optional.of(names), Optional.of(types));
        FileScan scan = new FileScan(context.cluster(), files, schema);
        if (names.size() == properties.size()) {
            return scan;
        }
        RelBuilder builder = context.relBuilder();
        builder.push(scan);
        List<RexNode> columns = new ArrayList<>();
        int field = 0;
        for (Property property : properties) {
            columns.add(property.type().id() == TypeId.SERIAL
                    ? builder.getRexBuilder().makeNullLiteral(KuzuTypes.toRel(property.type()))
                    : builder.field(field++));
        }
        builder.project(columns, properties.stream().map(Property::name).toList(), true);
        return builder.build();
    }

    private static Object literal(String name, Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            return literal.value();
        }
        if (expression instanceof Expression.ListLiteral list) {
            List<Object> values = new ArrayList<>();
            for (Expression element : list.elements()) {
                values.add(literal(name, element));
            }
            return values;
        }
        throw KuzuException.binder("The value of option " + name + " must be a literal.");
    }
}
