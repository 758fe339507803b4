package io.kuzujvm.tck.parse;

import java.util.HashMap;
import java.util.Map;

/** The directives of the .test format, keyed by the first word of a line. */
enum Directive {
    DATASET("-DATASET"),
    BUFFER_POOL_SIZE("-BUFFER_POOL_SIZE"),
    SKIP("-SKIP"),
    SKIP_MUSL("-SKIP_MUSL"),
    SKIP_32BIT("-SKIP_32BIT"),
    SKIP_WASM("-SKIP_WASM"),
    SKIP_STATIC_LINK("-SKIP_STATIC_LINK"),
    WASM_ONLY("-WASM_ONLY"),
    SKIP_IN_MEM("-SKIP_IN_MEM"),
    SKIP_VECTOR_CAPACITY_TESTS("-SKIP_VECTOR_CAPACITY_TESTS"),
    SKIP_NODE_GROUP_SIZE_TESTS("-SKIP_NODE_GROUP_SIZE_TESTS"),
    SKIP_PAGE_SIZE_TESTS("-SKIP_PAGE_SIZE_TESTS"),
    SKIP_SEGMENT_SIZE_TESTS("-SKIP_SEGMENT_SIZE_TESTS"),
    SKIP_COMPRESSION_DISABLED("-SKIP_COMPRESSION_DISABLED"),
    TEST_FWD_ONLY_REL("-TEST_FWD_ONLY_REL"),
    CASE("-CASE"),
    CHECK_COLUMN_NAMES("-CHECK_COLUMN_NAMES"),
    CHECK_PRECISION("-CHECK_PRECISION"),
    CHECK_ORDER("-CHECK_ORDER"),
    DEFINE_STATEMENT_BLOCK("-DEFINE_STATEMENT_BLOCK"),
    END_OF_STATEMENT_BLOCK("]"),
    INSERT_STATEMENT_BLOCK("-INSERT_STATEMENT_BLOCK"),
    LOG("-LOG"),
    RESULT("----"),
    SEPARATOR("--"),
    SET("-SET"),
    SET_ENV("-SET_ENV"),
    STATEMENT("-STATEMENT"),
    PARALLELISM("-PARALLELISM"),
    CREATE_DATASET_SCHEMA("-CREATE_DATASET_SCHEMA"),
    INSERT_DATASET_BY_ROW("-INSERT_DATASET_BY_ROW"),
    MULTI_COPY_RANDOM("-MULTI_COPY_RANDOM"),
    LOAD_DYNAMIC_EXTENSION("-LOAD_DYNAMIC_EXTENSION"),
    SKIP_FSM_LEAK_CHECK("-SKIP_FSM_LEAK_CHECK"),
    CHECKPOINT_WAIT_TIMEOUT("-CHECKPOINT_WAIT_TIMEOUT"),
    CREATE_CONNECTION("-CREATE_CONNECTION"),
    RELOADDB("-RELOADDB"),
    BATCH_STATEMENTS("-BATCH_STATEMENTS"),
    BEGIN_CONCURRENT_EXECUTION("-BEGIN_CONCURRENT_EXECUTION"),
    END_CONCURRENT_EXECUTION("-END_CONCURRENT_EXECUTION"),
    IMPORT_DATABASE("-IMPORT_DATABASE"),
    REMOVE_FILE("-REMOVE_FILE"),
    LOOP("-LOOP"),
    ENDLOOP("-ENDLOOP"),
    /** A blank line or a comment ({@code #...}). */
    EMPTY(null),
    /** Any other line: continuation text (statement, error message). */
    TEXT(null);

    private static final Map<String, Directive> BY_WORD = new HashMap<>();

    static {
        for (Directive d : values()) {
            if (d.word != null) {
                BY_WORD.put(d.word, d);
            }
        }
    }

    private final String word;

    Directive(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    static Directive of(String firstWord) {
        return BY_WORD.getOrDefault(firstWord, TEXT);
    }

    /** Skip directives, in a header or a case. */
    boolean isSkip() {
        return switch (this) {
            case SKIP, SKIP_MUSL, SKIP_32BIT, SKIP_WASM, SKIP_STATIC_LINK, WASM_ONLY, SKIP_IN_MEM,
                    SKIP_VECTOR_CAPACITY_TESTS, SKIP_NODE_GROUP_SIZE_TESTS, SKIP_PAGE_SIZE_TESTS,
                    SKIP_SEGMENT_SIZE_TESTS, SKIP_COMPRESSION_DISABLED -> true;
            default -> false;
        };
    }
}
