package org.a6gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.a6gateway.api.generated.ExportsApi;
import org.a6gateway.api.generated.model.ExportLabel;
import org.a6gateway.api.generated.model.ImportReport;
import org.a6gateway.api.generated.model.RefusedRow;
import org.a6gateway.exports.ExportFormat;
import org.a6gateway.exports.ExportImports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload of a registry's export file: the same import as the inbox and the CLI, answered with its
 * report. The body is copied to a temporary file as it arrives (never held in memory), up to
 * {@code a6.api.max-export-bytes} whether or not the caller announced its length.
 */
@RestController
@RequestMapping("/api/v1")
class ExportsController implements ExportsApi {

    static final String PATH = "/registry-exports";

    private final ExportImports imports;
    private final long maxBytes;

    ExportsController(ExportImports imports, @Value("${a6.api.max-export-bytes:134217728}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    /** A file the import cannot read as a whole is a 400 problem naming why; one beyond a limit, a 413. */
    @Override
    public ResponseEntity<ImportReport> importRegistryExport(Resource body, String format, String fileName) {
        var chosen = format == null || "auto".equals(format) ? null : ExportFormat.ofOption(format);
        var file = spool(body);
        try {
            var report = imports.importFile(fileName == null ? "upload" : fileName, file, chosen);
            if (report.status() == org.a6gateway.exports.ImportReport.Status.FAILED) {
                throw report.tooLarge() ? new TooLarge(report.failure()) : new IllegalArgumentException(report.failure());
            }
            return ResponseEntity.ok(view(report));
        } finally {
            delete(file);
        }
    }

    private Path spool(Resource body) {
        Path file;
        try {
            file = Files.createTempFile("a6-upload-", ".export");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the upload", e);
        }
        try (InputStream in = body.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            copy(in, out);
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot read the uploaded file", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private void copy(InputStream in, OutputStream out) throws IOException {
        var buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            copied += n;
            if (copied > maxBytes) {
                throw new TooLarge("the file is larger than " + maxBytes + " bytes (a6.api.max-export-bytes)");
            }
            out.write(buffer, 0, n);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is the operating system's to clean
        }
    }

    private static ImportReport view(org.a6gateway.exports.ImportReport r) {
        return new ImportReport().fileName(r.fileName()).contentHash(r.contentHash()).format(r.format())
                .headerVersion(r.headerVersion()).status(ImportReport.StatusEnum.fromValue(r.status().name()))
                .rowsRead(r.rowsRead()).rowsNew(r.rowsNew()).rowsChanged(r.rowsChanged()).rowsUnchanged(r.rowsUnchanged())
                .rowsRefused(r.rowsRefused()).totalQuantity(r.totalQuantity())
                .refused(r.refused().stream().map(e -> new RefusedRow().where(e.where()).reason(e.reason())).toList())
                .labels(r.labels().stream().map(l -> new ExportLabel().where(l.where()).serial(l.serial())
                        .quantity(l.quantity()).text(l.text()).code(l.code())
                        .verdict(ExportLabel.VerdictEnum.fromValue(l.verdict().name()))
                        .authorizationId(l.authorizationId())).toList())
                .firstImportedAt(r.firstImportedAt() == null ? null : r.firstImportedAt().atOffset(java.time.ZoneOffset.UTC));
    }
}
