package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/**
 * A node of a Parquet schema as Kùzu reads it: a primitive column, a struct, or a repeated
 * node (a LIST, or a MAP of key-value structs). Definition levels count the optional and
 * repeated nodes from the root down to and including this one; repetition levels the repeated ones.
 */
sealed interface ParquetField {

    LogicalType type();

    /** The leftmost primitive column below: its levels tell whether this node is null, empty or present. */
    Leaf firstLeaf();

    /** The primitive columns below, left to right. */
    default List<Leaf> leaves() {
        if (this instanceof Leaf leaf) {
            return List.of(leaf);
        }
        if (this instanceof Struct struct) {
            return struct.children().stream().flatMap(child -> child.leaves().stream()).toList();
        }
        return ((Repeated) this).element().leaves();
    }

    /** A primitive column; a value is present where the definition level reaches {@code maxDef}. */
    record Leaf(int column, int maxDef, int maxRep, ParquetMetadata.SchemaElement element, ParquetLeafType leafType)
            implements ParquetField {

        @Override
        public LogicalType type() {
            return leafType.type();
        }

        @Override
        public Leaf firstLeaf() {
            return this;
        }
    }

    /** A group of named fields; null where an optional group's definition level is below {@code def}. */
    record Struct(List<String> names, List<ParquetField> children, int def, boolean nullable)
            implements ParquetField {

        @Override
        public LogicalType type() {
            return LogicalType.struct(names, children.stream().map(ParquetField::type).toList());
        }

        @Override
        public Leaf firstLeaf() {
            return children.get(0).firstLeaf();
        }
    }

    /**
     * A repeated node: a list of its element. A definition level of {@code def - 1} is an empty
     * list and lower is a null list; repetition level {@code rep} starts another element.
     */
    record Repeated(ParquetField element, int def, int rep, boolean map) implements ParquetField {

        @Override
        public LogicalType type() {
            if (map) {
                LogicalType entry = element.type();
                return LogicalType.map(entry.children().get(0), entry.children().get(1));
            }
            return LogicalType.list(element.type());
        }

        @Override
        public Leaf firstLeaf() {
            return element.firstLeaf();
        }
    }
}
