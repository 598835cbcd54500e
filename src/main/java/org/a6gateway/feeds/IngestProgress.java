package org.a6gateway.feeds;

/**
 * How far one ingest of a registry's change feed has come: the cursor to read from next, whether
 * the registry has more, and what the stored pages did.
 */
public record IngestProgress(String registry, String cursor, boolean hasMore, int pages, int records,
                             int inserted, int updated, int unchanged) {

    public static IngestProgress startingAt(String registry, String cursor) {
        return new IngestProgress(registry, cursor, true, 0, 0, 0, 0, 0);
    }

    public IngestProgress afterPage(String nextCursor, boolean more, int pageRecords,
                                    int pageInserted, int pageUpdated, int pageUnchanged) {
        return new IngestProgress(registry, nextCursor, more, pages + 1, records + pageRecords,
                inserted + pageInserted, updated + pageUpdated, unchanged + pageUnchanged);
    }

    /** This progress followed by a later read of the same feed. */
    public IngestProgress then(IngestProgress later) {
        return new IngestProgress(registry, later.cursor, later.hasMore, pages + later.pages, records + later.records,
                inserted + later.inserted, updated + later.updated, unchanged + later.unchanged);
    }
}
