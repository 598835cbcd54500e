package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * The second reading of a file: its rows stored a part at a time as they are read, its labels
 * judged, its refused rows held; what the report says is counted on the way. The report lists
 * the first {@link #LISTED} refused rows and counts them all.
 */
final class ImportBatch implements ExportSink {

    static final int PART = 500;
    static final int LISTED = 1000;

    private final ExportStore store;
    private final LabelFindings findings;
    private final ExportSource source;
    private final long fileId;
    private final String fileName;
    private final List<ExportRow> rows = new ArrayList<>();
    private final List<ExportProjectRow> projects = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    final List<RowError> listed = new ArrayList<>();
    final List<LabelCheck> labels = new ArrayList<>();
    int read;
    int inserted;
    int changed;
    int unchanged;
    int refused;
    long quantity;

    ImportBatch(ExportStore store, LabelFindings findings, ExportSource source, long fileId, String fileName) {
        this.store = store;
        this.findings = findings;
        this.source = source;
        this.fileId = fileId;
        this.fileName = fileName;
    }

    @Override
    public void version(String version) {
        // the first reading found it
    }

    @Override
    public void row(ExportRow row) {
        read++;
        quantity += row.quantity();
        rows.add(row);
        if (rows.size() == PART) {
            storeRows();
        }
    }

    @Override
    public void project(ExportProjectRow project) {
        read++;
        quantity += project.estimatedAnnualCredits() == null ? 0 : project.estimatedAnnualCredits();
        projects.add(project);
        if (projects.size() == PART) {
            storeProjects();
        }
    }

    @Override
    public void refused(RowError error) {
        refused++;
        if (listed.size() < LISTED) {
            listed.add(new RowError(error.where(), error.reason(), null));
        }
        errors.add(error);
        if (errors.size() == PART) {
            hold();
        }
    }

    /** Stores what the last part left. */
    void finish() {
        storeRows();
        storeProjects();
        hold();
    }

    private void storeRows() {
        if (!rows.isEmpty()) {
            labels.addAll(findings.check(source, rows));
            count(store.rows(source, rows, fileId));
            rows.clear();
        }
    }

    private void storeProjects() {
        if (!projects.isEmpty()) {
            count(store.projects(source, projects, fileId));
            projects.clear();
        }
    }

    private void hold() {
        if (!errors.isEmpty()) {
            store.hold(source, fileName, errors);
            errors.clear();
        }
    }

    private void count(ExportStore.Written written) {
        inserted += written.inserted();
        changed += written.changed();
        unchanged += written.unchanged();
    }
}
