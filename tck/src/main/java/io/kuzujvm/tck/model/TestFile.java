package io.kuzujvm.tck.model;

import java.util.List;

/**
 * A parsed {@code .test} file.
 *
 * @param path path relative to the kuzu-tests folder, with {@code /} separators
 * @param category reporting category (first folder under test_files, or extension/postgres)
 * @param skipped the header says {@code -SKIP} (or another skip that applies here)
 */
public record TestFile(String path, String category, DatasetSpec dataset, boolean skipped,
        List<TestCase> cases) {

    public TestFile {
        cases = List.copyOf(cases);
    }
}
