package io.kuzujvm.engine.processor.path;

/**
 * Which paths a recursive pattern matches: every walk, walks without a repeated rel (TRAIL) or
 * without a repeated intermediate node (ACYCLIC), or per reached node one shortest path or all of
 * them.
 */
public enum PathSemantic {
    WALK, TRAIL, ACYCLIC, SHORTEST, ALL_SHORTEST;

    public boolean isShortest() {
        return this == SHORTEST || this == ALL_SHORTEST;
    }
}
