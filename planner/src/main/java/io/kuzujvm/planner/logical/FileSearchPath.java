package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.csv.CsvFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Kùzu's file_search_path option: a relative file pattern that names no file here is looked
 * for in each of the option's comma-separated folders, and takes the matches of all of them.
 */
final class FileSearchPath {

    private FileSearchPath() {
    }

    static List<String> resolve(List<String> patterns, String searchPath) {
        if (searchPath.isBlank()) {
            return patterns;
        }
        List<String> resolved = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> found = new ArrayList<>();
            if (!Path.of(pattern).isAbsolute() && !pattern.startsWith("~/") && !CsvFiles.matchesAny(pattern)) {
                for (String folder : searchPath.split(",")) {
                    String candidate = Path.of(folder.trim()).resolve(pattern).toString();
                    if (CsvFiles.matchesAny(candidate)) {
                        found.add(candidate);
                    }
                }
            }
            resolved.addAll(found.isEmpty() ? List.of(pattern) : found);
        }
        return resolved;
    }
}
