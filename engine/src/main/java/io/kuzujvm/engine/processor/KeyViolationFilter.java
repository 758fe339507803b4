package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.csv.CsvWarning;
import io.kuzujvm.engine.csv.CsvWarnings;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.HashSet;
import java.util.Set;

/**
 * COPY ... (IGNORE_ERRORS=true) into a node table: rows whose primary key is NULL or already
 * taken (by the table or an earlier row of the copy) are left out and recorded as warnings,
 * with Kùzu's messages, instead of failing the copy.
 */
final class KeyViolationFilter {

    private final NodeTable table;
    private final CsvWarnings warnings;
    private final long queryId;

    KeyViolationFilter(NodeTable table, CsvWarnings warnings) {
        this.table = table;
        this.warnings = warnings;
        this.queryId = warnings.nextQueryId();
    }

    /** The chunk without its violating rows. */
    DataChunk keep(DataChunk chunk) {
        int keyColumn = table.entry().primaryKeyIndex();
        if (table.entry().primaryKey().type().id() == TypeId.SERIAL) {
            return chunk;
        }
        ValueVector keys = chunk.vector(keyColumn);
        RoaringBitmap kept = new RoaringBitmap();
        // Keys of earlier chunks are in the table by now; those of this chunk are not yet.
        Set<Object> chunkKeys = new HashSet<>();
        chunk.selection().forEach(pos -> {
            if (keys.isNull(pos)) {
                skip("Found NULL, which violates the non-null constraint of the primary key column.");
                return;
            }
            Object key = keys.getValue(pos);
            if (!chunkKeys.add(key) || table.lookupPrimaryKey(key) != null) {
                skip("Found duplicated primary key value " + ValueFormatter.format(key, keys.type())
                        + ", which violates the uniqueness constraint of the primary key column.");
                return;
            }
            kept.add(pos);
        });
        return chunk.withSelection(Selection.of(kept));
    }

    private void skip(String message) {
        warnings.add(new CsvWarning(queryId, message, "", 0, ""));
    }
}
