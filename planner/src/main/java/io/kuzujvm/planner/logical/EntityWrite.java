package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.TableEntry;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;

/**
 * A plan node that writes one node or rel per input row (CREATE, MERGE): its table, and for a
 * rel the node-table pair and the fields of its source and destination nodes (-1 for a node).
 */
public abstract class EntityWrite extends SingleRel {

    private final TableEntry table;
    private final int pair;
    private final int sourceField;
    private final int destinationField;

    EntityWrite(RelOptCluster cluster, RelTraitSet traits, RelNode input, TableEntry table, int pair,
                int sourceField, int destinationField) {
        super(cluster, traits, input);
        this.table = table;
        this.pair = pair;
        this.sourceField = sourceField;
        this.destinationField = destinationField;
    }

    public TableEntry table() {
        return table;
    }

    public int pair() {
        return pair;
    }

    public int sourceField() {
        return sourceField;
    }

    public int destinationField() {
        return destinationField;
    }
}
