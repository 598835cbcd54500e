package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV or spreadsheet export as a header and rows, each row knowing its line in the file. */
record Table(List<String> header, List<Row> rows) {

    record Row(int line, Map<String, String> cells, String raw) {

        String get(String column) {
            var value = cells.get(column);
            return value == null ? "" : value;
        }

        String where() {
            return "line " + line;
        }
    }

    static Table of(List<CsvText.Record> records) {
        if (records.isEmpty()) {
            throw new UnreadableExport("the file is empty: no header row");
        }
        var header = records.get(0).fields();
        var rows = new ArrayList<Row>();
        for (var record : records.subList(1, records.size())) {
            rows.add(row(header, record.line(), record.fields()));
        }
        return new Table(header, rows);
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

    static final String CELL_COUNT = "\u0000cell count";
}
