package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.a6gateway.units.SerialFormat;

/**
 * Gold Standard Impact Registry exports: issuances (18 columns) and retirements (23 columns; 22
 * before the Article Six Authorization column). Serials are Gold Standard's own or, for CDM
 * units, a CER range written {@code first - last}. A cancellation whose note says the credits
 * were transferred to a (national or carbon) registry is a transfer to a national registry.
 */
final class GoldStandardExports {

    /** "Transferred to Zimbabwe Carbon Registry in accordance with …" */
    static final Pattern TRANSFER_NOTE = Pattern.compile("(?i).*\\btransferred\\s+to\\b.*\\bregistry\\b.*", Pattern.DOTALL);
    static final String NOT_APPLICABLE = "Not Applicable";

    private GoldStandardExports() {
    }

    static void issuances(Table.Source table, ExportSink sink) {
        TableRows.read(ExportFormat.GS_ISSUANCES, table, r -> row(r, Activity.ISSUED, null), sink);
    }

    static void retirements(Table.Source table, ExportSink sink) {
        TableRows.read(ExportFormat.GS_RETIREMENTS, table, GoldStandardExports::retirement, sink);
    }

    private static ExportRow retirement(Table.Row r) {
        var status = r.get("Credit Status");
        var note = Cells.blankToNull(r.get("Note"));
        Activity activity;
        if ("Retired".equals(status)) {
            activity = Activity.RETIRED;
        } else if ("Canceled".equals(status) || "Cancelled".equals(status)) {
            activity = note != null && TRANSFER_NOTE.matcher(note).matches()
                    ? Activity.TRANSFERRED_TO_NATIONAL_REGISTRY : Activity.CANCELLED;
        } else {
            throw new RowRefused("column 'Credit Status': '" + status + "' is neither Retired nor Canceled");
        }
        return row(r, activity, note);
    }

    private static ExportRow row(Table.Row r, Activity activity, String note) {
        long quantity = Cells.quantity(r.get("Quantity"), "Quantity");
        var serial = SerialCheck.read(r.get("Serial Number"), quantity);
        var gsid = Cells.id(r.get("GSID"));
        if (gsid == null) {
            throw new RowRefused("column 'GSID' is empty");
        }
        if (serial.format() == SerialFormat.GOLD_STANDARD && !gsid.equals(serial.project())) {
            throw new RowRefused("column 'GSID' is " + gsid + " but serial '" + serial.original() + "' names GS" + serial.project());
        }
        int vintage = Cells.year(r.get("Vintage"), "Vintage");
        var a6 = Cells.blankToNull(r.get("Article Six Authorization"));
        return new ExportRow(r.where(), r.get("Serial Number"), quantity, serial.range().start(), serial.range().end(),
                ExportSource.GOLD_STANDARD.program(), gsid, r.get("Project Name"), serial.country(), vintage,
                Cells.date(r.get("Monitoring Period Start"), "Monitoring Period Start"),
                Cells.date(r.get("Monitoring Period End"), "Monitoring Period End"),
                Cells.date(r.get("Issuance Date"), "Issuance Date"), activity,
                activity == Activity.ISSUED ? null : Cells.date(r.get("Retirement Date"), "Retirement Date"),
                Cells.blankToNull(r.get("Using Entity")), Cells.blankToNull(r.get("Use Case")), note,
                labels(r.get("Label"), a6), a6, null);
    }

    /** The Label column's items and, where it names one, the Article Six Authorization, as written. */
    static List<String> labels(String labelCell, String article6) {
        var labels = new ArrayList<>(Cells.items(labelCell, ", "));
        if (article6 != null && !NOT_APPLICABLE.equals(article6)) {
            labels.add(article6);
        }
        return labels;
    }

}
