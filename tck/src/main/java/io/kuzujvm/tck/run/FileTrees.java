package io.kuzujvm.tck.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes the temporary folders of a run. */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a folder and everything in it; what cannot be deleted is left in the temporary folder. */
    static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // left in the temporary folder
        }
    }
}
