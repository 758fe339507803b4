package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * DELETE: per chunk, deletes the entity of each target in the rows (in target order; null ids
 * are skipped, and an entity deleted by an earlier row is not deleted again) and passes the
 * rows on. A node still having rels is an error unless the target detaches it, which deletes
 * those rels first.
 */
public final class DeleteEntitiesOperator extends RowPreservingOperator {

    /** One direction of one connection of a rel table that a node table's nodes can have rels in. */
    public record RelList(RelTable table, int pair, RelTable.Direction direction) {
    }

    /**
     * What one target deletes: a rel, or a node with the rel lists it may still be in. With
     * {@code packedTable} not -1 the ids are packed with their table and only rows of that
     * table are deleted.
     */
    public sealed interface Target {
        int idColumn();

        long packedTable();
    }

    public record RelTarget(RelTable table, int idColumn, long packedTable) implements Target {
    }

    public record NodeTarget(NodeTable table, int idColumn, long packedTable, List<RelList> relLists,
                             boolean detach) implements Target {
    }

    private static final int PAGE = 1024;

    private final List<Target> targets;

    public DeleteEntitiesOperator(PhysicalOperator child, List<Target> targets) {
        super(child);
        this.targets = List.copyOf(targets);
    }

    @Override
    public DataChunk next() {
        DataChunk chunk = child.next();
        if (chunk == null) {
            return null;
        }
        int[] positions = chunk.selection().toArray();
        for (Target target : targets) {
            ValueVector ids = chunk.vector(target.idColumn());
            for (int pos : positions) {
                long id = ids.isNull(pos) ? -1 : EntityIds.offsetIn(ids.getLong(pos), target.packedTable());
                if (id < 0) {
                    continue;
                }
                if (target instanceof RelTarget rel) {
                    rel.table().delete(id);
                } else {
                    deleteNode((NodeTarget) target, id);
                }
            }
        }
        return chunk;
    }

    private static void deleteNode(NodeTarget target, long node) {
        if (target.table().isDeleted(node)) {
            return;
        }
        for (RelList list : target.relLists()) {
            List<Long> rels = rels(list, node, target.detach() ? Integer.MAX_VALUE : 1);
            if (!rels.isEmpty() && !target.detach()) {
                throw KuzuException.runtime("Node(nodeOffset: " + node + ") has connected edges in table "
                        + list.table().entry().name() + " in the "
                        + (list.direction() == RelTable.Direction.FORWARD ? "fwd" : "bwd")
                        + " direction, which cannot be deleted. Please delete the edges first or try DETACH DELETE.");
            }
            for (long rel : rels) {
                list.table().delete(rel);
            }
        }
        target.table().delete(node);
    }

    /** Up to {@code max} rels of a node in one rel list (collected before any is deleted). */
    private static List<Long> rels(RelList list, long node, int max) {
        List<Long> rels = new ArrayList<>();
        long[] relIds = new long[PAGE];
        long[] neighbours = new long[PAGE];
        int copied;
        do {
            copied = list.table().copyRels(list.pair(), list.direction(), node, rels.size(), relIds, neighbours, 0,
                    Math.min(PAGE, max - rels.size()));
            for (int i = 0; i < copied; i++) {
                rels.add(relIds[i]);
            }
        } while (copied == PAGE && rels.size() < max);
        return rels;
    }



    @Override
    public String describe() {
        return "Delete(" + targets.stream().map(t -> t instanceof RelTarget r ? r.table().entry().name()
                : (((NodeTarget) t).detach() ? "detach " : "") + ((NodeTarget) t).table().entry().name()).toList()
                + ")";
    }
}
