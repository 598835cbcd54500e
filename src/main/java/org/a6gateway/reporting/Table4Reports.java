package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.springframework.stereotype.Service;

/** Table 4 of a Party from the store, in the mode asked for, with the difference between the modes. */
@Service
public class Table4Reports {

    private final Table4Source source;
    private final Table4Calculator calculator = new Table4Calculator();

    Table4Reports(Table4Source source) {
        this.source = source;
    }

    public Table4Document produce(Table4Elections elections) {
        var units = source.unitsOf(elections.party());
        var table = calculator.compute(elections, units);
        var tool = elections.mode() == Mode.TOOL_COMPATIBLE ? table : calculator.compute(elections.withMode(Mode.TOOL_COMPATIBLE), units);
        var corrected = elections.mode() == Mode.CORRECTED ? table : calculator.compute(elections.withMode(Mode.CORRECTED), units);
        var inScope = units.stream().filter(u -> elections.scope() == Table4Elections.Scope.ALL || u.onCarp()).toList();
        return new Table4Document(table, difference(tool, corrected), Table4Checks.run(table, inScope));
    }

    static SortedMap<Integer, SortedMap<Integer, BigDecimal>> difference(Table4 tool, Table4 corrected) {
        var difference = new TreeMap<Integer, SortedMap<Integer, BigDecimal>>();
        tool.rows().forEach((row, years) -> years.forEach((year, cell) -> {
            var other = corrected.cell(row, year);
            var delta = cell.isNumber() && other.isNumber() ? other.number().subtract(cell.number()) : null;
            if (delta != null && delta.signum() != 0) {
                difference.computeIfAbsent(row, r -> new TreeMap<>()).put(year, Cell.of(delta).number());
            }
        }));
        return difference;
    }
}
