package io.kuzujvm.planner.rules;

import io.kuzujvm.planner.logical.ColumnAppendingRel;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the conjuncts of a filter that read only the input columns of an Extend,
 * RecursiveExtend or Unwind below it, so a pattern is filtered at its start node instead of
 * after every step.
 */
public final class FilterBelowAppendingRule extends RelOptRule {

    public static final FilterBelowAppendingRule INSTANCE = new FilterBelowAppendingRule();

    private FilterBelowAppendingRule() {
        super(operand(Filter.class, operand(RelNode.class, any())), "FilterBelowAppendingRule");
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
        return call.rel(1) instanceof ColumnAppendingRel;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        Filter filter = call.rel(0);
        RelNode appending = call.rel(1);
        RelNode input = appending.getInput(0);
        int inputWidth = input.getRowType().getFieldCount();
        List<RexNode> below = new ArrayList<>();
        List<RexNode> above = new ArrayList<>();
        for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
            boolean inputOnly = RelOptUtil.InputFinder.bits(conjunct).asList().stream().allMatch(i -> i < inputWidth);
            (inputOnly && RexUtil.isDeterministic(conjunct) ? below : above).add(conjunct);
        }
        if (below.isEmpty()) {
            return;
        }
        RelBuilder builder = call.builder();
        RelNode filteredInput = builder.push(input).filter(below).build();
        builder.push(appending.copy(appending.getTraitSet(), List.of(filteredInput)));
        if (!above.isEmpty()) {
            builder.filter(above);
        }
        call.transformTo(builder.build());
    }
}
