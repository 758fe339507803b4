package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;

import java.util.List;

/**
 * One logical change in the write-ahead log or a checkpoint file. A transaction is the
 * records up to and including a {@link Commit}; replay applies only committed ones.
 */
public sealed interface LogRecord {

    /** A node table with its full definition and the id it had. */
    record CreateNodeTable(long tableId, String name, List<Property> properties, int primaryKeyIndex)
            implements LogRecord {
    }

    /** A rel table; its node-table pairs by name. */
    record CreateRelTable(long tableId, String name, List<Connection> connections, List<Property> properties,
                          RelTableEntry.Multiplicity multiplicity) implements LogRecord {
    }

    /** One FROM/TO pair of a rel table, by node-table name. */
    record Connection(String from, String to) {
    }

    record DropTable(String name) implements LogRecord {
    }

    /** Rows appended to a node table, each one value per property in table order. */
    record NodeRows(String table, List<Object[]> rows) implements LogRecord {
    }

    /** Rels appended to a rel table. */
    record RelRows(String table, List<Rel> rels) implements LogRecord {
    }

    /** One rel: its node pair, its end nodes' offsets and its property values. */
    record Rel(int pair, long source, long destination, Object[] properties) {
    }

    /**
     * New values of one property of committed rows (node offsets or rel ids) of a node or rel
     * table: {@code values[i]} is the value of row {@code ids[i]}.
     */
    record UpdateValues(String table, int property, long[] ids, Object[] values) implements LogRecord {
    }

    /** Deletes committed rows (node offsets or rel ids) of a node or rel table. */
    record DeleteRows(String table, long[] ids) implements LogRecord {
    }

    /** Slots of deleted nodes, appended (as nulls, without keys) so that later offsets stay as they were. */
    record DeletedNodeRows(String table, int count) implements LogRecord {
    }

    /** Slots of deleted rels, appended with their ends (no properties) so that later rel ids stay as they were. */
    record DeletedRels(String table, List<RelEnds> rels) implements LogRecord {
    }

    /** The node pair and end nodes' offsets of a rel. */
    record RelEnds(int pair, long source, long destination) {
    }

    /** The catalog's next table id (so ids of dropped tables are not reused after a checkpoint). */
    record NextTableId(long id) implements LogRecord {
    }

    /**
     * ALTER TABLE: the table {@code oldName} gets a new definition (a {@link CreateNodeTable}
     * or {@link CreateRelTable} with the same id) and starts empty; its rows follow.
     */
    record ReplaceTable(String oldName, LogRecord definition) implements LogRecord {
    }

    /** A sequence with its options and state. */
    record CreateSequence(io.kuzujvm.engine.catalog.SequenceEntry sequence) implements LogRecord {
    }

    record DropSequence(String name) implements LogRecord {
    }

    /** The state of a sequence after nextval. */
    record SequenceState(String name, long currentValue, boolean used) implements LogRecord {
    }

    /** A scalar macro with its parameters and body. */
    record CreateMacro(io.kuzujvm.engine.catalog.MacroEntry macro) implements LogRecord {
    }

    record DropMacro(String name) implements LogRecord {
    }

    /** COMMENT ON TABLE: the table's comment (empty when it has none). */
    record CommentOnTable(String table, String comment) implements LogRecord {
    }

    /** Ends a transaction. */
    record Commit() implements LogRecord {
    }
}
