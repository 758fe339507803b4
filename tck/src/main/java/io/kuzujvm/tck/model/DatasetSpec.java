package io.kuzujvm.tck.model;

import java.util.Locale;

/**
 * The header's {@code -DATASET <loader> <name>}.
 *
 * @param loader CSV, PARQUET, CSV_TO_PARQUET, NPY, KUZU, JSON, CSV_TO_JSON, TTL
 * @param name data set folder under {@code dataset/}
 */
public record DatasetSpec(String loader, String name) {

    public static final DatasetSpec EMPTY = new DatasetSpec("CSV", "empty");

    /** True for the empty database ({@code CSV empty}, any loader, any case). */
    public boolean isEmpty() {
        return name.toLowerCase(Locale.ROOT).equals("empty");
    }

    @Override
    public String toString() {
        return loader + " " + name;
    }
}
