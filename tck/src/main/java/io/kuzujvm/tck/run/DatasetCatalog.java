package io.kuzujvm.tck.run;

import io.kuzujvm.tck.model.DatasetSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements that build a data set ({@code schema.cypher} then {@code copy.cypher}, one
 * statement a line, data file paths made absolute as Kùzu's test helper does), whether a data set
 * can be built at all, and the data sets whose setup already failed in this run (the engine is
 * deterministic, so a failed setup is not retried for every case).
 */
public final class DatasetCatalog {

    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final List<String> DATA_FILE_MARKERS =
            List.of(".csv", ".parquet", ".npy", ".ttl", ".nq", ".json", ".kuzu_extension");

    private final KuzuTestsFolder folder;
    /** Loaders whose data sets are built by schema.cypher then copy.cypher (which names the data files). */
    private static final List<String> SCRIPT_LOADERS = List.of("CSV", "PARQUET", "NPY");
    private static final String CSV_TO_PARQUET = "CSV_TO_PARQUET";

    private final Map<String, String> failedSetups = new ConcurrentHashMap<>();
    private final ParquetDatasetConverter parquetConverter = new ParquetDatasetConverter(this);

    public DatasetCatalog(KuzuTestsFolder folder) {
        this.folder = folder;
    }

    /** Why this data set cannot be built by this runner, or null when it can. */
    public String unavailableReason(DatasetSpec dataset) {
        if (dataset.isEmpty()) {
            return null;
        }
        if (!SCRIPT_LOADERS.contains(dataset.loader()) && !dataset.loader().equals(CSV_TO_PARQUET)) {
            return "data set loader " + dataset.loader() + " not supported by the runner";
        }
        List<String> missing = folder.missingUnder("dataset/" + dataset.name());
        if (!missing.isEmpty()) {
            return "data set file left out of kuzu-tests: " + missing.get(0);
        }
        return failedSetups.get(key(dataset));
    }

    public void recordFailedSetup(DatasetSpec dataset, String reason) {
        failedSetups.putIfAbsent(key(dataset), "data set setup failed: " + reason);
    }

    private static String key(DatasetSpec dataset) {
        return dataset.loader() + ":" + dataset.name();
    }

    /**
     * schema.cypher then copy.cypher of the data set (nothing for the empty data set); for
     * CSV_TO_PARQUET, the schema and copies from the data set's tables converted to Parquet.
     */
    public List<String> setupStatements(DatasetSpec dataset) throws IOException, SQLException {
        if (dataset.isEmpty()) {
            return List.of();
        }
        if (dataset.loader().equals(CSV_TO_PARQUET)) {
            return parquetConverter.setupStatements(dataset.name());
        }
        List<String> result = new ArrayList<>(scriptStatements(dataset.name(), "schema.cypher"));
        result.addAll(scriptStatements(dataset.name(), "copy.cypher"));
        return result;
    }

    /** The statements of one script of a data set; a script that does not exist has none. */
    public List<String> scriptStatements(String dataset, String script) throws IOException {
        Path file = folder.root().resolve("dataset").resolve(dataset).resolve(script);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                result.add(folder.absolutizeDatasetPaths(absolutizeDataFiles(line)));
            }
        }
        return result;
    }

    /** As Kùzu's executeScript: double-quoted relative data file paths get the root in front. */
    private String absolutizeDataFiles(String line) {
        Matcher m = DOUBLE_QUOTED.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String path = m.group(1);
            String lower = path.toLowerCase(Locale.ROOT);
            boolean dataFile = DATA_FILE_MARKERS.stream().anyMatch(lower::contains);
            String replaced = dataFile && !path.startsWith("/") && !path.startsWith("dataset/")
                    ? folder.rootText() + "/" + path : path;
            m.appendReplacement(sb, Matcher.quoteReplacement("\"" + replaced + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
