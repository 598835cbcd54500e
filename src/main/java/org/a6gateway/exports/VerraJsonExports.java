package org.a6gateway.exports;

import com.fasterxml.jackson.core.JsonToken;
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

    static void searchApi(JsonStream json, ExportSink sink) {
        sink.version("search API");
        json.start();
        JsonRecords.recordsUnder(json, "value", "'value' (the search response's records)", "",
                (where, item) -> JsonRecords.row(where, item, VerraJsonExports::searchRecord, sink));
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

    static void reports(JsonStream json, ExportSink sink) {
        sink.version("2026 public reports");
        var names = new ArrayList<String>();
        if (json.start() == JsonToken.START_OBJECT) {
            json.eachField(name -> {
                if (names.size() < 20) {
                    names.add(name);
                }
                if (!REPORTS.contains(name)) {
                    return false;
                }
                section(json, name, sink);
                return true;
            });
        }
        if (names.stream().noneMatch(REPORTS::contains)) {
            throw new UnreadableExport("a Verra public report file holds " + REPORTS + " (each with 'entities'); this one has "
                    + names);
        }
    }

    /** One report's page: its records are under {@code entities}. */
    private static void section(JsonStream json, String report, ExportSink sink) {
        JsonRecords.recordsUnder(json, "entities", "'" + report + ".entities'", report + " ",
                (where, item) -> JsonRecords.row(where, item, record -> reportRecord(report, record), sink));
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
