package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.npy.NpyFile;
import io.kuzujvm.engine.npy.NpyScanOperator;
import io.kuzujvm.engine.types.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds a scan of .npy files: each file is one column (column0, column1, ... in LOAD FROM). */
final class NpyScanPlanner {

    private NpyScanPlanner() {
    }

    /** {@code columns}: a COPY's table columns, one per file, each file checked against its column's type. */
    static FileScan scan(PlanContext context, List<String> files, Set<String> options,
                         Optional<List<Property>> columns) {
        FileScanPlanner.onlyIgnoreErrors(options, "numpy");
        List<NpyFile> npyFiles = files.stream().map(NpyFile::open).toList();
        List<String> names = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        if (columns.isEmpty()) {
            for (int i = 0; i < npyFiles.size(); i++) {
                names.add("column" + i);
                types.add(npyFiles.get(i).columnType());
            }
        } else {
            FileScanPlanner.checkColumnCount(columns.get().size(), npyFiles.size());
            for (int i = 0; i < npyFiles.size(); i++) {
                Property column = columns.get().get(i);
                npyFiles.get(i).validate(column.type(), npyFiles.get(0).numRows());
                names.add(column.name());
                types.add(column.type());
            }
        }
        return new FileScan(context.cluster(), files, names, types, database -> new NpyScanOperator(npyFiles, types));
    }
}
