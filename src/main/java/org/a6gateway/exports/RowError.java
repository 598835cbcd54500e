package org.a6gateway.exports;

/**
 * A row the import refused: where it is in the file, why, and its text as read. Both texts are cut
 * (a reason quotes the cell at fault, which may be long): evidence, never a copy of a hostile row.
 */
public record RowError(String where, String reason, String raw) {

    static final int REASON_LIMIT = 500;
    static final int RAW_LIMIT = 2000;

    public RowError {
        reason = cut(reason, REASON_LIMIT);
        raw = cut(raw, RAW_LIMIT);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
