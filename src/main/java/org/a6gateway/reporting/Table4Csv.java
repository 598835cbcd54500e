package org.a6gateway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 4 as CSV (RFC 4180): one header row, then one row per Table 4 row and one per row whose
 * figures the other mode changes, each naming the Party and the mode, so that a sheet cut out of
 * it still says what it is.
 */
public final class Table4Csv {

    private Table4Csv() {
    }

    public static void write(Table4Document document, Writer out) throws IOException {
        var e = document.table().elections();
        var header = new ArrayList<>(List.of("party", "mode", "row", "label"));
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            header.add(Integer.toString(y));
        }
        line(out, header);
        String mode = Table4Elections.name(e.mode());
        for (var row : document.table().rows().entrySet()) {
            var cells = new ArrayList<>(List.of(e.party().alpha3(), mode, row.getKey().toString(), Table4.label(row.getKey())));
            row.getValue().values().forEach(cell -> cells.add(cell.toString()));
            line(out, cells);
        }
        for (var row : document.difference().entrySet()) {
            var cells = new ArrayList<>(List.of(e.party().alpha3(), "corrected minus tool-compatible", row.getKey().toString(),
                    Table4.label(row.getKey())));
            for (int y = e.firstYear(); y <= e.lastYear(); y++) {
                var delta = row.getValue().get(y);
                cells.add(delta == null ? "0" : delta.toPlainString());
            }
            line(out, cells);
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(Csv.line(cells));
    }
}
