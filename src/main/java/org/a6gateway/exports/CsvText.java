package org.a6gateway.exports;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * RFC 4180 text, read record by record: fields separated by commas, records by CRLF or LF, a field
 * in double quotes may hold commas, line breaks and doubled quotes. A UTF-8 byte order mark before
 * the header is dropped. Each record keeps the physical line it starts on, so a bad row is reported
 * where an officer finds it in a text editor (a quoted line break makes records and lines differ).
 * Cells and their lengths are counted as they are read, so no record grows past the limits.
 */
final class CsvText {

    private static final char BOM = '\uFEFF';

    record Record(int line, List<String> fields) {
    }

    private final CharStream in;
    private final ExportLimits limits;
    private int line = 1;

    CsvText(Reader in, ExportLimits limits) {
        this.in = new CharStream(in);
        this.limits = limits;
    }

    /** Every record of a UTF-8 CSV file, in order. */
    static void read(Path file, ExportLimits limits, Consumer<Record> each) {
        try (var reader = ExportReader.utf8(file)) {
            var csv = new CsvText(reader, limits);
            for (var record = csv.next(); record != null; record = csv.next()) {
                each.accept(record);
            }
        } catch (IOException e) {
            throw ExportReader.unreadableText(e);
        }
    }

    /** The next record that holds anything, or null at the end. */
    Record next() throws IOException {
        if (line == 1 && in.peek() == BOM) {
            in.read();
        }
        while (in.peek() >= 0) {
            var record = record();
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** One physical record; null when it is an empty line. */
    private Record record() throws IOException {
        int start = line;
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean any = false;
        for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
            any = true;
            if (c == '"' && field.length() == 0) {
                quoted(field, start);
            } else if (c == ',') {
                add(fields, field, start);
            } else {
                append(field, (char) c, start);
            }
        }
        lineBreak();
        if (!any) {
            return null;
        }
        add(fields, field, start);
        return new Record(start, List.copyOf(fields));
    }

    private void quoted(StringBuilder field, int start) throws IOException {
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                throw new UnreadableExport("line " + start + ": a quoted field is never closed");
            }
            if (c == '"' && in.peek() != '"') {
                return;
            }
            if (c == '"') {
                in.read();
            }
            line += c == '\n' ? 1 : 0;
            append(field, (char) c, start);
        }
    }

    /** The record's own line break: CRLF, LF or CR (the record loop stopped on its first character). */
    private void lineBreak() throws IOException {
        if (in.last() == '\r' && in.peek() == '\n') {
            in.read();
        }
        if (in.last() == '\r' || in.last() == '\n') {
            line++;
        }
    }

    private void append(StringBuilder field, char c, int start) {
        field.append(c);
        if (field.length() > limits.maxCellLength()) {
            throw limits.tooLong("line " + start);
        }
    }

    private void add(List<String> fields, StringBuilder field, int start) {
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() > limits.maxCells()) {
            throw limits.tooManyCells("line " + start);
        }
    }
}
