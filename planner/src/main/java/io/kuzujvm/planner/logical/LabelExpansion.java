package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.binder.Scope;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a MATCH pattern whose nodes or rels may be of several tables (no label, several labels,
 * a rel table with several node-table pairs) into one pattern per consistent choice of one
 * table for each: every rel's table connects its end nodes' tables in its direction. A
 * variable used twice gets the same table at both places. A recursive rel keeps all its rel
 * tables (its walks may mix them); only its end nodes get one table each.
 */
final class LabelExpansion {

    /** More choices than this would plan an unreasonably large union. */
    private static final int MAX_BRANCHES = 256;

    private final List<NodeTableEntry> nodeTables;
    private final List<RelTableEntry> relTables;
    private final Function<List<String>, NodeTableEntry> nodeTable;
    private final Function<List<String>, RelTableEntry> relTable;

    LabelExpansion(List<NodeTableEntry> nodeTables, List<RelTableEntry> relTables,
                   Function<List<String>, NodeTableEntry> nodeTable, Function<List<String>, RelTableEntry> relTable) {
        this.nodeTables = nodeTables;
        this.relTables = relTables;
        this.nodeTable = nodeTable;
        this.relTable = relTable;
    }

    /**
     * The patterns with one label per node and rel, one per consistent choice (empty when there
     * is none); variables bound in {@code scope} keep their table.
     */
    List<List<PatternPart>> expand(List<PatternPart> pattern, Scope scope) {
        boolean relBoundBefore = pattern.stream().flatMap(part -> part.chain().stream())
                .anyMatch(step -> step.rel().variable().flatMap(scope::find).isPresent());
        if (relBoundBefore) {
            // Planned as written, which reports the misuse of the variable.
            return List.of(pattern);
        }
        Map<Object, List<NodeTableEntry>> nodeChoices = new LinkedHashMap<>();
        Map<PatternPart.NodePattern, Object> keys = new IdentityHashMap<>();
        List<RelSlot> rels = new ArrayList<>();
        for (PatternPart part : pattern) {
            Object left = nodeKey(part.start(), scope, nodeChoices, keys);
            for (PatternPart.Step step : part.chain()) {
                Object right = nodeKey(step.node(), scope, nodeChoices, keys);
                rels.add(new RelSlot(step.rel(), left, right, relChoices(step.rel())));
                left = right;
            }
        }
        List<Map<Object, NodeTableEntry>> nodeAssignments = new ArrayList<>();
        assignNodes(new ArrayList<>(nodeChoices.keySet()), 0, nodeChoices, new LinkedHashMap<>(), nodeAssignments);
        List<List<PatternPart>> branches = new ArrayList<>();
        for (Map<Object, NodeTableEntry> nodes : nodeAssignments) {
            assignRels(rels, 0, nodes, new IdentityHashMap<>(), pattern, keys, branches);
        }
        return branches;
    }

    private record RelSlot(PatternPart.RelPattern rel, Object left, Object right, List<RelTableEntry> choices) {
    }

    private Object nodeKey(PatternPart.NodePattern node, Scope scope, Map<Object, List<NodeTableEntry>> choices,
                           Map<PatternPart.NodePattern, Object> keys) {
        // A node is its variable; each node without one is a node of its own.
        Object key = node.variable().<Object>map(v -> v.toLowerCase(Locale.ROOT)).orElseGet(Object::new);
        keys.put(node, key);
        List<NodeTableEntry> candidates;
        Scope.Binding bound = node.variable().flatMap(scope::find).orElse(null);
        if (bound instanceof Scope.NodeBinding single) {
            candidates = List.of(single.table());
        } else if (bound instanceof Scope.MultiTableBinding) {
            throw KuzuException.notImplemented("Matching again a node variable bound over several tables");
        } else if (bound != null) {
            throw KuzuException.binder("Cannot bind " + node.variable().get() + " as node pattern.");
        } else {
            candidates = node.labels().isEmpty() ? nodeTables
                    : node.labels().stream().map(label -> nodeTable.apply(List.of(label))).distinct().toList();
        }
        List<NodeTableEntry> earlier = choices.get(key);
        choices.put(key, earlier == null ? candidates
                : earlier.stream().filter(candidates::contains).toList());
        return key;
    }

    private List<RelTableEntry> relChoices(PatternPart.RelPattern rel) {
        return rel.types().isEmpty() ? relTables
                : rel.types().stream().map(type -> relTable.apply(List.of(type))).distinct().toList();
    }

    private void assignNodes(List<Object> keys, int index, Map<Object, List<NodeTableEntry>> choices,
                             Map<Object, NodeTableEntry> chosen, List<Map<Object, NodeTableEntry>> out) {
        if (index == keys.size()) {
            out.add(new LinkedHashMap<>(chosen));
            checkSize(out.size());
            return;
        }
        for (NodeTableEntry table : choices.get(keys.get(index))) {
            chosen.put(keys.get(index), table);
            assignNodes(keys, index + 1, choices, chosen, out);
        }
        chosen.remove(keys.get(index));
    }

    private void assignRels(List<RelSlot> rels, int index, Map<Object, NodeTableEntry> nodes,
                            Map<PatternPart.RelPattern, RelTableEntry> chosen, List<PatternPart> pattern,
                            Map<PatternPart.NodePattern, Object> keys, List<List<PatternPart>> out) {
        if (index == rels.size()) {
            out.add(labelled(pattern, nodes, chosen, keys));
            checkSize(out.size());
            return;
        }
        RelSlot slot = rels.get(index);
        if (slot.rel().recursive().isPresent()) {
            if (canWalk(slot, nodes.get(slot.left()), nodes.get(slot.right()))) {
                assignRels(rels, index + 1, nodes, chosen, pattern, keys, out);
            }
            return;
        }
        for (RelTableEntry table : slot.choices()) {
            if (connects(table, slot.rel(), nodes.get(slot.left()), nodes.get(slot.right()))) {
                chosen.put(slot.rel(), table);
                assignRels(rels, index + 1, nodes, chosen, pattern, keys, out);
            }
        }
        chosen.remove(slot.rel());
    }

    /** Whether the rel table joins the two node tables in the rel's direction. */
    private static boolean connects(RelTableEntry table, PatternPart.RelPattern rel, NodeTableEntry left,
                                    NodeTableEntry right) {
        return table.connections().stream().anyMatch(c ->
                rel.direction() != PatternPart.Direction.LEFT && c.from().equals(left) && c.to().equals(right)
                || rel.direction() != PatternPart.Direction.RIGHT && c.from().equals(right) && c.to().equals(left));
    }

    /**
     * Whether walks of a recursive rel may join the two node tables: a zero-length one from a
     * table to itself, or one whose first hop leaves the left table and whose last reaches the
     * right one.
     */
    private static boolean canWalk(RelSlot slot, NodeTableEntry left, NodeTableEntry right) {
        boolean zeroLength = slot.rel().recursive().get().lowerBound().map("0"::equals).orElse(false);
        List<WalkTables.Hop> hops = WalkTables.hops(slot.choices(), slot.rel().direction());
        return zeroLength && left.equals(right) || hops.stream().anyMatch(hop -> hop.from().equals(left))
                && hops.stream().anyMatch(hop -> hop.to().equals(right));
    }

    private static List<PatternPart> labelled(List<PatternPart> pattern, Map<Object, NodeTableEntry> nodes,
                                              Map<PatternPart.RelPattern, RelTableEntry> rels,
                                              Map<PatternPart.NodePattern, Object> keys) {
        List<PatternPart> parts = new ArrayList<>();
        for (PatternPart part : pattern) {
            List<PatternPart.Step> chain = new ArrayList<>();
            for (PatternPart.Step step : part.chain()) {
                PatternPart.RelPattern rel = step.rel();
                List<String> types = rels.containsKey(rel) ? List.of(rels.get(rel).name()) : rel.types();
                chain.add(new PatternPart.Step(new PatternPart.RelPattern(rel.variable(), types, rel.direction(),
                        rel.recursive(), rel.properties()),
                        labelled(step.node(), nodes.get(keys.get(step.node())))));
            }
            parts.add(new PatternPart(part.pathVariable(), labelled(part.start(), nodes.get(keys.get(part.start()))),
                    chain));
        }
        return parts;
    }

    private static PatternPart.NodePattern labelled(PatternPart.NodePattern node, NodeTableEntry table) {
        return new PatternPart.NodePattern(node.variable(), List.of(table.name()), node.properties());
    }

    private static void checkSize(int branches) {
        if (branches > MAX_BRANCHES) {
            throw KuzuException.notImplemented("Patterns that match more than " + MAX_BRANCHES
                    + " combinations of tables");
        }
    }
}
