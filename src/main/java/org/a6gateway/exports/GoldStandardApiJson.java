package org.a6gateway.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.a6gateway.units.SerialFormat;

/**
 * Gold Standard's public API credits: an array of credit blocks with {@code number_of_credits},
 * {@code starting_credit_number}, {@code ending_credit_number}, {@code serial_number},
 * {@code status} and the project inline. The three numbers must agree with the serial.
 */
final class GoldStandardApiJson {

    private GoldStandardApiJson() {
    }

    static void credits(JsonStream json, ExportSink sink) {
        sink.version("public API v2");
        JsonRecords.arrayOrData(json, "the credits (an array, or 'data')",
                (where, item) -> JsonRecords.row(where, item, GoldStandardApiJson::credit, sink));
    }

    private static ExportRow credit(JsonNode item) {
        long quantity = JsonRecords.quantity(item, "number_of_credits");
        var serialText = JsonRecords.required(item, "serial_number");
        var serial = SerialCheck.read(serialText, quantity);
        long start = JsonRecords.quantity(item, "starting_credit_number");
        long end = JsonRecords.quantity(item, "ending_credit_number");
        if (start != serial.range().start() || end != serial.range().end()) {
            throw new RowRefused("starting/ending_credit_number " + start + "-" + end + " but serial '" + serialText
                    + "' holds " + serial.range().start() + "-" + serial.range().end());
        }
        var project = item.path("project");
        var gsid = JsonRecords.text(project, "sustaincert_id");
        if (gsid == null) {
            throw new RowRefused("field 'project.sustaincert_id' is missing");
        }
        if (serial.format() == SerialFormat.GOLD_STANDARD && !gsid.equals(serial.project())) {
            throw new RowRefused("project.sustaincert_id is " + gsid + " but serial '" + serialText + "' names GS" + serial.project());
        }
        var status = JsonRecords.required(item, "status");
        var labels = new ArrayList<String>();
        item.path("labels").forEach(l -> labels.add(l.asText()));
        return new ExportRow(JsonRecords.where(item), serialText, quantity, start, end, ExportSource.GOLD_STANDARD.program(),
                gsid, JsonRecords.text(project, "name"), serial.country(),
                Cells.year(JsonRecords.required(item, "vintage"), "vintage"),
                Cells.date(JsonRecords.text(item, "monitoring_period_start_date"), "monitoring_period_start_date"),
                Cells.date(JsonRecords.text(item, "monitoring_period_end_date"), "monitoring_period_end_date"),
                Cells.date(JsonRecords.text(item, "certified_date"), "certified_date"), activity(status, item), null,
                JsonRecords.text(item, "using_entity"), JsonRecords.text(item, "use_case"), JsonRecords.text(item, "note"),
                labels, null, null);
    }

    private static Activity activity(String status, JsonNode item) {
        switch (status) {
            case "ISSUED":
                return Activity.ISSUED;
            case "RETIRED":
                return Activity.RETIRED;
            case "CANCELLED":
            case "CANCELED":
                var note = JsonRecords.text(item, "note");
                return note != null && GoldStandardExports.TRANSFER_NOTE.matcher(note).matches()
                        ? Activity.TRANSFERRED_TO_NATIONAL_REGISTRY : Activity.CANCELLED;
            default:
                throw new RowRefused("field 'status': '" + status + "' is not ISSUED, RETIRED or CANCELLED");
        }
    }
}
