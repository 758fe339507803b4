package io.kuzujvm.planner.lower;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.processor.CreateNodesOperator;
import io.kuzujvm.engine.processor.CreateRelsOperator;
import io.kuzujvm.engine.processor.DeleteEntitiesOperator;
import io.kuzujvm.engine.processor.MergeNodesOperator;
import io.kuzujvm.engine.processor.MergeRelsOperator;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.processor.SetPropertiesOperator;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.planner.logical.CreateEntities;
import io.kuzujvm.planner.logical.DeleteEntities;
import io.kuzujvm.planner.logical.MergeEntities;
import io.kuzujvm.planner.logical.SetProperties;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;

import java.util.ArrayList;
import java.util.List;

/** Lowers the plan nodes of CREATE, MERGE, SET and DELETE to operators over the writer's tables. */
final class UpdateLowering {

    private final Database database;

    UpdateLowering(Database database) {
        this.database = database;
    }

    static boolean handles(RelNode rel) {
        return rel instanceof CreateEntities || rel instanceof MergeEntities || rel instanceof SetProperties
                || rel instanceof DeleteEntities;
    }

    /** The operator of an update node over its already lowered input. */
    PhysicalOperator lower(SingleRel rel, PhysicalOperator input) {
        if (rel instanceof CreateEntities create) {
            if (create.table() instanceof RelTableEntry relTable) {
                return new CreateRelsOperator(input, database.relTable(relTable.name()), create.pair(),
                        create.sourceField(), create.destinationField());
            }
            return new CreateNodesOperator(input, database.nodeTable(create.table().name()));
        }
        if (rel instanceof MergeEntities merge) {
            int[] match = merge.matchProperties().stream().mapToInt(Integer::intValue).toArray();
            if (merge.table() instanceof RelTableEntry relTable) {
                return new MergeRelsOperator(input, database.relTable(relTable.name()), merge.pair(),
                        merge.sourceField(), merge.destinationField(), match);
            }
            return new MergeNodesOperator(input, database.nodeTable(merge.table().name()), match);
        }
        if (rel instanceof SetProperties set) {
            return setProperties(set, input);
        }
        return delete((DeleteEntities) rel, input);
    }

    private PhysicalOperator setProperties(SetProperties set, PhysicalOperator input) {
        RexCompiler compiler = new RexCompiler(input.outputTypes(), database);
        List<SetPropertiesOperator.Assignment> assignments = new ArrayList<>();
        for (SetProperties.Assignment a : set.assignments()) {
            TableEntry table = a.table();
            SetPropertiesOperator.PropertyWriter writer = table instanceof RelTableEntry
                    ? database.relTable(table.name())::update : database.nodeTable(table.name())::update;
            assignments.add(new SetPropertiesOperator.Assignment(writer,
                    table.name() + "." + table.properties().get(a.property()).name(), a.idField(), a.property(),
                    a.propertyField(), compiler.compile(a.value()),
                    a.condition() == null ? null : compiler.compile(a.condition()), a.packed() ? table.tableId() : -1));
        }
        return new SetPropertiesOperator(input, assignments);
    }

    private PhysicalOperator delete(DeleteEntities delete, PhysicalOperator input) {
        List<DeleteEntitiesOperator.Target> targets = new ArrayList<>();
        for (DeleteEntities.Target target : delete.targets()) {
            long packedTable = target.packed() ? target.table().tableId() : -1;
            if (target.table() instanceof RelTableEntry rel) {
                targets.add(new DeleteEntitiesOperator.RelTarget(database.relTable(rel.name()), target.idField(),
                        packedTable));
            } else {
                NodeTable table = database.nodeTable(target.table().name());
                targets.add(new DeleteEntitiesOperator.NodeTarget(table, target.idField(), packedTable,
                        relLists((NodeTableEntry) target.table()), target.detach()));
            }
        }
        return new DeleteEntitiesOperator(input, targets);
    }

    /** Every rel list a node of the table can be in: each connection from it (forward) and to it (backward). */
    private List<DeleteEntitiesOperator.RelList> relLists(NodeTableEntry nodeTable) {
        List<DeleteEntitiesOperator.RelList> lists = new ArrayList<>();
        for (TableEntry entry : database.catalog().tables()) {
            if (entry instanceof RelTableEntry rel) {
                RelTable relTable = database.relTable(rel.name());
                for (int p = 0; p < rel.connections().size(); p++) {
                    if (rel.connections().get(p).from().equals(nodeTable)) {
                        lists.add(new DeleteEntitiesOperator.RelList(relTable, p, RelTable.Direction.FORWARD));
                    }
                    if (rel.connections().get(p).to().equals(nodeTable)) {
                        lists.add(new DeleteEntitiesOperator.RelList(relTable, p, RelTable.Direction.BACKWARD));
                    }
                }
            }
        }
        return lists;
    }
}
