package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;

import java.util.Map;

/**
 * The committed state of a database at one moment: the catalog version and, per table,
 * the published version of its rows (rels): their values, count and deletions. Immutable once published; a reader keeps the
 * snapshot it started with while writers publish newer ones.
 */
public final class Snapshot {

    private final long version;
    final Catalog catalog;
    /** Keyed by lower-case table name. */
    final Map<String, NodeTableVersion> nodeTables;
    final Map<String, RelTableVersion> relTables;

    Snapshot(long version, Catalog catalog, Map<String, NodeTableVersion> nodeTables,
             Map<String, RelTableVersion> relTables) {
        this.version = version;
        this.catalog = catalog;
        this.nodeTables = Map.copyOf(nodeTables);
        this.relTables = Map.copyOf(relTables);
    }

    /** Increases with every commit. */
    public long version() {
        return version;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A node table's committed rows. */
    record NodeTableVersion(NodeTableStorage storage, RowStore.Version rows) {
        long numRows() {
            return rows.numRows();
        }
    }

    /**
     * A rel table's committed rels and, taken on first use (a snapshot that is never read, as
     * most of those a log replay makes, costs no CSR build), the views of their adjacency.
     */
    static final class RelTableVersion {
        private final RelTableStorage storage;
        /** The rels' properties and deletions. */
        private final RowStore.Version rows;
        private volatile RelAdjacency[][] adjacencies;

        RelTableVersion(RelTableStorage storage, RowStore.Version rows) {
            this.storage = storage;
            this.rows = rows;
        }

        RelTableStorage storage() {
            return storage;
        }

        RowStore.Version rows() {
            return rows;
        }

        int numRels() {
            return (int) rows.numRows();
        }

        RelAdjacency[][] adjacencies() {
            RelAdjacency[][] views = adjacencies;
            if (views == null) {
                views = storage.adjacencies(numRels());
                adjacencies = views;
            }
            return views;
        }
    }
}
