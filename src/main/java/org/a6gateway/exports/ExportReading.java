package org.a6gateway.exports;

import java.util.List;

/** What reading one file gave: its rows, the rows refused, and the header version it matched. */
public record ExportReading(ExportFormat format, String headerVersion, List<ExportRow> rows, List<RowError> errors) {

    public ExportReading {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public long totalQuantity() {
        return rows.stream().mapToLong(ExportRow::quantity).sum();
    }
}
