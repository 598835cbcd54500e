package org.a6gateway.exports;

/**
 * The first reading of a file: everything read, nothing kept, so a file beyond the limits (or one
 * that does not read) is refused before a row of it is stored. Counts the labels the import would
 * report, which its report holds.
 */
final class LimitCheck implements ExportSink {

    private final LabelTable labels;
    private final ExportLimits limits;
    private final ExportSource source;
    private long reported;
    private String version;

    LimitCheck(LabelTable labels, ExportLimits limits, ExportSource source) {
        this.labels = labels;
        this.limits = limits;
        this.source = source;
    }

    @Override
    public void version(String version) {
        this.version = version;
    }

    /** The header set (or JSON layout) the file matched. */
    String version() {
        return version;
    }

    @Override
    public void row(ExportRow row) {
        for (var text : row.labels()) {
            if (labels.isReported(source, text)) {
                limits.labels(++reported);
            }
        }
    }

    @Override
    public void project(ExportProjectRow project) {
        // a project's labels are stored, not judged
    }

    @Override
    public void refused(RowError error) {
        // counted with the rows
    }
}
