package org.a6gateway.exports;

import java.util.List;

/**
 * What reading one file gave: its rows, the rows refused, and the header version it matched. A
 * list of projects ({@link ExportFormat#GS_PROJECTS}) has {@code projects} and no {@code rows}.
 */
public record ExportReading(ExportFormat format, String headerVersion, List<ExportRow> rows, List<RowError> errors,
                            List<ExportProjectRow> projects) {

    public ExportReading {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        projects = List.copyOf(projects);
    }

    public ExportReading(ExportFormat format, String headerVersion, List<ExportRow> rows, List<RowError> errors) {
        this(format, headerVersion, rows, errors, List.of());
    }

    /** Rows (or projects) read, not counting those refused. */
    public int size() {
        return rows.size() + projects.size();
    }

    /**
     * The credits in the rows read; for a list of projects, the total of their estimated annual
     * credits (t CO2e a year, an estimate, never added to issued credits).
     */
    public long totalQuantity() {
        return rows.stream().mapToLong(ExportRow::quantity).sum()
                + projects.stream().mapToLong(p -> p.estimatedAnnualCredits() == null ? 0 : p.estimatedAnnualCredits()).sum();
    }
}
