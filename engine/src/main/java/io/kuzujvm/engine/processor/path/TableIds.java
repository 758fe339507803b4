package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.types.InternalId;

import java.util.Map;

/**
 * How a search names its nodes (or rels): by offset in their one table on the single-table fast
 * path, or by id packed with the table ({@link InternalId#packed()}) when walks cross tables.
 */
public final class TableIds<T> {

    private final Map<Long, T> tables;
    /** The one table of offsets, or -1 for packed ids. */
    private final long onlyTable;

    private TableIds(Map<Long, T> tables, long onlyTable) {
        this.tables = Map.copyOf(tables);
        this.onlyTable = onlyTable;
    }

    /** Ids are offsets in one table. */
    public static <T> TableIds<T> offsetsIn(long tableId, T table) {
        return new TableIds<>(Map.of(tableId, table), tableId);
    }

    /** Ids are packed with their table, one of {@code tables} (by table id). */
    public static <T> TableIds<T> packed(Map<Long, T> tables) {
        return new TableIds<>(tables, -1);
    }

    public boolean isPacked() {
        return onlyTable < 0;
    }

    public InternalId id(long id) {
        return isPacked() ? InternalId.unpack(id) : new InternalId(onlyTable, id);
    }

    public T table(InternalId id) {
        return tables.get(id.tableId());
    }
}
