package org.a6gateway.exports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A CSV or spreadsheet export: a header, then rows, each row knowing its line in the file. */
final class Table {

    /** Where a table's records come from, pushed one at a time, the header first. */
    @FunctionalInterface
    interface Source {
        void read(Consumer<CsvText.Record> each);
    }

    record Row(int line, Map<String, String> cells, String raw) {

        String get(String column) {
            var value = cells.get(column);
            return value == null ? "" : value;
        }

        String where() {
            return "line " + line;
        }
    }

    static final String CELL_COUNT = "\u0000cell count";

    private Table() {
    }

    /** A row with more or fewer cells than the header keeps its cells by position; the reader refuses it. */
    static Row row(List<String> header, int line, List<String> fields) {
        var cells = new HashMap<String, String>();
        for (int i = 0; i < Math.min(header.size(), fields.size()); i++) {
            cells.put(header.get(i), fields.get(i));
        }
        if (fields.size() != header.size()) {
            cells.put(CELL_COUNT, fields.size() + " cells, the header has " + header.size());
        }
        return new Row(line, cells, String.join(",", fields));
    }
}
