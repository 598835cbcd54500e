package org.a6gateway.reporting;

import java.util.List;

/**
 * The five tables of the Agreed Electronic Format (second iteration, docs/domain.md §6) with their
 * columns under the group headers the official workbooks put over them.
 */
public enum AefTable {

    T1("Table 1: Submission", List.of(
            new Group("Submission", List.of("Party", "Version", "Reported year", "Submission date",
                    "First year of the NDC period", "Last year of the NDC period")))),
    T2("Table 2: Authorizations", List.of(
            new Group("Authorization", List.of("Authorization ID", "Version", "Date of authorization", "Cooperative approach",
                    "Authorized participating Parties", "Authorized entities", "Status")),
            new Group("Metric and quantity", List.of("Authorized quantity (t CO2 eq)", "Metric", "GWP values", "Non-GHG metric")),
            new Group("Scope", List.of("Sector(s)", "Activity type(s)", "Purposes for authorization", "OIMP authorized by the Party",
                    "First transfer definition")),
            new Group("Timeframe", List.of("Mitigation from", "Mitigation to", "Use from", "Use to", "Vintage from", "Vintage to")),
            new Group("Terms", List.of("Terms", "Documentation")))),
    T3("Table 3: Actions", List.of(
            new Group("Action", List.of("Action date", "Action type", "Action subtype")),
            new Group("Authorization", List.of("Cooperative approach", "Authorization ID", "First transferring participating Party")),
            new Group("Unique identifier", List.of("Party ITMO registry ID", "First unique identifier", "Last unique identifier",
                    "Underlying unit registry", "Underlying unit block start ID", "Underlying unit block last ID")),
            new Group("Metric and quantity", List.of("Metric", "GWP", "Non-GHG metric", "Quantity (t CO2 eq)",
                    "Quantity (expressed in non-GHG metric)")),
            new Group("ITMO details", List.of("Mitigation type", "Vintage")),
            new Group("Action details", List.of("Transferring participating Party", "Acquiring participating Party",
                    "Purposes for use or cancellation (OIMP)", "Using or cancelling participating Party",
                    "Using or cancelling entity", "NDC year of use")),
            new Group("Consistency", List.of("Consistency check", "Explanation")))),
    T4("Table 4: Holdings", List.of(
            new Group("Authorization", List.of("Cooperative approach", "Authorization ID", "First transfer definition")),
            new Group("Unique identifier", List.of("Party ITMO registry ID", "First unique identifier", "Last unique identifier",
                    "Underlying unit registry", "Underlying unit block start ID", "Underlying unit block last ID")),
            new Group("Metric and quantity", List.of("Metric", "Quantity (t CO2 eq)")),
            new Group("ITMO details", List.of("Vintage")))),
    T5("Table 5: Authorized entities", List.of(
            new Group("Authorized entity", List.of("Date of authorization", "Name", "Country of incorporation",
                    "Identification number", "Cooperative approach", "Authorization ID")),
            new Group("Conditions", List.of("Conditions", "Change and revocation conditions", "Other information"))));

    /** Written where a field does not apply or the registries do not record it. */
    public static final String NA = "NA";

    public record Group(String name, List<String> columns) {
    }

    private final String title;
    private final List<Group> groups;

    AefTable(String title, List<Group> groups) {
        this.title = title;
        this.groups = groups;
    }

    public String title() {
        return title;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<String> columns() {
        return groups.stream().flatMap(g -> g.columns().stream()).toList();
    }
}
