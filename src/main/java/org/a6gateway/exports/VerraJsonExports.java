package org.a6gateway.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verra's JSON: the search API behind the old VCU export ({@code value[]}, one
 * {@code retireOrCancelDate} for both retirements and cancellations, so such a record is
 * {@link Activity#RETIRED_OR_CANCELLED}), and the new platform's public reports (since
 * 2026-07-27) with issuances, retirements and cancellations as separate reports, each a page of
 * {@code entities}. A file may hold one report's page or all three under their names.
 */
final class VerraJsonExports {

    static final List<String> REPORTS = List.of("issuances", "retirements", "cancellations");

    private VerraJsonExports() {
    }

    static ExportReading searchApi(JsonNode root) {
        var items = JsonRecords.array(root.get("value"), "'value' (the search response's records)");
        return JsonRecords.reading(ExportFormat.VERRA_API, "search API", items, VerraJsonExports::searchRecord);
    }

    private static ExportRow searchRecord(JsonNode item) {
        long quantity = JsonRecords.quantity(item, "quantity");
        var serialText = JsonRecords.required(item, "serialNumbers");
        var serial = SerialCheck.read(serialText, quantity);
        var projectId = JsonRecords.required(item, "resourceIdentifier");
        VerraVcuExport.requireSameProject(serial, projectId);
        var closed = Cells.date(JsonRecords.text(item, "retireOrCancelDate"), "retireOrCancelDate");
        boolean retiredCancelled = item.path("retiredCancelled").asBoolean(false) || closed != null;
        var start = Cells.date(JsonRecords.text(item, "vintageStart"), "vintageStart");
        return new ExportRow(JsonRecords.where(item), serialText, quantity, serial.range().start(), serial.range().end(),
                ExportSource.VERRA.program(), projectId, JsonRecords.text(item, "resourceName"), serial.country(),
                start != null ? start.getYear() : serial.vintage().year(), start,
                Cells.date(JsonRecords.text(item, "vintageEnd"), "vintageEnd"),
                Cells.date(JsonRecords.text(item, "issuanceDate"), "issuanceDate"),
                retiredCancelled ? Activity.RETIRED_OR_CANCELLED : Activity.ISSUED, closed,
                JsonRecords.text(item, "retirementBeneficiary"), JsonRecords.text(item, "retirementReason"),
                JsonRecords.text(item, "retirementDetails"),
                Cells.items(JsonRecords.text(item, "additionalCertifications"), "; "), null, null);
    }

    static ExportReading reports(JsonNode root) {
        var rows = new ArrayList<ExportRow>();
        var errors = new ArrayList<RowError>();
        boolean any = false;
        for (String report : REPORTS) {
            var section = root.get(report);
            if (section != null) {
                any = true;
                var entities = JsonRecords.array(section.get("entities"), "'" + report + ".entities'");
                JsonRecords.read(entities, report + " ", item -> reportRecord(report, item), rows, errors);
            }
        }
        if (!any) {
            throw new UnreadableExport("a Verra public report file holds " + REPORTS + " (each with 'entities'); this one has "
                    + fieldNames(root));
        }
        return new ExportReading(ExportFormat.VERRA_REPORTS, "2026 public reports", rows, errors);
    }

    private static List<String> fieldNames(JsonNode root) {
        var names = new ArrayList<String>();
        root.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final Map<String, Activity> ACTIVITIES = Map.of(
            "issuances", Activity.ISSUED, "retirements", Activity.RETIRED, "cancellations", Activity.CANCELLED);

    private static ExportRow reportRecord(String report, JsonNode item) {
        long quantity = JsonRecords.quantity(item, "holdingQuantity");
        var serialText = first(item, "serialNo", "serial_no");
        var serial = SerialCheck.read(serialText, quantity);
        var projectId = first(item, "vcsProjectId", "projectId");
        VerraVcuExport.requireSameProject(serial, projectId);
        var activity = ACTIVITIES.get(report);
        var labels = new ArrayList<>(Cells.items(optional(item, "additionalCertification", "additional_certification"), "; "));
        var caName = JsonRecords.text(item, "corrAdjustmentName");
        if (caName != null) {
            labels.add(caName);
        }
        return new ExportRow(JsonRecords.where(item), serialText, quantity, serial.range().start(), serial.range().end(),
                ExportSource.VERRA.program(), projectId, optional(item, "projectName", "project_name"), serial.country(),
                serial.vintage().year(), serial.vintage().start(), serial.vintage().end(),
                Cells.date(JsonRecords.text(item, "issueDate"), "issueDate"), activity, activityDate(activity, item),
                JsonRecords.text(item, "beneficialOwner"), optional(item, "retirementReason", "cancellationReason"),
                details(item), labels, null,
                optional(item, "corresponding_adjustment_status", "corrAdjustmentName"));
    }

    private static java.time.LocalDate activityDate(Activity activity, JsonNode item) {
        return switch (activity) {
            case RETIRED -> Cells.date(JsonRecords.text(item, "retiredDate"), "retiredDate");
            case CANCELLED -> Cells.date(JsonRecords.text(item, "cancellation_date"), "cancellation_date");
            default -> null;
        };
    }

    /** Reason details and, for a cancellation, the cancelling and acquiring countries and the letter of authorization. */
    private static String details(JsonNode item) {
        var parts = new ArrayList<String>();
        add(parts, "", optional(item, "retirementReasonDetails", "cancellationReasonDetails"));
        add(parts, "account: ", optional(item, "subAccountName", "trading_name"));
        add(parts, "cancelling country: ", JsonRecords.text(item, "cancelling_country"));
        add(parts, "acquiring country: ", JsonRecords.text(item, "aquiring_country"));
        add(parts, "letter of authorization: ", optional(item, "hcloaName", "letter_of_auth_hcloa"));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }

    private static String first(JsonNode item, String field, String alternative) {
        var value = optional(item, field, alternative);
        if (value == null) {
            throw new RowRefused("field '" + field + "' (or '" + alternative + "') is missing");
        }
        return value;
    }

    private static String optional(JsonNode item, String field, String alternative) {
        var value = JsonRecords.text(item, field);
        return value != null ? value : JsonRecords.text(item, alternative);
    }
}
