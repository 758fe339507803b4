package io.kuzujvm.tck.run;

/** The verdict on one statement, with where it is. */
public record StatementResult(int line, String query, Verdict verdict) {}
