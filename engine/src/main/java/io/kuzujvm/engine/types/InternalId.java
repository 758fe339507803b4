package io.kuzujvm.engine.types;

/** An INTERNAL_ID returned as a value: the table id and the offset in the table, printed {@code 0:5}. */
public record InternalId(long tableId, long offset) implements Comparable<InternalId> {

    /** Bits of the offset in an id packed into a long (an INTERNAL_ID vector holds packed ids). */
    private static final int OFFSET_BITS = 48;

    /** The id packed into a long: table id above the offset. Offsets of table 0 pack to themselves. */
    public long packed() {
        return tableId << OFFSET_BITS | offset;
    }

    public static InternalId unpack(long packed) {
        return new InternalId(packed >>> OFFSET_BITS, packed & ((1L << OFFSET_BITS) - 1));
    }

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
