package org.a6gateway.exports;

/** A row the import refused: where it is in the file, why, and its text as read. */
public record RowError(String where, String reason, String raw) {
}
