package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 text: fields separated by commas, records by CRLF or LF, a field in double quotes may
 * hold commas, line breaks and doubled quotes. A UTF-8 byte order mark before the header is
 * dropped. Each record keeps the physical line it starts on, so a bad row is reported where an
 * officer finds it in a text editor (a quoted line break makes records and lines differ).
 */
final class CsvText {

    private static final char BOM = '\uFEFF';

    private CsvText() {
    }

    record Record(int line, List<String> fields) {
    }

    static List<Record> read(String text) {
        int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new UnreadableExport("line " + recordLine + ": a quoted field is never closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
