package org.a6gateway.exports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationStore;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one export file: once per content (SHA-256), whatever its name; its rows stored as
 * export records (new, changed or unchanged against what earlier files said of the same serial
 * and activity), its bad rows held in the quarantine with their line and reason, its Article 6
 * labels compared with the national authorizations. The CLI, the API and the inbox route all
 * come through here.
 */
@Service
public class ExportImports {

    private final ExportFiles files;
    private final ExportRecords records;
    private final ExportProjects projects;
    private final AuthorizationStore authorizations;
    private final Quarantine quarantine;
    private final LabelTable labels;
    private final Clock clock;

    ExportImports(ExportFiles files, ExportRecords records, ExportProjects projects, AuthorizationStore authorizations, Quarantine quarantine,
                  ExportProperties properties, Clock clock) {
        this.files = files;
        this.records = records;
        this.projects = projects;
        this.authorizations = authorizations;
        this.quarantine = quarantine;
        this.labels = new LabelTable(properties.labels());
        this.clock = clock;
    }

    /**
     * Imports {@code content} read as {@code format} (null: told from the content). A file that
     * cannot be read as a whole (unknown header set, not UTF-8, not JSON) is reported FAILED and
     * changes nothing.
     */
    @Transactional
    public ImportReport importFile(String fileName, byte[] content, ExportFormat format) {
        var hash = sha256(content);
        var known = files.findByContentHash(hash);
        if (known.isPresent()) {
            var file = known.get();
            return new ImportReport(fileName, hash, file.format(), null, ImportReport.Status.ALREADY_IMPORTED,
                    file.rowsRead(), 0, 0, file.rowsRead(), file.totalQuantity(), List.of(), List.of(), null, file.importedAt());
        }
        ExportReading reading;
        try {
            reading = ExportReader.read(format != null ? format : ExportFormats.detect(content), content);
        } catch (UnreadableExport e) {
            return ImportReport.failed(fileName, hash, format == null ? null : format.option(), e.getMessage());
        }
        return store(fileName, hash, reading);
    }

    private ImportReport store(String fileName, String hash, ExportReading reading) {
        var source = reading.format().source();
        var file = files.save(new ExportFile(hash, reading.format(), reading.headerVersion(), fileName, clock.instant()));
        if (reading.format().isProjects()) {
            return storeProjects(fileName, hash, reading, file);
        }
        Map<String, ExportRecord> stored = records.findBySourceAndSerialIn(source.key(),
                        reading.rows().stream().map(ExportRow::serial).distinct().toList()).stream()
                .collect(Collectors.toMap(ExportRecord::key, Function.identity()));
        int inserted = 0;
        int changed = 0;
        int unchanged = 0;
        for (var row : reading.rows()) {
            var record = stored.computeIfAbsent(row.serial() + "\n" + row.activity(),
                    k -> new ExportRecord(source, row.serial(), row.activity()));
            var fingerprint = fingerprint(row);
            if (record.holds(fingerprint)) {
                unchanged++;
                continue;
            }
            if (record.isStored()) {
                changed++;
            } else {
                inserted++;
            }
            record.take(row, fingerprint, ExportBlocks.issuanceId(row), file.id());
            records.save(record);
        }
        file.count(reading.rows().size(), inserted, changed, unchanged, reading.errors().size(), reading.totalQuantity());
        quarantine.hold(source.registryName(), "file " + fileName, refusals(fileName, reading.errors()));
        var all = authorizations.all();
        var checks = new LabelFindings(labels, all).check(source, reading.rows());
        return new ImportReport(fileName, hash, reading.format().option(), reading.headerVersion(),
                ImportReport.Status.IMPORTED, reading.rows().size(), inserted, changed, unchanged, reading.totalQuantity(),
                reading.errors(), checks, null, null);
    }

    /** A list of projects: one export_project per (registry, project number), new, changed or unchanged. */
    private ImportReport storeProjects(String fileName, String hash, ExportReading reading, ExportFile file) {
        var source = reading.format().source();
        Map<String, ExportProject> stored = projects.findBySourceAndProjectIdIn(source.key(),
                        reading.projects().stream().map(ExportProjectRow::projectId).distinct().toList()).stream()
                .collect(Collectors.toMap(ExportProject::projectId, Function.identity()));
        int inserted = 0;
        int changed = 0;
        int unchanged = 0;
        for (var row : reading.projects()) {
            var project = stored.computeIfAbsent(row.projectId(), id -> new ExportProject(source, id));
            var content = row.toString().replaceFirst("^ExportProjectRow\\[where=[^,]*, ", "");
            var fingerprint = sha256(content.getBytes(StandardCharsets.UTF_8));
            if (project.holds(fingerprint)) {
                unchanged++;
                continue;
            }
            if (project.isStored()) {
                changed++;
            } else {
                inserted++;
            }
            project.take(row, fingerprint, file.id());
            projects.save(project);
        }
        file.count(reading.size(), inserted, changed, unchanged, reading.errors().size(), reading.totalQuantity());
        quarantine.hold(source.registryName(), "file " + fileName, refusals(fileName, reading.errors()));
        return new ImportReport(fileName, hash, reading.format().option(), reading.headerVersion(),
                ImportReport.Status.IMPORTED, reading.size(), inserted, changed, unchanged, reading.totalQuantity(),
                reading.errors(), List.of(), null, null);
    }

    private static List<Refusal> refusals(String fileName, List<RowError> errors) {
        var refusals = new ArrayList<Refusal>();
        for (var error : errors) {
            refusals.add(new Refusal(fileName + " " + error.where(), reason(error.reason()), error.where() + ": "
                    + error.reason(), error.raw()));
        }
        return refusals;
    }

    private static QuarantineReason reason(String detail) {
        if (detail.startsWith("serial")) {
            return QuarantineReason.MALFORMED_SERIAL;
        }
        if (detail.startsWith("quantity") || detail.contains("whole number of credits")) {
            return QuarantineReason.INVALID_QUANTITY;
        }
        return detail.contains("is missing") || detail.contains("is empty") ? QuarantineReason.MISSING_FIELD
                : QuarantineReason.INVALID_VALUE;
    }

    /** The row's content without its position: the same row at another line of a later export is unchanged. */
    private static String fingerprint(ExportRow row) {
        var content = row.toString().replaceFirst("^ExportRow\\[where=[^,]*, ", "");
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Transactional(readOnly = true)
    public long recordCount(ExportSource source) {
        return records.countBySource(source.key());
    }

    @Transactional(readOnly = true)
    public long fileCount() {
        return files.count();
    }
}
