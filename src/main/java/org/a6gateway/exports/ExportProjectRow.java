package org.a6gateway.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * One project of Gold Standard's public API list, as read. {@code projectId} is the Gold Standard
 * number ({@code sustaincert_id}, the {@code GS<id>} of its serials and the {@code project_id}
 * of export records); {@code apiId} the API's own {@code id}. {@code estimatedAnnualCredits} is
 * null when the registry gives none. {@code labels} exactly as written.
 */
public record ExportProjectRow(
        String where,
        String projectId,
        String apiId,
        String name,
        String status,
        String country,
        String hostCountry,
        Long estimatedAnnualCredits,
        LocalDate creditingPeriodStart,
        LocalDate creditingPeriodEnd,
        String type,
        String size,
        String developer,
        String carbonStream,
        String programmeOfActivities,
        String poaProjectId,
        List<String> labels) {

    public ExportProjectRow {
        labels = List.copyOf(labels);
    }
}
