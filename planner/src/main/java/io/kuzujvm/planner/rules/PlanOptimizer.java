package io.kuzujvm.planner.rules;

import io.kuzujvm.planner.extension.AttachedDatabase;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based optimization in Hep passes: first simplify the logical tree, then push
 * filters, projections and limits into attached databases (bottom-up, so each pushed
 * operator sits on an input that already runs there).
 */
public final class PlanOptimizer {

    /**
     * Logical clean-up that runs before pushdown: filters move as close to the scans as they
     * can (into joins, which turns cross products with a condition into equi-joins, and below
     * pattern steps), so a MATCH with property conditions filters at its start nodes.
     */
    private static final List<RelOptRule> LOGICAL_RULES = List.of(
            CoreRules.FILTER_MERGE,
            CoreRules.FILTER_PROJECT_TRANSPOSE,
            CoreRules.FILTER_INTO_JOIN,
            CoreRules.JOIN_CONDITION_PUSH,
            FilterBelowAppendingRule.INSTANCE,
            CoreRules.PROJECT_MERGE,
            CoreRules.PROJECT_REMOVE);

    public RelNode optimize(RelNode root, List<AttachedDatabase> attachedDatabases) {
        HepProgramBuilder program = HepProgram.builder()
                .addMatchOrder(HepMatchOrder.BOTTOM_UP)
                .addRuleCollection(LOGICAL_RULES);
        List<RelOptRule> pushdown = new ArrayList<>();
        for (AttachedDatabase attached : attachedDatabases) {
            pushdown.addAll(attached.pushdownRules());
        }
        if (!pushdown.isEmpty()) {
            program.addMatchOrder(HepMatchOrder.BOTTOM_UP).addRuleCollection(pushdown);
        }
        HepPlanner planner = new HepPlanner(program.build());
        planner.setRoot(root);
        return planner.findBestExp();
    }
}
