package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.Expression;
import org.apache.calcite.rel.RelNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans scans of files (LOAD FROM 'file', COPY ... FROM 'file'). */
public final class FileScanPlanner {

    private FileScanPlanner() {
    }

    /**
     * A leaf that reads the files. {@code columnTypes} fixes the columns (COPY into a table),
     * or is empty to detect them (LOAD FROM).
     */
    public static RelNode plan(PlanContext context, List<String> paths, Map<String, Expression> options,
                               Optional<List<io.kuzujvm.engine.catalog.Property>> columnTypes) {
        throw KuzuException.notImplemented("Reading files");
    }
}
