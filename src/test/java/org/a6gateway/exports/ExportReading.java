package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one file gave, collected: its rows, the rows refused, and the header version it
 * matched. A list of projects ({@link ExportFormat#GS_PROJECTS}) has {@code projects} and no {@code rows}.
 */
record ExportReading(ExportFormat format, String headerVersion, List<ExportRow> rows, List<RowError> errors,
                     List<ExportProjectRow> projects) {

    /** Reads {@code content} as {@code format} within the default limits. */
    static ExportReading of(ExportFormat format, byte[] content) {
        var collected = new Collector();
        ExportReader.read(format, ExportSamples.file(content), ExportLimits.DEFAULTS, collected);
        return new ExportReading(format, collected.version, collected.rows, collected.errors, collected.projects);
    }

    /** The credits in the rows read; for a list of projects, the total of their estimated annual credits. */
    long totalQuantity() {
        return rows.stream().mapToLong(ExportRow::quantity).sum()
                + projects.stream().mapToLong(p -> p.estimatedAnnualCredits() == null ? 0 : p.estimatedAnnualCredits()).sum();
    }

    private static final class Collector implements ExportSink {
        String version;
        final List<ExportRow> rows = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final List<ExportProjectRow> projects = new ArrayList<>();

        @Override
        public void version(String version) {
            this.version = version;
        }

        @Override
        public void row(ExportRow row) {
            rows.add(row);
        }

        @Override
        public void project(ExportProjectRow project) {
            projects.add(project);
        }

        @Override
        public void refused(RowError error) {
            errors.add(error);
        }
    }
}
