package org.a6gateway.exports;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.Refusal;
import org.springframework.stereotype.Component;

/**
 * Writes an import's rows a part at a time: each part's stored records read in one query, new,
 * changed or unchanged by their fingerprint, its refused rows held in the quarantine, and the
 * part let go of (flushed and detached), so a file of any length holds one part in memory.
 */
@Component
class ExportStore {

    /** Counts of one part. */
    record Written(int inserted, int changed, int unchanged) {
    }

    private final ExportRecords records;
    private final ExportProjects projects;
    private final Quarantine quarantine;
    private final EntityManager entities;

    ExportStore(ExportRecords records, ExportProjects projects, Quarantine quarantine, EntityManager entities) {
        this.records = records;
        this.projects = projects;
        this.quarantine = quarantine;
        this.entities = entities;
    }

    Written rows(ExportSource source, List<ExportRow> rows, long fileId) {
        Map<String, ExportRecord> stored = records.findBySourceAndSerialIn(source.key(),
                        rows.stream().map(ExportRow::serial).distinct().toList()).stream()
                .collect(Collectors.toMap(ExportRecord::key, Function.identity()));
        int[] counts = new int[3];
        for (var row : rows) {
            var record = stored.computeIfAbsent(row.serial() + "\n" + row.activity(),
                    k -> new ExportRecord(source, row.serial(), row.activity()));
            var fingerprint = fingerprint(row.toString(), "ExportRow");
            if (record.holds(fingerprint)) {
                counts[2]++;
                continue;
            }
            counts[record.isStored() ? 1 : 0]++;
            record.take(row, fingerprint, ExportBlocks.issuanceId(row), fileId);
            records.save(record);
        }
        return letGo(counts);
    }

    /** A list of projects: one export_project per (registry, project number). */
    Written projects(ExportSource source, List<ExportProjectRow> rows, long fileId) {
        Map<String, ExportProject> stored = projects.findBySourceAndProjectIdIn(source.key(),
                        rows.stream().map(ExportProjectRow::projectId).distinct().toList()).stream()
                .collect(Collectors.toMap(ExportProject::projectId, Function.identity()));
        int[] counts = new int[3];
        for (var row : rows) {
            var project = stored.computeIfAbsent(row.projectId(), id -> new ExportProject(source, id));
            var fingerprint = fingerprint(row.toString(), "ExportProjectRow");
            if (project.holds(fingerprint)) {
                counts[2]++;
                continue;
            }
            counts[project.isStored() ? 1 : 0]++;
            project.take(row, fingerprint, fileId);
            projects.save(project);
        }
        return letGo(counts);
    }

    void hold(ExportSource source, String fileName, List<RowError> errors) {
        var refusals = new ArrayList<Refusal>();
        for (var error : errors) {
            refusals.add(new Refusal(fileName + " " + error.where(), reason(error.reason()),
                    error.where() + ": " + error.reason(), error.raw()));
        }
        quarantine.hold(source.registryName(), "file " + fileName, refusals);
    }

    private Written letGo(int[] counts) {
        entities.flush();
        entities.clear();
        return new Written(counts[0], counts[1], counts[2]);
    }

    private static QuarantineReason reason(String detail) {
        if (detail.startsWith("serial")) {
            return QuarantineReason.MALFORMED_SERIAL;
        }
        if (detail.startsWith("quantity") || detail.contains("whole number of credits")) {
            return QuarantineReason.INVALID_QUANTITY;
        }
        if (detail.contains("control characters are refused")) {
            return QuarantineReason.SPOOFED_CHARACTER;
        }
        return detail.contains("is missing") || detail.contains("is empty") ? QuarantineReason.MISSING_FIELD
                : QuarantineReason.INVALID_VALUE;
    }

    /** The row's content without its position: the same row at another line of a later export is unchanged. */
    private static String fingerprint(String row, String type) {
        var content = row.replaceFirst("^" + type + "\\[where=[^,]*, ", "");
        return ExportImports.sha256(content.getBytes(StandardCharsets.UTF_8));
    }
}
