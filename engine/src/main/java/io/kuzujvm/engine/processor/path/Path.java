package io.kuzujvm.engine.processor.path;

/**
 * A path found by a recursive pattern: its nodes from the source to the end (offsets in the
 * pattern's node table), the rels between them, and whether each rel was followed in its own
 * direction (from its source to its destination).
 */
public record Path(long[] nodes, long[] rels, boolean[] forward) {

    public long end() {
        return nodes[nodes.length - 1];
    }

    public int length() {
        return rels.length;
    }
}
