package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.InternalId;

/** Reading the id columns of the update operators: plain offsets, or ids packed with their table. */
final class EntityIds {

    private EntityIds() {
    }

    /**
     * The offset of an id in a table: the id itself when {@code packedTable} is -1 (a column of one
     * table's offsets), else the packed id's offset if it is of that table, or -1 if it is not.
     */
    static long offsetIn(long id, long packedTable) {
        if (packedTable < 0) {
            return id;
        }
        InternalId unpacked = InternalId.unpack(id);
        return unpacked.tableId() == packedTable ? unpacked.offset() : -1;
    }
}
