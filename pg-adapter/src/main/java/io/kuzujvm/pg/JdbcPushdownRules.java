package io.kuzujvm.pg;

import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcRules;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;

import java.util.List;

/**
 * Calcite's JDBC rules for filters, projections and sort/limit, guarded so that they only
 * fire when the operator's input already runs in PostgreSQL. (In a Hep pass Calcite's own
 * rules would also wrap inputs that stay in our engine.)
 */
final class JdbcPushdownRules {

    private JdbcPushdownRules() {
    }

    static List<RelOptRule> create(JdbcConvention convention) {
        return List.of(new FilterRule(convention), new ProjectRule(convention), new SortRule(convention));
    }

    private static boolean inputRunsIn(RelOptRuleCall call, JdbcConvention convention) {
        RelNode rel = call.rel(0);
        return rel.getInputs().stream().allMatch(input -> input.getConvention() == convention);
    }

    private static final class FilterRule extends JdbcRules.JdbcFilterRule {
        private final JdbcConvention convention;

        FilterRule(JdbcConvention convention) {
            super(JdbcRules.JdbcFilterRule.create(convention).config);
            this.convention = convention;
        }

        @Override
        public boolean matches(RelOptRuleCall call) {
            return inputRunsIn(call, convention) && super.matches(call);
        }
    }

    private static final class ProjectRule extends JdbcRules.JdbcProjectRule {
        private final JdbcConvention convention;

        ProjectRule(JdbcConvention convention) {
            super(JdbcRules.JdbcProjectRule.create(convention).config);
            this.convention = convention;
        }

        @Override
        public boolean matches(RelOptRuleCall call) {
            return inputRunsIn(call, convention) && super.matches(call);
        }
    }

    private static final class SortRule extends JdbcRules.JdbcSortRule {
        private final JdbcConvention convention;

        SortRule(JdbcConvention convention) {
            super(JdbcRules.JdbcSortRule.create(convention).config);
            this.convention = convention;
        }

        @Override
        public boolean matches(RelOptRuleCall call) {
            return inputRunsIn(call, convention) && super.matches(call);
        }
    }
}
