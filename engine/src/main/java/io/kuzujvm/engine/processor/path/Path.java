package io.kuzujvm.engine.processor.path;

/**
 * A path found by a recursive pattern, as a view over a search's working arrays (valid only while
 * the search reports it): its first {@code length + 1} nodes from the source to the end (as the
 * search names them), the {@code length} rels between them, whether each rel was followed in its
 * own direction (from its source to its destination), and its cost (the sum of its rels' weights
 * for a weighted search, else its length).
 */
public record Path(long[] nodes, long[] rels, boolean[] forward, int length, double cost) {

    /** An unweighted path: its cost is its length. */
    public Path(long[] nodes, long[] rels, boolean[] forward, int length) {
        this(nodes, rels, forward, length, length);
    }

    public long end() {
        return nodes[length];
    }
}
