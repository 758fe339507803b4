package io.kuzujvm.pg;

import org.apache.calcite.adapter.jdbc.JdbcTableScan;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.metadata.RelColumnOrigin;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A pushed-down query that reads one table through projections and filters only (no join,
 * aggregate, sort or limit), so that it can be split into ranges of the table's pages: each
 * range is the same SELECT with {@code ctid >= '(first,0)' AND ctid < '(end,0)'} added to its
 * WHERE, which PostgreSQL 14+ runs as a TID range scan.
 */
final class PgTableScanSql {

    private static final SqlParserPos POS = SqlParserPos.ZERO;

    private final String schema;
    private final String table;
    private final Set<String> filteredColumns;
    private final SqlSelect select;

    private PgTableScanSql(String schema, String table, Set<String> filteredColumns, SqlSelect select) {
        this.schema = schema;
        this.table = table;
        this.filteredColumns = Set.copyOf(filteredColumns);
        this.select = select;
    }

    /** The plain table scan a pushed-down subtree is, if it is one. */
    static Optional<PgTableScanSql> of(RelNode pushedDown) {
        Set<String> filteredColumns = new LinkedHashSet<>();
        RelNode rel = pushedDown;
        RelMetadataQuery metadata = pushedDown.getCluster().getMetadataQuery();
        while (rel instanceof Project || rel instanceof Filter) {
            if (rel instanceof Project project && project.containsOver()) {
                return Optional.empty();
            }
            if (rel instanceof Filter filter) {
                for (int input : RelOptUtil.InputFinder.bits(filter.getCondition())) {
                    Set<RelColumnOrigin> origins = metadata.getColumnOrigins(filter.getInput(), input);
                    if (origins == null) {
                        return Optional.empty();
                    }
                    for (RelColumnOrigin origin : origins) {
                        filteredColumns.add(origin.getOriginTable().getRowType().getFieldNames()
                                .get(origin.getOriginColumnOrdinal()));
                    }
                }
            }
            rel = rel.getInput(0);
        }
        if (!(rel instanceof JdbcTableScan scan)) {
            return Optional.empty();
        }
        SqlSelect select = PgAttachedDatabase.implement(pushedDown).asSelect();
        if (!readsTable(select)) {
            return Optional.empty();
        }
        return Optional.of(new PgTableScanSql(scan.jdbcTable.jdbcSchemaName, scan.jdbcTable.jdbcTableName,
                filteredColumns, select));
    }

    String schema() {
        return schema;
    }

    String table() {
        return table;
    }

    /** The columns the pushed WHERE reads (empty when there is none). */
    Set<String> filteredColumns() {
        return filteredColumns;
    }

    /** The SQL restricted to pages [first, end); end -1: to the end of the table. */
    String sqlForPages(long first, long end) {
        SqlNode range = ctid(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, first);
        if (end >= 0) {
            range = SqlStdOperatorTable.AND.createCall(POS, range, ctid(SqlStdOperatorTable.LESS_THAN, end));
        }
        return withRange(select, range).toSqlString(PgDialect.INSTANCE).getSql();
    }

    // PostgreSQL reads the untyped literal as a tid, the type of the ctid it is compared with.
    private static SqlNode ctid(SqlBinaryOperator operator, long page) {
        return operator.createCall(POS, new SqlIdentifier("ctid", POS), SqlLiteral.createCharString("(" + page + ",0)", POS));
    }

    // Calcite writes nested SELECTs for some stacks of projections and filters
    // (SELECT ... FROM (SELECT ... FROM t) AS t WHERE ...): ctid is only visible in the
    // innermost one, the one that reads the table.

    private static boolean readsTable(SqlSelect select) {
        SqlNode from = unaliased(select.getFrom());
        return from instanceof SqlIdentifier || from instanceof SqlSelect inner && readsTable(inner);
    }

    /** A copy of the SELECT whose innermost WHERE also holds {@code range}; the original stays as it is. */
    private static SqlSelect withRange(SqlSelect select, SqlNode range) {
        SqlSelect copy = (SqlSelect) select.clone(POS);
        SqlNode from = copy.getFrom();
        if (unaliased(from) instanceof SqlSelect inner) {
            SqlSelect rangedInner = withRange(inner, range);
            if (from instanceof SqlBasicCall alias) {
                SqlBasicCall rangedAlias = (SqlBasicCall) alias.clone(POS);
                rangedAlias.setOperand(0, rangedInner);
                copy.setFrom(rangedAlias);
            } else {
                copy.setFrom(rangedInner);
            }
        } else {
            SqlNode where = copy.getWhere();
            copy.setWhere(where == null ? range : SqlStdOperatorTable.AND.createCall(POS, where, range));
        }
        return copy;
    }

    private static SqlNode unaliased(SqlNode from) {
        return from != null && from.getKind() == SqlKind.AS ? ((SqlBasicCall) from).operand(0) : from;
    }
}
