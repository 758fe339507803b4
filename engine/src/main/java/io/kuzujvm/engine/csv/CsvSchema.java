package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/** What a scan of CSV files produces: column names and types, and the dialect to read them with. */
public record CsvSchema(List<String> names, List<LogicalType> types, CsvOptions options) {
}
