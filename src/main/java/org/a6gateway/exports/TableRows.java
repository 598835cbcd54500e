package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.function.Function;

/** Reads a table row by row: a refused row is reported with its line and reason, the others are kept. */
final class TableRows {

    private TableRows() {
    }

    static ExportReading read(ExportFormat format, Table table, Function<Table.Row, ExportRow> reader) {
        var version = HeaderSets.match(format, table.header());
        var rows = new ArrayList<ExportRow>();
        var errors = new ArrayList<RowError>();
        for (var row : table.rows()) {
            try {
                var count = row.cells().get(Table.CELL_COUNT);
                if (count != null) {
                    throw new RowRefused(count);
                }
                rows.add(reader.apply(row));
            } catch (RowRefused e) {
                errors.add(new RowError(row.where(), e.getMessage(), row.raw()));
            }
        }
        return new ExportReading(format, version, rows, errors);
    }
}
