package org.a6gateway.exports;

import org.a6gateway.store.ColumnWidth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored project of a registry's public list: one (source, project id); written only through {@link ExportImports}. */
@Entity
@Table(name = "export_project")
class ExportProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String source;
    private String projectId;
    private String fingerprint;
    private String apiId;
    private String name;
    private String status;
    private String country;
    private String hostCountry;
    private Long estimatedAnnualCredits;
    private LocalDate creditingPeriodStart;
    private LocalDate creditingPeriodEnd;
    @Column(name = "project_type")
    private String projectType;
    @Column(name = "project_size")
    private String projectSize;
    private String developer;
    private String carbonStream;
    private String programmeOfActivities;
    private String poaProjectId;
    private String labels;
    private Long fileId;
    private String filePosition;

    protected ExportProject() {
    }

    ExportProject(ExportSource source, String projectId) {
        this.source = source.key();
        this.projectId = projectId;
    }

    boolean holds(String rowFingerprint) {
        return rowFingerprint.equals(fingerprint);
    }

    boolean isStored() {
        return id != null;
    }

    String projectId() {
        return projectId;
    }

    void take(ExportProjectRow row, String rowFingerprint, Long file) {
        fingerprint = rowFingerprint;
        apiId = ColumnWidth.fit(row.apiId(), 40);
        name = ColumnWidth.fit(row.name(), 1000);
        status = ColumnWidth.fit(row.status(), 100);
        country = ColumnWidth.fit(row.country(), 200);
        hostCountry = row.hostCountry();
        estimatedAnnualCredits = row.estimatedAnnualCredits();
        creditingPeriodStart = row.creditingPeriodStart();
        creditingPeriodEnd = row.creditingPeriodEnd();
        projectType = ColumnWidth.fit(row.type(), 200);
        projectSize = ColumnWidth.fit(row.size(), 200);
        developer = ColumnWidth.fit(row.developer(), 1000);
        carbonStream = ColumnWidth.fit(row.carbonStream(), 100);
        programmeOfActivities = ColumnWidth.fit(row.programmeOfActivities(), 100);
        poaProjectId = ColumnWidth.fit(row.poaProjectId(), 40);
        labels = row.labels().isEmpty() ? null : ColumnWidth.fit(String.join("\n", row.labels()), 4000);
        fileId = file;
        filePosition = row.where();
    }
}
