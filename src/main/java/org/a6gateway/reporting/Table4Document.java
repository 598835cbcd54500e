package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * A Table 4 as it goes out: the table in the mode asked for, and where the other mode's figures
 * differ, by how much ({@code difference}: corrected minus tool-compatible, per row and year), so
 * that every output states what its mode changes; and the pre-submission checks it passed or failed.
 */
public record Table4Document(Table4 table, SortedMap<Integer, SortedMap<Integer, BigDecimal>> difference,
                             List<PreSubmissionCheck> checks) {
}
