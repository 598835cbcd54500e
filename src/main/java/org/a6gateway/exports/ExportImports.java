package org.a6gateway.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one export file: once per content (SHA-256), whatever its name; its rows stored as
 * export records (new, changed or unchanged against what earlier files said of the same serial
 * and activity), its bad rows held in the quarantine with their line and reason, its Article 6
 * labels compared with the national authorizations. The CLI, the API and the inbox route all
 * come through here. The file is read twice, as a stream, never whole: first to refuse it
 * before anything is stored (it does not read, or it is beyond the limits), then to store it.
 */
@Service
public class ExportImports {

    private final ExportFiles files;
    private final ExportRecords records;
    private final ExportStore store;
    private final AuthorizationStore authorizations;
    private final LabelTable labels;
    private final ExportLimits limits;
    private final Clock clock;

    ExportImports(ExportFiles files, ExportRecords records, ExportStore store, AuthorizationStore authorizations,
                  ExportProperties properties, Clock clock) {
        this.files = files;
        this.records = records;
        this.store = store;
        this.authorizations = authorizations;
        this.labels = new LabelTable(properties.labels());
        this.limits = properties.limits();
        this.clock = clock;
    }

    /**
     * Imports {@code file} read as {@code format} (null: told from the content). A file that
     * cannot be read as a whole (unknown header set, not UTF-8, not JSON, beyond a limit) is
     * reported FAILED and changes nothing.
     */
    @Transactional
    public ImportReport importFile(String fileName, Path file, ExportFormat format) {
        var hash = sha256(file);
        var known = files.findByContentHash(hash);
        if (known.isPresent()) {
            var stored = known.get();
            return new ImportReport(fileName, hash, stored.format(), null, ImportReport.Status.ALREADY_IMPORTED,
                    stored.rowsRead(), 0, 0, stored.rowsRead(), 0, stored.totalQuantity(), List.of(), List.of(), null, false,
                    stored.importedAt());
        }
        ExportFormat chosen;
        LimitCheck check;
        try {
            chosen = format != null ? format : ExportFormats.detect(file, limits);
            check = new LimitCheck(labels, limits, chosen.source());
            ExportReader.read(chosen, file, limits, check);
        } catch (UnreadableExport e) {
            return ImportReport.failed(fileName, hash, format == null ? null : format.option(), e);
        }
        return store(fileName, hash, chosen, check.version(), file);
    }

    private ImportReport store(String fileName, String hash, ExportFormat format, String version, Path path) {
        long fileId = files.save(new ExportFile(hash, format, version, fileName, clock.instant())).id();
        var batch = new ImportBatch(store, new LabelFindings(labels, authorizations.all()), format.source(), fileId, fileName);
        ExportReader.read(format, path, limits, batch);
        batch.finish();
        var file = files.findById(fileId).orElseThrow();
        file.count(batch.read, batch.inserted, batch.changed, batch.unchanged, batch.refused, batch.quantity);
        return new ImportReport(fileName, hash, format.option(), version, ImportReport.Status.IMPORTED, batch.read,
                batch.inserted, batch.changed, batch.unchanged, batch.refused, batch.quantity, batch.listed, batch.labels, null,
                false, null);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static String sha256(Path file) {
        var digest = digest();
        try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
