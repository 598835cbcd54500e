package org.a6gateway.exports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What importing one file did: read, stored, refused ({@code rowsRefused}; the first thousand
 * listed, each bad row with where it is and why), and the Article 6 and CORSIA labels found with
 * what the authorizations say about each. A file already imported (same content) changes nothing
 * and says when it was first imported. A file refused whole says why, and {@code tooLarge} when
 * it was beyond one of the import's limits.
 */
public record ImportReport(String fileName, String contentHash, String format, String headerVersion, Status status,
                           int rowsRead, int rowsNew, int rowsChanged, int rowsUnchanged, int rowsRefused, long totalQuantity,
                           List<RowError> refused, List<LabelCheck> labels, String failure, boolean tooLarge,
                           Instant firstImportedAt) {

    public enum Status { IMPORTED, ALREADY_IMPORTED, FAILED }

    public ImportReport {
        refused = List.copyOf(refused);
        labels = List.copyOf(labels);
    }

    static ImportReport failed(String fileName, String contentHash, String format, UnreadableExport failure) {
        return new ImportReport(fileName, contentHash, format, null, Status.FAILED, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                failure.getMessage(), failure instanceof ExportTooLarge, null);
    }

    static ImportReport failed(String fileName, String contentHash, String format, String failure) {
        return failed(fileName, contentHash, format, new UnreadableExport(failure));
    }

    /** Label text → verdict → rows: what a ministry officer reads first. */
    public Map<String, Map<LabelVerdict, Long>> labelVerdicts() {
        return labels.stream().collect(Collectors.groupingBy(LabelCheck::text, TreeMap::new,
                Collectors.groupingBy(LabelCheck::verdict, TreeMap::new, Collectors.counting())));
    }

    /** The report written beside the file in done/ or failed/, and printed by {@code import}. */
    public String text() {
        var out = new StringBuilder();
        out.append("file        ").append(fileName).append('\n');
        out.append("sha-256     ").append(contentHash).append('\n');
        out.append("format      ").append(format == null ? "unknown" : format)
                .append(headerVersion == null ? "" : " (" + headerVersion + ")").append('\n');
        out.append("status      ").append(status).append('\n');
        if (status == Status.FAILED) {
            return out.append("reason      ").append(failure).append('\n').toString();
        }
        if (status == Status.ALREADY_IMPORTED) {
            return out.append("first imported ").append(firstImportedAt)
                    .append("; the same content again changes nothing\n").toString();
        }
        out.append(String.format("rows        %d read, %d new, %d changed, %d unchanged, %d refused%n", rowsRead, rowsNew,
                rowsChanged, rowsUnchanged, rowsRefused));
        if (ExportFormat.GS_PROJECTS.option().equals(format)) {
            out.append(String.format("projects    %,d t CO2e a year estimated (estimated_annual_credits), no credits%n",
                    totalQuantity));
        } else {
            out.append(String.format("credits     %,d t CO2e in the rows read%n", totalQuantity));
        }
        refused.forEach(e -> out.append("refused     ").append(e.where()).append(": ").append(e.reason()).append('\n'));
        if (rowsRefused > refused.size()) {
            out.append("refused     ").append(rowsRefused - refused.size()).append(" more, in the quarantine\n");
        }
        if (labels.isEmpty()) {
            out.append("labels      no Article 6 or CORSIA label\n");
        }
        labels.forEach(l -> out.append("label       ").append(l.where()).append(" '").append(l.text()).append("' ")
                .append(l.code() == null ? "" : l.code() + " ").append(l.verdict())
                .append(l.authorizationId() == null ? "" : " " + l.authorizationId()).append('\n'));
        return out.toString();
    }
}
