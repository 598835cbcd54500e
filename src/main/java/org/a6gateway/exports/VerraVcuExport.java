package org.a6gateway.exports;

import org.a6gateway.units.Serial;

/**
 * Verra's VCU export (17 columns), the view of issuances and retirements used until the registry
 * moved platform on 2026-07-27. One "Retirement/Cancellation Date" column serves both: a row with
 * a date there is {@link Activity#RETIRED_OR_CANCELLED}, as the export cannot tell them apart.
 */
final class VerraVcuExport {

    private VerraVcuExport() {
    }

    static void read(Table.Source table, ExportSink sink) {
        TableRows.read(ExportFormat.VERRA_VCUS, table, VerraVcuExport::row, sink);
    }

    static ExportRow row(Table.Row r) {
        long quantity = Cells.quantity(r.get("Quantity Issued"), "Quantity Issued");
        var serial = SerialCheck.read(r.get("Serial Number"), quantity);
        var projectId = Cells.blankToNull(r.get("ID"));
        requireSameProject(serial, projectId);
        var vintageStart = Cells.date(r.get("Vintage Start"), "Vintage Start");
        var vintageEnd = Cells.date(r.get("Vintage End"), "Vintage End");
        var closed = Cells.date(r.get("Retirement/Cancellation Date"), "Retirement/Cancellation Date");
        return new ExportRow(r.where(), r.get("Serial Number"), quantity, serial.range().start(), serial.range().end(),
                ExportSource.VERRA.program(), projectId, r.get("Name"), serial.country(),
                vintageStart != null ? vintageStart.getYear() : serial.vintage().year(),
                vintageStart, vintageEnd, Cells.date(r.get("Issuance Date"), "Issuance Date"),
                closed == null ? Activity.ISSUED : Activity.RETIRED_OR_CANCELLED, closed,
                Cells.blankToNull(r.get("Retirement Beneficiary")), Cells.blankToNull(r.get("Retirement Reason")),
                Cells.blankToNull(r.get("Retirement Details")), Cells.items(r.get("Additional Certifications"), "; "),
                null, null);
    }

    static void requireSameProject(Serial serial, String projectId) {
        if (projectId == null) {
            throw new RowRefused("column 'ID' is empty");
        }
        if (!projectId.equals(serial.project())) {
            throw new RowRefused("column 'ID' is " + projectId + " but serial '" + serial.original()
                    + "' names project " + serial.project());
        }
    }
}
