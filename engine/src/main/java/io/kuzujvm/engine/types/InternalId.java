package io.kuzujvm.engine.types;

/** An INTERNAL_ID returned as a value: the table id and the offset in the table, printed {@code 0:5}. */
public record InternalId(long tableId, long offset) implements Comparable<InternalId> {

    @Override
    public int compareTo(InternalId other) {
        int byTable = Long.compare(tableId, other.tableId);
        return byTable != 0 ? byTable : Long.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return tableId + ":" + offset;
    }
}
