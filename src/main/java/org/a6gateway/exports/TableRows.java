package org.a6gateway.exports;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.a6gateway.quarantine.HostileText;

/**
 * Reads a table row by row: the header names the format's version; a refused row is reported
 * with its line and reason, the others are sent on. Every cell is text as a registry wrote it, so
 * none may hold invisible or bidirectional control characters (two different serials or names
 * that look alike).
 */
final class TableRows implements Consumer<CsvText.Record> {

    private final ExportFormat format;
    private final Function<Table.Row, ExportRow> reader;
    private final ExportSink sink;
    private List<String> header;

    private TableRows(ExportFormat format, Function<Table.Row, ExportRow> reader, ExportSink sink) {
        this.format = format;
        this.reader = reader;
        this.sink = sink;
    }

    static void read(ExportFormat format, Table.Source source, Function<Table.Row, ExportRow> reader, ExportSink sink) {
        var rows = new TableRows(format, reader, sink);
        source.read(rows);
        if (rows.header == null) {
            throw new UnreadableExport("the file is empty: no header row");
        }
    }

    @Override
    public void accept(CsvText.Record record) {
        if (header == null) {
            header = record.fields();
            sink.version(HeaderSets.match(format, header));
            return;
        }
        var row = Table.row(header, record.line(), record.fields());
        try {
            var count = row.cells().get(Table.CELL_COUNT);
            if (count != null) {
                throw new RowRefused(count);
            }
            requireVisible(record.fields());
            sink.row(reader.apply(row));
        } catch (RowRefused e) {
            sink.refused(new RowError(row.where(), e.getMessage(), row.raw()));
        }
    }

    private void requireVisible(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            var invisible = HostileText.invisibleCharacter(fields.get(i));
            if (invisible.isPresent()) {
                throw new RowRefused("column '" + header.get(i) + "' holds " + invisible.get());
            }
        }
    }
}
