package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exact header of each version of each format. A file matches one of its format's sets
 * exactly, column for column, or it is refused as a whole, naming the columns that differ: a
 * renamed or added column in a registry's export must stop the import, not shift every value.
 */
final class HeaderSets {

    static final List<String> VERRA_VCUS_17 = List.of("Issuance Date", "Sustainable Development Goals", "Vintage Start",
            "Vintage End", "ID", "Name", "Country/Area", "Project Type", "Methodology", "Total Vintage Quantity",
            "Quantity Issued", "Serial Number", "Additional Certifications", "Retirement/Cancellation Date",
            "Retirement Beneficiary", "Retirement Reason", "Retirement Details");

    static final List<String> GS_ISSUANCES_18 = List.of("Vintage", "Credit Status", "Quantity", "GSID", "Project Name",
            "Project Developer", "Country", "Project Type", "Methodology", "Programme of Activities", "POA GSID",
            "Product Type", "Issuance Date", "Monitoring Period Start", "Monitoring Period End", "Serial Number", "Label",
            "Article Six Authorization");

    static final List<String> GS_RETIREMENTS_23 = List.of("Vintage", "Credit Status", "Quantity", "GSID", "Project Name",
            "Project Developer", "Country", "Product Type", "Project Type", "Methodology", "Programme of Activities",
            "POA GSID", "Issuance Date", "Retirement Date", "Monitoring Period Start", "Monitoring Period End",
            "Serial Number", "Note", "Aeroplane Operator Name", "Label", "Use Case", "Using Entity",
            "Article Six Authorization");

    /** The export before Gold Standard added the Article Six Authorization column. */
    static final List<String> GS_RETIREMENTS_22 = GS_RETIREMENTS_23.subList(0, 22);

    private static final Map<ExportFormat, Map<String, List<String>>> SETS = Map.of(
            ExportFormat.VERRA_VCUS, ordered("17 columns", VERRA_VCUS_17),
            ExportFormat.GS_ISSUANCES, ordered("18 columns", GS_ISSUANCES_18),
            ExportFormat.GS_RETIREMENTS, ordered("23 columns", GS_RETIREMENTS_23, "22 columns", GS_RETIREMENTS_22));

    private HeaderSets() {
    }

    /** The version whose header this is, exactly; otherwise the file is refused, naming the columns. */
    static String match(ExportFormat format, List<String> header) {
        var sets = SETS.get(format);
        for (var set : sets.entrySet()) {
            if (set.getValue().equals(header)) {
                return set.getKey();
            }
        }
        throw new UnreadableExport("unknown header set for " + format.option() + ": the file has " + header.size()
                + " columns " + header + "; " + sets.entrySet().stream().map(s -> differences(s.getKey(), s.getValue(), header))
                .collect(Collectors.joining("; ")));
    }

    private static String differences(String version, List<String> expected, List<String> header) {
        var missing = new ArrayList<>(expected);
        missing.removeAll(header);
        var unexpected = new ArrayList<>(header);
        unexpected.removeAll(expected);
        String what = missing.isEmpty() && unexpected.isEmpty() ? "same columns in another order" :
                "missing " + missing + ", unexpected " + unexpected;
        return "against the " + version + " version: " + what;
    }

    private static Map<String, List<String>> ordered(Object... versions) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < versions.length; i += 2) {
            @SuppressWarnings("unchecked")
            var columns = (List<String>) versions[i + 1];
            map.put((String) versions[i], columns);
        }
        return map;
    }
}
