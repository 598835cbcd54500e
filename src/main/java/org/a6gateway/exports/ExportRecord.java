package org.a6gateway.exports;

import org.a6gateway.store.ColumnWidth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A stored export row: one (source, serial, activity); written only through {@link ExportImports}. */
@Entity
@Table(name = "export_record")
class ExportRecord {

    private static final String LABEL_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String source;
    private String serial;
    @Enumerated(EnumType.STRING)
    private Activity activity;
    private String fingerprint;
    private String program;
    private String projectId;
    private String projectName;
    private String hostCountry;
    private int vintageYear;
    private LocalDate vintageStart;
    private LocalDate vintageEnd;
    private String issuanceId;
    private LocalDate issuanceDate;
    private long blockStart;
    private long blockEnd;
    private long quantity;
    private LocalDate activityDate;
    private String beneficiary;
    private String reason;
    private String details;
    private String labels;
    @Column(name = "article6_authorization")
    private String article6Authorization;
    private String correspondingAdjustment;
    private Long fileId;
    private String filePosition;

    protected ExportRecord() {
    }

    ExportRecord(ExportSource source, String serial, Activity activity) {
        this.source = source.key();
        this.serial = serial;
        this.activity = activity;
    }

    boolean holds(String rowFingerprint) {
        return rowFingerprint.equals(fingerprint);
    }

    boolean isStored() {
        return id != null;
    }

    void take(ExportRow row, String rowFingerprint, String issuance, Long file) {
        fingerprint = rowFingerprint;
        program = row.program();
        projectId = row.projectId();
        projectName = ColumnWidth.fit(row.projectName(), 1000);
        hostCountry = row.hostCountry();
        vintageYear = row.vintageYear();
        vintageStart = row.vintageStart();
        vintageEnd = row.vintageEnd();
        issuanceId = issuance;
        issuanceDate = row.issuanceDate();
        blockStart = row.blockStart();
        blockEnd = row.blockEnd();
        quantity = row.quantity();
        activityDate = row.activityDate();
        beneficiary = ColumnWidth.fit(row.beneficiary(), 1000);
        reason = ColumnWidth.fit(row.reason(), 1000);
        details = ColumnWidth.fit(row.details(), 4000);
        labels = row.labels().isEmpty() ? null : ColumnWidth.fit(String.join(LABEL_SEPARATOR, row.labels()), 4000);
        article6Authorization = ColumnWidth.fit(row.article6Authorization(), 500);
        correspondingAdjustment = ColumnWidth.fit(row.correspondingAdjustment(), 500);
        fileId = file;
        filePosition = row.where();
    }

    String key() {
        return serial + "\n" + activity;
    }

    ExportSource exportSource() {
        return java.util.Arrays.stream(ExportSource.values()).filter(s -> s.key().equals(source)).findFirst()
                .orElseThrow(() -> new IllegalStateException("export record " + id + " has an unknown source " + source));
    }

    String issuanceId() {
        return issuanceId;
    }

    /** The row as stored (long texts as cut), where it was in the file that last changed it. */
    ExportRow toRow() {
        return new ExportRow(filePosition, serial, quantity, blockStart, blockEnd, program, projectId, projectName, hostCountry,
                vintageYear, vintageStart, vintageEnd, issuanceDate, activity, activityDate, beneficiary, reason, details,
                labels(), article6Authorization, correspondingAdjustment);
    }

    List<String> labels() {
        return labels == null ? List.of() : List.of(labels.split(LABEL_SEPARATOR));
    }
}
