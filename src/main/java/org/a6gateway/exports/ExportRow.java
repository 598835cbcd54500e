package org.a6gateway.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a registry export as read, before it meets the store. {@code where} says where it
 * is in its file ("line 7", "retirements record 2"); {@code serial} is the text as published;
 * {@code labels} are the label texts exactly as written (split from a {@code "; "}-joined cell),
 * with {@code article6Authorization} Gold Standard's own column as written.
 */
public record ExportRow(
        String where,
        String serial,
        long quantity,
        long blockStart,
        long blockEnd,
        String program,
        String projectId,
        String projectName,
        String hostCountry,
        int vintageYear,
        LocalDate vintageStart,
        LocalDate vintageEnd,
        LocalDate issuanceDate,
        Activity activity,
        LocalDate activityDate,
        String beneficiary,
        String reason,
        String details,
        List<String> labels,
        String article6Authorization,
        String correspondingAdjustment) {

    public ExportRow {
        labels = List.copyOf(labels);
    }
}
