package org.a6gateway.exports;

/** Where a reading sends what it reads, as it reads it: a file is never held whole. */
interface ExportSink {

    /** The header set (or JSON layout) the file matched, before any row. */
    void version(String version);

    void row(ExportRow row);

    void project(ExportProjectRow project);

    void refused(RowError error);
}
