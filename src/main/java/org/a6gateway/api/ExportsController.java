package org.a6gateway.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.a6gateway.api.generated.ExportsApi;
import org.a6gateway.api.generated.model.ExportLabel;
import org.a6gateway.api.generated.model.ImportReport;
import org.a6gateway.api.generated.model.RefusedRow;
import org.a6gateway.exports.ExportFormat;
import org.a6gateway.exports.ExportImports;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Upload of a registry's export file: the same import as the inbox and the CLI, answered with its report. */
@RestController
@RequestMapping("/api/v1")
class ExportsController implements ExportsApi {

    static final String PATH = "/registry-exports";

    private final ExportImports imports;

    ExportsController(ExportImports imports) {
        this.imports = imports;
    }

    /** A file the import cannot read as a whole is an IllegalArgumentException: a 400 problem naming why. */
    @Override
    public ResponseEntity<ImportReport> importRegistryExport(Resource body, String format, String fileName) {
        var chosen = format == null || "auto".equals(format) ? null : ExportFormat.ofOption(format);
        var report = imports.importFile(fileName == null ? "upload" : fileName, bytes(body), chosen);
        if (report.status() == org.a6gateway.exports.ImportReport.Status.FAILED) {
            throw new IllegalArgumentException(report.failure());
        }
        return ResponseEntity.ok(view(report));
    }

    private static byte[] bytes(Resource body) {
        try (var in = body.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static ImportReport view(org.a6gateway.exports.ImportReport r) {
        return new ImportReport().fileName(r.fileName()).contentHash(r.contentHash()).format(r.format())
                .headerVersion(r.headerVersion()).status(ImportReport.StatusEnum.fromValue(r.status().name()))
                .rowsRead(r.rowsRead()).rowsNew(r.rowsNew()).rowsChanged(r.rowsChanged()).rowsUnchanged(r.rowsUnchanged())
                .totalQuantity(r.totalQuantity())
                .refused(r.refused().stream().map(e -> new RefusedRow().where(e.where()).reason(e.reason())).toList())
                .labels(r.labels().stream().map(l -> new ExportLabel().where(l.where()).serial(l.serial())
                        .quantity(l.quantity()).text(l.text()).code(l.code())
                        .verdict(ExportLabel.VerdictEnum.fromValue(l.verdict().name()))
                        .authorizationId(l.authorizationId())).toList())
                .firstImportedAt(r.firstImportedAt() == null ? null : r.firstImportedAt().atOffset(java.time.ZoneOffset.UTC));
    }
}
