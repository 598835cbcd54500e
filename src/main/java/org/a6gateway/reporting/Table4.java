package org.a6gateway.reporting;

import java.util.List;
import java.util.SortedMap;

/**
 * Table 4 rows 5–12 of a Party for its NDC years, with what stands behind them: the units behind
 * each figure of rows 5, 6 and 10 ({@code audit}, keyed by row then year) and the units left out
 * because their first transfer cannot be known ({@code unresolved}; always empty in
 * tool-compatible mode, which counts them).
 */
public record Table4(Table4Elections elections, SortedMap<Integer, SortedMap<Integer, Cell>> rows,
                     SortedMap<Integer, SortedMap<Integer, List<ReportedUnits>>> audit, List<ReportedUnits> unresolved) {

    public static final List<Integer> ROWS = List.of(5, 6, 7, 8, 9, 10, 11, 12);

    /** The rows' names as Table 4 of decision 5/CMA.3 gives them, shortened. */
    public static String label(int row) {
        return switch (row) {
            case 5 -> "Annual quantity of ITMOs first transferred (authorized for NDC use)";
            case 6 -> "Annual quantity of mitigation outcomes authorized for other international mitigation purposes";
            case 7 -> "Annual quantity of ITMOs used towards achievement of the NDC";
            case 8 -> "Net annual quantity of ITMOs (paras. 23(c)-(e))";
            case 9 -> "Cumulative amount of ITMOs divided by the number of elapsed years (averaging)";
            case 10 -> "Total quantitative corresponding adjustments (para. 23(k)(i))";
            case 11 -> "Cumulative information in respect of para. 23(f)";
            case 12 -> "Annual emissions balance";
            default -> throw new IllegalArgumentException("Table 4 has no derived row " + row);
        };
    }

    public Cell cell(int row, int year) {
        return rows.get(row).get(year);
    }
}
