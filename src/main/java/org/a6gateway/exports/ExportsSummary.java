package org.a6gateway.exports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sync read from the export inboxes: files by outcome, rows, credits, and each Article 6
 * or CORSIA label text found (exactly as written) with its rows by verdict, e.g.
 * {@code "Article 6 Authorized – NDC Use": {"MATCHES_AUTHORIZATION": 2}}. {@code failures} names
 * each file that could not be imported and why.
 */
public record ExportsSummary(int files, int imported, int alreadyImported, int failed, int rows, int refused,
                             long credits, Map<String, Map<String, Long>> labels, List<String> failures) {

    public static final ExportsSummary NONE = new ExportsSummary(0, 0, 0, 0, 0, 0, 0, Map.of(), List.of());

    public static ExportsSummary of(List<ImportReport> reports) {
        int imported = 0;
        int already = 0;
        int failed = 0;
        int rows = 0;
        int refused = 0;
        long credits = 0;
        var labels = new TreeMap<String, Map<String, Long>>();
        var failures = new java.util.ArrayList<String>();
        for (var r : reports) {
            switch (r.status()) {
                case IMPORTED:
                    imported++;
                    rows += r.rowsRead();
                    refused += r.rowsRefused();
                    if (!ExportFormat.GS_PROJECTS.option().equals(r.format())) {
                        credits += r.totalQuantity(); // a list of projects holds estimates, not credits
                    }
                    break;
                case ALREADY_IMPORTED:
                    already++;
                    break;
                default:
                    failed++;
                    failures.add(r.fileName() + ": " + r.failure());
            }
            r.labels().forEach(l -> labels.computeIfAbsent(l.text(), t -> new TreeMap<>())
                    .merge(l.verdict().name(), 1L, Long::sum));
        }
        return new ExportsSummary(reports.size(), imported, already, failed, rows, refused, credits, labels, failures);
    }

    /** Rows whose label matches an authorization, of all the Article 6 label rows found. */
    public long matchingLabels() {
        return labels.values().stream().mapToLong(v -> v.getOrDefault(LabelVerdict.MATCHES_AUTHORIZATION.name(), 0L)).sum();
    }
}
