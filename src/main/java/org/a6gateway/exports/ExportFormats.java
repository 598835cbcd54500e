package org.a6gateway.exports;

import java.util.List;

/** Tells an export's format from its content, for an inbox that receives every format of its registry. */
final class ExportFormats {

    private ExportFormats() {
    }

    static ExportFormat detect(byte[] content) {
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
            return ExportFormat.VERRA_VCUS;
        }
        var text = ExportReader.utf8(content);
        var start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(JsonRecords.parse(start));
        }
        var records = CsvText.read(text);
        if (records.isEmpty()) {
            throw new UnreadableExport("the file is empty");
        }
        var header = records.get(0).fields();
        for (var format : List.of(ExportFormat.VERRA_VCUS, ExportFormat.GS_ISSUANCES, ExportFormat.GS_RETIREMENTS)) {
            try {
                HeaderSets.match(format, header);
                return format;
            } catch (UnreadableExport notThisOne) {
                // try the next format
            }
        }
        throw new UnreadableExport("unknown header set: the file has " + header.size() + " columns " + header
                + "; no format the gateway reads has exactly these (" + ExportFormat.options() + ")");
    }

    private static ExportFormat json(com.fasterxml.jackson.databind.JsonNode root) {
        if (root.isObject() && root.has("value")) {
            return ExportFormat.VERRA_API;
        }
        if (root.isObject() && VerraJsonExports.REPORTS.stream().anyMatch(root::has)) {
            return ExportFormat.VERRA_REPORTS;
        }
        var items = root.isObject() && root.has("data") ? root.get("data") : root;
        if (items.isArray() && items.size() > 0 && items.get(0).has("serial_number")) {
            return ExportFormat.GS_API_CREDITS;
        }
        if (items.isArray() && items.size() > 0 && items.get(0).has("sustaincert_id")
                && items.get(0).has("estimated_annual_credits")) {
            return ExportFormat.GS_PROJECTS;
        }
        throw new UnreadableExport("a JSON file the gateway cannot place: not Verra's search response ('value'), "
                + "nor its public reports (" + VerraJsonExports.REPORTS + "), nor Gold Standard's credits ('serial_number') "
                + "or projects ('sustaincert_id', 'estimated_annual_credits')");
    }
}
