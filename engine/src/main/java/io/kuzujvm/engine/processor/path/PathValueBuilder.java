package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.catalog.Property;
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
 * from storage. Each node and rel is read once per builder (paths of one query share many).
 */
public final class PathValueBuilder {

    private final NodeTable nodeTable;
    private final int[] nodeProperties;
    private final RelTable relTable;
    private final int[] relProperties;
    private final LogicalType type;
    private final Map<Long, StructValue> nodes = new HashMap<>();
    private final Map<Long, StructValue> rels = new HashMap<>();

    public PathValueBuilder(NodeTable nodeTable, int[] nodeProperties, RelTable relTable, int[] relProperties) {
        this.nodeTable = nodeTable;
        this.nodeProperties = nodeProperties.clone();
        this.relTable = relTable;
        this.relProperties = relProperties.clone();
        this.type = type(nodeTable.entry().properties(), this.nodeProperties, relTable.entry().properties(),
                this.relProperties);
    }

    /** The type of the values: nodes and rels with their internal fields and the chosen properties. */
    public static LogicalType type(List<Property> nodeTableProperties, int[] nodeProperties,
                                   List<Property> relTableProperties, int[] relProperties) {
        List<String> nodeNames = new ArrayList<>(List.of("_ID", "_LABEL"));
        List<LogicalType> nodeTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID, LogicalType.STRING));
        for (int property : nodeProperties) {
            nodeNames.add(nodeTableProperties.get(property).name());
            nodeTypes.add(nodeTableProperties.get(property).type());
        }
        List<String> relNames = new ArrayList<>(List.of("_SRC", "_DST", "_LABEL", "_ID"));
        List<LogicalType> relTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID, LogicalType.INTERNAL_ID,
                LogicalType.STRING, LogicalType.INTERNAL_ID));
        for (int property : relProperties) {
            relNames.add(relTableProperties.get(property).name());
            relTypes.add(relTableProperties.get(property).type());
        }
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

    private StructValue node(long offset) {
        LogicalType nodeType = type.children().get(0).elementType();
        List<Object> values = new ArrayList<>(List.of(new InternalId(nodeTable.entry().tableId(), offset),
                nodeTable.entry().name()));
        ValueVector offsets = new ValueVector(LogicalType.INTERNAL_ID, 1);
        offsets.setLong(0, offset);
        ValueVector[] targets = new ValueVector[nodeProperties.length];
        for (int p = 0; p < nodeProperties.length; p++) {
            targets[p] = new ValueVector(nodeType.children().get(2 + p), 1);
        }
        nodeTable.gather(nodeProperties, offsets, new int[] {0}, 1, targets);
        for (ValueVector target : targets) {
            values.add(target.getValue(0));
        }
        return new StructValue(nodeType.fieldNames(), values);
    }

    private StructValue rel(long id, long source, long destination) {
        LogicalType relType = type.children().get(1).elementType();
        long nodeTableId = nodeTable.entry().tableId();
        List<Object> values = new ArrayList<>(List.of(new InternalId(nodeTableId, source),
                new InternalId(nodeTableId, destination), relTable.entry().name(),
                new InternalId(relTable.entry().tableId(), id)));
        for (int p = 0; p < relProperties.length; p++) {
            ValueVector target = new ValueVector(relType.children().get(4 + p), 1);
            relTable.readProperty(relProperties[p], id, target, 0);
            values.add(target.getValue(0));
        }
        return new StructValue(relType.fieldNames(), values);
    }
}
