package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;

/**
 * Table 4 rows 5–12 from the units of a Party's authorizations (docs/domain.md §6), as the GS/Verra
 * reporting tool v1 defines them:
 * <ul>
 *   <li>5 and 6: units first transferred in the year, authorized for NDC use (5) or only for other
 *       purposes (6);</li>
 *   <li>7: the Party's input; 8 = 5 + 6 − 7; 11: the running sum of 8;</li>
 *   <li>9: averaging only: the sum of row 8 over the years divided by the years up to the latest
 *       inventory; otherwise N/A;</li>
 *   <li>10: averaging: row 9; otherwise the units of the year's vintage − 7;</li>
 *   <li>12: inventory − 10 up to the latest inventory year.</li>
 * </ul>
 * Pure and exact; the one division (averaging) is rounded to the kilogram, half-even.
 */
public final class Table4Calculator {

    private static final int AVERAGE_SCALE = 3;

    public Table4 compute(Table4Elections e, List<ReportedUnits> all) {
        var units = all.stream().filter(u -> e.scope() == Scope.ALL || u.onCarp()).toList();
        var rows = new TreeMap<Integer, SortedMap<Integer, Cell>>();
        Table4.ROWS.forEach(row -> rows.put(row, new TreeMap<>()));
        var audit = new TreeMap<Integer, SortedMap<Integer, List<ReportedUnits>>>();
        List.of(5, 6, 10).forEach(row -> audit.put(row, new TreeMap<>()));
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            int year = y;
            BigDecimal used = e.used().getOrDefault(y, BigDecimal.ZERO);
            var ndc = sum(units, u -> u.ndc() && year(u, e.mode()) == year, audit.get(5), y);
            var other = sum(units, u -> !u.ndc() && year(u, e.mode()) == year, audit.get(6), y);
            var net = ndc.add(other).subtract(used);
            cumulative = cumulative.add(net);
            rows.get(5).put(y, Cell.of(ndc));
            rows.get(6).put(y, Cell.of(other));
            rows.get(7).put(y, e.used().containsKey(y) ? Cell.of(used) : Cell.BLANK);
            rows.get(8).put(y, Cell.of(net));
            rows.get(11).put(y, Cell.of(cumulative));
            var byVintage = sum(units, u -> u.countedByVintage(e.mode()) && u.vintage() == year, audit.get(10), y);
            rows.get(10).put(y, Cell.of(byVintage.subtract(used)));
        }
        averaging(e, rows);
        balance(e, rows);
        var unresolved = e.mode() == Mode.CORRECTED
                ? units.stream().filter(u -> u.firstTransferYear() == null).toList() : List.<ReportedUnits>of();
        return new Table4(e, rows, audit, unresolved);
    }

    private static int year(ReportedUnits u, Mode mode) {
        Integer year = u.firstTransferYear(mode);
        return year == null ? Integer.MIN_VALUE : year;
    }

    private static BigDecimal sum(List<ReportedUnits> units, Predicate<ReportedUnits> counted,
                                  SortedMap<Integer, List<ReportedUnits>> audit, int year) {
        var behind = new ArrayList<ReportedUnits>();
        var total = BigDecimal.ZERO;
        for (ReportedUnits u : units) {
            if (counted.test(u)) {
                behind.add(u);
                total = total.add(u.tonnes());
            }
        }
        audit.put(year, List.copyOf(behind));
        return total;
    }

    /** Row 9, and row 10 taking it over under averaging. */
    private static void averaging(Table4Elections e, SortedMap<Integer, SortedMap<Integer, Cell>> rows) {
        if (!e.averaging()) {
            for (int y = e.firstYear(); y <= e.lastYear(); y++) {
                rows.get(9).put(y, Cell.NOT_APPLICABLE);
            }
            return;
        }
        long elapsed = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            total = total.add(rows.get(8).get(y).number());
            elapsed += y <= e.inventoryYear() ? 1 : 0;
        }
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            var average = elapsed == 0 || y > e.inventoryYear() ? Cell.BLANK
                    : Cell.of(total.divide(BigDecimal.valueOf(elapsed), AVERAGE_SCALE, RoundingMode.HALF_EVEN));
            rows.get(9).put(y, average);
            rows.get(10).put(y, average);
        }
    }

    /**
     * Row 12 up to the latest inventory year. The tool takes a missing inventory figure as zero;
     * corrected, the balance stays blank without one (docs/domain.md §6: "only where an inventory
     * figure is given").
     */
    private static void balance(Table4Elections e, SortedMap<Integer, SortedMap<Integer, Cell>> rows) {
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            var adjustment = rows.get(10).get(y);
            boolean given = e.inventory().containsKey(y) || e.mode() == Mode.TOOL_COMPATIBLE;
            rows.get(12).put(y, adjustment.isNumber() && y <= e.inventoryYear() && given
                    ? Cell.of(e.inventory().getOrDefault(y, BigDecimal.ZERO).subtract(adjustment.number()))
                    : Cell.BLANK);
        }
    }
}
