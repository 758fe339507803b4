package io.kuzujvm.planner.extension;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.PhysicalOperator;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * A database attached with ATTACH: its tables as Calcite tables in its own convention,
 * the rules that push work into it, and how to run a pushed-down subtree.
 */
public interface AttachedDatabase extends AutoCloseable {

    /** The error for a statement that would write to a table of an attached database. */
    static KuzuException readOnlyError(String alias, String table) {
        return new KuzuException(KuzuException.Kind.BINDER, "25006", "Cannot write to table " + table
                + " of attached database " + alias + ": the attachment is read-only.", null);
    }

    String alias();

    /** The database type as SHOW_TABLES prints it, e.g. POSTGRES. */
    String dbTypeName();

    /** Finds a table by name (case-insensitive), from the schema cache. */
    Optional<Table> table(String name);

    /** Table names, for SHOW_TABLES. */
    List<String> tableNames();

    /** The convention of this database's relational operators (work it evaluates itself). */
    Convention convention();

    /** Rules that move filters, projections and limits into this database's convention. */
    List<RelOptRule> pushdownRules();

    /** An engine operator that runs a subtree of this database's convention and streams its rows. */
    PhysicalOperator createScan(RelNode pushedDown);

    /** Drops cached schema information so it is read again. */
    void clearCache();

    @Override
    void close();
}
