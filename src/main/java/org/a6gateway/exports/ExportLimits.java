package org.a6gateway.exports;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a file an import reads before refusing it whole ({@code a6.exports.limits.*}): a
 * file is read as a stream and never held, so these bound the work and the memory of one row, not
 * of the file. {@code maxRows}: rows of a table or records of a JSON file, refused ones included;
 * {@code maxCells}: cells of one row or values of one record; {@code maxCellLength}: characters of
 * one cell, value or name; {@code maxNestingDepth}: levels of a JSON document.
 */
public record ExportLimits(@DefaultValue("200000") int maxRows, @DefaultValue("200") int maxCells,
                           @DefaultValue("10000") int maxCellLength, @DefaultValue("32") int maxNestingDepth) {

    public static final ExportLimits DEFAULTS = new ExportLimits(200_000, 200, 10_000, 32);
    static final String SETTINGS = "a6.exports.limits.";
    /** Characters an XLSX workbook's shared strings may hold per row allowed: they are held while its sheet is read. */
    static final int SHARED_TEXT_PER_ROW = 200;

    public ExportLimits {
        if (maxRows < 1 || maxCells < 1 || maxCellLength < 1 || maxNestingDepth < 1) {
            throw new IllegalArgumentException(SETTINGS + "*: every limit is a positive number");
        }
    }

    void rows(long read) {
        if (read > maxRows) {
            throw new ExportTooLarge("the file has more than " + maxRows + " rows", "max-rows");
        }
    }

    /** Callers compare counts themselves and build the message only for the refusal: these are checked per character. */
    ExportTooLarge tooManyCells(String where) {
        return new ExportTooLarge(where + " has more than " + maxCells + " cells", "max-cells");
    }

    ExportTooLarge tooLong(String where) {
        return new ExportTooLarge(where + " holds a value of more than " + maxCellLength + " characters", "max-cell-length");
    }

    /** Article 6 and CORSIA labels found: one a row on average, so the import's report stays as small as its rows. */
    void labels(long found) {
        if (found > maxRows) {
            throw new ExportTooLarge("the file has more than " + maxRows + " Article 6 or CORSIA labels", "max-rows");
        }
    }

    void sharedText(long characters) {
        if (characters > (long) maxRows * SHARED_TEXT_PER_ROW) {
            throw new ExportTooLarge("the workbook's shared strings hold more than " + (long) maxRows * SHARED_TEXT_PER_ROW
                    + " characters (" + SHARED_TEXT_PER_ROW + " a row allowed)", "max-rows");
        }
    }

    static UnreadableExport tooDeep(int limit) {
        return new UnreadableExport("the JSON is nested deeper than " + limit + " levels (" + SETTINGS + "max-nesting-depth)");
    }
}
