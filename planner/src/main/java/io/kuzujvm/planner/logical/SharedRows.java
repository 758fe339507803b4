package io.kuzujvm.planner.logical;

import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rows that several branches of a plan read and that must be produced once, because producing
 * them writes (the rows before a MATCH over several tables, when they come from CREATE or SET).
 * Every copy of the node keeps its id; lowering runs the input once per id and replays its rows.
 */
public final class SharedRows extends SingleRel {

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final int id;

    public SharedRows(RelNode input) {
        this(input.getTraitSet(), input, NEXT_ID.incrementAndGet());
    }

    private SharedRows(RelTraitSet traits, RelNode input, int id) {
        super(input.getCluster(), traits, input);
        this.id = id;
    }

    public int id() {
        return id;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new SharedRows(traitSet, sole(inputs), id);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("id", id);
    }
}
