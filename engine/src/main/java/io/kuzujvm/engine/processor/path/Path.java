package io.kuzujvm.engine.processor.path;

/**
 * A path found by a recursive pattern, as a view over a search's working arrays (valid only while
 * the search reports it): its first {@code length + 1} nodes from the source to the end (offsets
 * in the pattern's node table), the {@code length} rels between them, and whether each rel was
 * followed in its own direction (from its source to its destination).
 */
public record Path(long[] nodes, long[] rels, boolean[] forward, int length) {

    public long end() {
        return nodes[length];
    }
}
