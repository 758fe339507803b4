package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.planner.binder.ExpressionBinder;
import io.kuzujvm.planner.binder.Scope;
import io.kuzujvm.planner.parser.StatementParser;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;

/** The value a new row gets in a column nobody gave a value: its DEFAULT, else NULL. */
final class ColumnDefaults {

    private ColumnDefaults() {
    }

    static RexNode of(Property property, ExpressionBinder binder, RexBuilder rexBuilder) {
        if (property.defaultExpression() == null) {
            return rexBuilder.makeNullLiteral(KuzuTypes.toRel(property.type()));
        }
        RexNode value = binder.bind(new StatementParser().parseExpression(property.defaultExpression()), new Scope());
        RelDataType type = KuzuTypes.toRel(property.type());
        // DEFAULT 0 of a DOUBLE column: the value takes the column's type.
        return KuzuTypes.toLogical(value.getType()).equals(property.type()) ? value
                : rexBuilder.makeCast(type, value, true, false);
    }
}
