package io.kuzujvm.planner;

import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: runs Cypher on a session and renders each result row as Kùzu prints it, columns joined by '|'. */
public final class ResultRows {

    private ResultRows() {
    }

    public static List<String> of(Session session, String cypher) {
        return of(session, cypher, Map.of());
    }

    public static List<String> of(Session session, String cypher, Map<String, Object> parameters) {
        List<String> rows = new ArrayList<>();
        try (QueryResult result = session.execute(cypher, parameters)) {
            DataChunk chunk;
            while ((chunk = result.nextChunk()) != null) {
                DataChunk current = chunk;
                current.selection().forEach(pos -> {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < current.numColumns(); c++) {
                        values.add(ValueFormatter.format(current.vector(c).getValue(pos), result.columnTypes().get(c)));
                    }
                    rows.add(String.join("|", values));
                });
            }
        }
        return rows;
    }
}
