package io.kuzujvm.engine.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The daemon threads that file scans (CSV blocks, Parquet row groups) read on, one per core. */
public final class ScanThreads {

    public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    public static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread thread = new Thread(r, "kuzu-file-reader");
        thread.setDaemon(true);
        return thread;
    });

    private ScanThreads() {
    }
}
