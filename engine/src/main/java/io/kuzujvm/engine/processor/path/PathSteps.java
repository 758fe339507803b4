package io.kuzujvm.engine.processor.path;

/**
 * The single steps a recursive pattern takes from a node, and which nodes it may pass through
 * (its node filter on intermediate nodes). Nodes and rels are named as {@link #packedIds()} says.
 */
public interface PathSteps {

    /** Receives one step: the rel, the node it leads to, and whether it was followed in its own direction. */
    @FunctionalInterface
    interface StepVisitor {
        void visit(long rel, long neighbour, boolean forward);
    }

    void forEach(long node, StepVisitor visitor);

    /** Whether a path may go on from a node it reached (which thereby becomes an intermediate node). */
    boolean canPassThrough(long node);

    /**
     * Whether node and rel ids are packed with their table (walks across tables) rather than
     * offsets in one node table and one rel table.
     */
    boolean packedIds();
}
