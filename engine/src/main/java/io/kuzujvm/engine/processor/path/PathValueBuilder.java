package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the RECURSIVE_REL value of a path, {@code {_NODES: [...], _RELS: [...]}}: its
 * intermediate nodes and its rels, as NODE and REL values with the requested properties read
 * from storage (each from its own table; null where that table lacks one). Each node and rel is
 * read once per builder (paths of one query share many).
 */
public final class PathValueBuilder {

    private final TableIds<NodeTable> nodeIds;
    private final TableIds<RelTable> relIds;
    private final PropertyUnion nodeProperties;
    private final PropertyUnion relProperties;
    private final LogicalType type;
    /** Per table id, the index in the table of each requested property (-1: the table lacks it). */
    private final Map<Long, int[]> nodeColumns = new HashMap<>();
    private final Map<Long, int[]> relColumns = new HashMap<>();
    private final Map<Long, StructValue> nodes = new HashMap<>();
    private final Map<Long, StructValue> rels = new HashMap<>();

    public PathValueBuilder(TableIds<NodeTable> nodeIds, PropertyUnion nodeProperties, TableIds<RelTable> relIds,
                            PropertyUnion relProperties) {
        this.nodeIds = nodeIds;
        this.relIds = relIds;
        this.nodeProperties = nodeProperties;
        this.relProperties = relProperties;
        this.type = type(nodeProperties, relProperties);
    }

    /** The type of the values: nodes and rels with their internal fields and the chosen properties. */
    public static LogicalType type(PropertyUnion nodeProperties, PropertyUnion relProperties) {
        List<String> nodeNames = new ArrayList<>(List.of("_ID", "_LABEL"));
        List<LogicalType> nodeTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID, LogicalType.STRING));
        nodeNames.addAll(nodeProperties.names());
        nodeTypes.addAll(nodeProperties.types());
        List<String> relNames = new ArrayList<>(List.of("_SRC", "_DST", "_LABEL", "_ID"));
        List<LogicalType> relTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID, LogicalType.INTERNAL_ID,
                LogicalType.STRING, LogicalType.INTERNAL_ID));
        relNames.addAll(relProperties.names());
        relTypes.addAll(relProperties.types());
        return LogicalType.recursiveRel(LogicalType.entity(TypeId.NODE, nodeNames, nodeTypes),
                LogicalType.entity(TypeId.REL, relNames, relTypes));
    }

    public LogicalType type() {
        return type;
    }

    public StructValue build(Path path) {
        List<Object> pathNodes = new ArrayList<>();
        for (int i = 1; i < path.length(); i++) {
            pathNodes.add(nodes.computeIfAbsent(path.nodes()[i], this::node));
        }
        List<Object> pathRels = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            long from = path.nodes()[i];
            long to = path.nodes()[i + 1];
            boolean forward = path.forward()[i];
            StructValue rel = rels.computeIfAbsent(path.rels()[i],
                    id -> rel(id, forward ? from : to, forward ? to : from));
            pathRels.add(rel);
        }
        return new StructValue(List.of("_NODES", "_RELS"), List.of(pathNodes, pathRels));
    }

    private StructValue node(long id) {
        InternalId nodeId = nodeIds.id(id);
        NodeTable table = nodeIds.table(nodeId);
        LogicalType nodeType = type.children().get(0).elementType();
        List<Object> values = new ArrayList<>(List.of(nodeId, table.entry().name()));
        int[] columns = columns(nodeColumns, table.entry(), nodeProperties);
        ValueVector offsets = new ValueVector(LogicalType.INTERNAL_ID, 1);
        offsets.setLong(0, nodeId.offset());
        for (int p = 0; p < columns.length; p++) {
            ValueVector target = new ValueVector(nodeType.children().get(2 + p), 1);
            if (columns[p] >= 0) {
                table.gather(new int[] {columns[p]}, offsets, new int[] {0}, 1, new ValueVector[] {target});
            }
            values.add(columns[p] < 0 ? null : target.getValue(0));
        }
        return new StructValue(nodeType.fieldNames(), values);
    }

    private StructValue rel(long id, long source, long destination) {
        InternalId relId = relIds.id(id);
        RelTable table = relIds.table(relId);
        LogicalType relType = type.children().get(1).elementType();
        List<Object> values = new ArrayList<>(List.of(nodeIds.id(source), nodeIds.id(destination),
                table.entry().name(), relId));
        int[] columns = columns(relColumns, table.entry(), relProperties);
        for (int p = 0; p < columns.length; p++) {
            ValueVector target = new ValueVector(relType.children().get(4 + p), 1);
            if (columns[p] >= 0) {
                table.readProperty(columns[p], relId.offset(), target, 0);
            }
            values.add(columns[p] < 0 ? null : target.getValue(0));
        }
        return new StructValue(relType.fieldNames(), values);
    }

    private static int[] columns(Map<Long, int[]> cache, TableEntry table, PropertyUnion properties) {
        return cache.computeIfAbsent(table.tableId(), id -> properties.indexesIn(table));
    }
}
