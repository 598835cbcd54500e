package org.a6gateway.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A worksheet's XML as records, one row at a time: each cell's text as a spreadsheet shows its
 * value (formulas by their cached result, errors as nothing), placed by its column, so a skipped
 * cell is an empty one. A row of empty cells is no record, as in a CSV.
 */
final class SheetRows extends DefaultHandler {

    private final SharedTexts strings;
    private final CellStyles styles;
    private final ExportLimits limits;
    private final Consumer<CsvText.Record> each;
    private final StringBuilder value = new StringBuilder();
    private List<String> cells;
    private int rowNumber;
    private String reference;
    private String type;
    private String style;
    private boolean collecting;

    SheetRows(SharedTexts strings, CellStyles styles, ExportLimits limits, Consumer<CsvText.Record> each) {
        this.strings = strings;
        this.styles = styles;
        this.limits = limits;
        this.each = each;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                var r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
            }
            case "v", "t" -> collecting = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
            if (value.length() > limits.maxCellLength()) {
                throw limits.tooLong("row " + rowNumber);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> place(text());
            case "row" -> {
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    each.accept(new CsvText.Record(rowNumber, List.copyOf(cells)));
                }
            }
            default -> { }
        }
    }

    private void place(String text) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        if (column >= limits.maxCells()) {
            throw limits.tooManyCells("row " + rowNumber);
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (column < cells.size()) {
            cells.set(column, text);
        } else {
            cells.add(text);
        }
    }

    private String text() {
        var raw = value.toString();
        if (type == null || type.equals("n")) {
            return raw.isEmpty() ? "" : number(raw);
        }
        return switch (type) {
            case "s" -> strings.get(index(raw), reference);
            case "b" -> Boolean.toString(raw.equals("1"));
            case "e" -> "";
            default -> raw;
        };
    }

    private String number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (styles.isDate(style) && DateUtil.isValidExcelDate(number)) {
            return DateUtil.getLocalDateTime(number).toLocalDate().toString();
        }
        return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
    }

    private int index(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableExport("cell " + reference + " names no shared string");
        }
    }
}
