package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.parquet.ParquetFile;
import io.kuzujvm.engine.parquet.ParquetScanOperator;
import io.kuzujvm.engine.types.LogicalType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds a scan of Parquet files: the columns of the first file, which every other file must repeat. */
final class ParquetScanPlanner {

    private ParquetScanPlanner() {
    }

    /**
     * {@code columns}: a COPY's table columns (matched by position, the values cast to their types)
     * or LOAD WITH HEADERS' declared columns ({@code declared}: their types must be the file's, up
     * to the case of STRUCT field names).
     */
    static FileScan scan(PlanContext context, List<String> files, Set<String> options,
                         Optional<List<Property>> columns, boolean declared) {
        FileScanPlanner.onlyIgnoreErrors(options, "Parquet");
        List<String> names;
        List<LogicalType> types;
        try (ParquetFile first = ParquetFile.open(files.get(0))) {
            names = first.names();
            types = first.types();
        }
        for (String path : files.subList(1, files.size())) {
            try (ParquetFile file = ParquetFile.open(path)) {
                checkSameColumns(names, types, file.types());
            }
        }
        List<LogicalType> outputTypes = types;
        if (columns.isPresent()) {
            List<Property> expected = columns.get();
            FileScanPlanner.checkColumnCount(expected.size(), types.size());
            for (int i = 0; declared && i < expected.size(); i++) {
                if (!sameType(expected.get(i).type(), types.get(i))) {
                    throw KuzuException.binder(expected.get(i).name() + " has data type " + types.get(i) + " but "
                            + expected.get(i).type() + " was expected.");
                }
            }
            names = expected.stream().map(Property::name).toList();
            outputTypes = expected.stream().map(Property::type).toList();
        }
        List<LogicalType> fileTypes = types;
        List<LogicalType> scanTypes = outputTypes;
        return new FileScan(context.cluster(), files, names, scanTypes,
                database -> new ParquetScanOperator(files, fileTypes, scanTypes));
    }

    private static void checkSameColumns(List<String> names, List<LogicalType> expected, List<LogicalType> found) {
        FileScanPlanner.checkColumnCount(expected.size(), found.size());
        for (int i = 0; i < expected.size(); i++) {
            if (!sameType(expected.get(i), found.get(i))) {
                throw KuzuException.binder("Column `" + names.get(i) + "` type mismatch. Expected " + expected.get(i)
                        + " but got " + found.get(i) + ".");
            }
        }
    }

    /** Types match regardless of the case of STRUCT field names, as Kùzu compares them. */
    private static boolean sameType(LogicalType a, LogicalType b) {
        return a.toString().equalsIgnoreCase(b.toString());
    }
}
