package org.a6gateway.exports;

/** Counts what a reading sends on, refused rows included, and stops it at the row limit. */
final class RowCounter implements ExportSink {

    private final ExportLimits limits;
    private final ExportSink next;
    private long read;

    RowCounter(ExportLimits limits, ExportSink next) {
        this.limits = limits;
        this.next = next;
    }

    @Override
    public void version(String version) {
        next.version(version);
    }

    @Override
    public void row(ExportRow row) {
        limits.rows(++read);
        next.row(row);
    }

    @Override
    public void project(ExportProjectRow project) {
        limits.rows(++read);
        next.project(project);
    }

    @Override
    public void refused(RowError error) {
        limits.rows(++read);
        next.refused(error);
    }
}
