package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Optional;

/** Reading clauses in order, then an optional RETURN. */
public record SingleQuery(List<Clause> clauses, Optional<Clause.Projection> returnClause) {
}
