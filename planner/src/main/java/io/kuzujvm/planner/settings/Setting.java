package io.kuzujvm.planner.settings;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.util.Locale;
import java.util.Optional;

/** The options of {@code CALL name = value} and {@code current_setting(name)}, with Kùzu's names and defaults. */
public enum Setting {
    THREADS(TypeId.UINT64, Runtime.getRuntime().availableProcessors()),
    TIMEOUT(TypeId.UINT64, 0L),
    VAR_LENGTH_EXTEND_MAX_DEPTH(TypeId.INT64, 30L),
    RECURSIVE_PATTERN_SEMANTIC(TypeId.STRING, "WALK"),
    RECURSIVE_PATTERN_FACTOR(TypeId.INT64, 100L),
    SPARSE_FRONTIER_THRESHOLD(TypeId.INT64, 1000L),
    ENABLE_SEMI_MASK(TypeId.BOOL, true),
    ENABLE_ZONE_MAP(TypeId.BOOL, true),
    ENABLE_PLAN_OPTIMIZER(TypeId.BOOL, true),
    DISABLE_MAP_KEY_CHECK(TypeId.BOOL, true),
    PROGRESS_BAR(TypeId.BOOL, false),
    HOME_DIRECTORY(TypeId.STRING, ""),
    FILE_SEARCH_PATH(TypeId.STRING, ""),
    WARNING_LIMIT(TypeId.UINT64, 8192L),
    CHECKPOINT_THRESHOLD(TypeId.INT64, 16L * 1024 * 1024),
    AUTO_CHECKPOINT(TypeId.BOOL, true),
    FORCE_CHECKPOINT_ON_CLOSE(TypeId.BOOL, true),
    SPILL_TO_DISK(TypeId.BOOL, true),
    DEBUG_ENABLE_MULTI_WRITES(TypeId.BOOL, false);

    private final LogicalType type;
    private final Object defaultValue;

    Setting(TypeId type, Object defaultValue) {
        this.type = LogicalType.of(type);
        this.defaultValue = defaultValue instanceof Integer i ? (Object) i.longValue() : defaultValue;
    }

    public LogicalType type() {
        return type;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Setting> named(String name) {
        for (Setting setting : values()) {
            if (setting.optionName().equalsIgnoreCase(name)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
