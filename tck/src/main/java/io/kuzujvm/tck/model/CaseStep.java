package io.kuzujvm.tck.model;

/** One step of a case, in file order. */
public sealed interface CaseStep permits TestStatement, CaseStep.CreateConnection,
        CaseStep.CreateDatasetSchema, CaseStep.ReloadDatabase, CaseStep.FreshDatabase, CaseStep.RemoveFile,
        CaseStep.Unsupported {

    /** {@code -CREATE_CONNECTION name}: a further connection to the case's database. */
    record CreateConnection(String name) implements CaseStep {}

    /** {@code -CREATE_DATASET_SCHEMA name}: run {@code dataset/name/schema.cypher} here. */
    record CreateDatasetSchema(String dataset, int line) implements CaseStep {}

    /**
     * {@code -RELOADDB}: close every connection and reopen them; the case runs on an on-disk
     * database so that its data must survive the reopening.
     */
    record ReloadDatabase(int line) implements CaseStep {}

    /**
     * {@code -IMPORT_DATABASE dir}: as Kùzu's runner, the rest of the case runs on a new empty
     * database (the case's next statement imports dir into it).
     */
    record FreshDatabase(int line) implements CaseStep {}

    /** {@code -REMOVE_FILE path}: deletes a file (or folder). */
    record RemoveFile(String path) implements CaseStep {}

    /**
     * A directive the runner cannot honour (e.g. {@code -RELOADDB} in memory): the rest of the
     * case is not runnable.
     */
    record Unsupported(String directive, int line) implements CaseStep {}
}
