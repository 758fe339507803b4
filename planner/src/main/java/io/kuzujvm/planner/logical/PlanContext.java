package io.kuzujvm.planner.logical;

import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.tools.RelBuilder;

/** The Calcite cluster and builder for planning one statement. */
public final class PlanContext {

    private final RelOptCluster cluster;
    private final RelBuilder relBuilder;

    public PlanContext() {
        // The cluster's planner only anchors the tree (optimization runs its own Hep programs).
        // It must know the convention trait, or operators of attached databases would lose theirs.
        VolcanoPlanner anchor = new VolcanoPlanner();
        anchor.addRelTraitDef(ConventionTraitDef.INSTANCE);
        // Constant expressions are left to our engine: Calcite's own executor would evaluate
        // them with SQL semantics (a cast of '[a,b]' to STRING[], Kùzu's functions) or fail.
        anchor.setExecutor((rexBuilder, constants, reduced) -> reduced.addAll(constants));
        this.cluster = RelOptCluster.create(anchor, new RexBuilder(KuzuTypes.typeFactory()));
        this.relBuilder = RelBuilder.proto(Contexts.empty()).create(cluster, null);
    }

    public RelOptCluster cluster() {
        return cluster;
    }

    public RelBuilder relBuilder() {
        return relBuilder;
    }
}
