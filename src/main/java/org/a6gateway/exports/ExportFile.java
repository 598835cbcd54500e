package org.a6gateway.exports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported file content, by SHA-256: the import's idempotency record. */
@Entity
@Table(name = "export_file")
class ExportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String contentHash;
    private String source;
    private String format;
    private String headerVersion;
    private String fileName;
    private Instant importedAt;
    private int rowsRead;
    private int rowsNew;
    private int rowsChanged;
    private int rowsUnchanged;
    private int rowsRefused;
    private long totalQuantity;

    protected ExportFile() {
    }

    ExportFile(String contentHash, ExportFormat format, String headerVersion, String fileName, Instant importedAt) {
        this.contentHash = contentHash;
        this.source = format.source().key();
        this.format = format.option();
        this.headerVersion = headerVersion;
        this.fileName = fileName.length() > 500 ? fileName.substring(0, 500) : fileName;
        this.importedAt = importedAt;
    }

    void count(int read, int inserted, int changed, int unchanged, int refused, long quantity) {
        rowsRead = read;
        rowsNew = inserted;
        rowsChanged = changed;
        rowsUnchanged = unchanged;
        rowsRefused = refused;
        totalQuantity = quantity;
    }

    Long id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    String format() {
        return format;
    }

    Instant importedAt() {
        return importedAt;
    }

    int rowsRead() {
        return rowsRead;
    }

    int rowsRefused() {
        return rowsRefused;
    }

    long totalQuantity() {
        return totalQuantity;
    }
}
