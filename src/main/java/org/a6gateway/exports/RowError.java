package org.a6gateway.exports;

import org.a6gateway.store.ColumnWidth;

/**
 * A row the import refused: where it is in the file, why, and its text as read. Both texts are cut
 * (a reason quotes the cell at fault, which may be long): evidence, never a copy of a hostile row.
 */
public record RowError(String where, String reason, String raw) {

    static final int REASON_LIMIT = 500;
    static final int RAW_LIMIT = 2000;

    public RowError {
        reason = ColumnWidth.fit(reason, REASON_LIMIT);
        raw = ColumnWidth.fit(raw, RAW_LIMIT);
    }
}
