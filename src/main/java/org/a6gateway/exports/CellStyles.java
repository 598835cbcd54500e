package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an XLSX workbook show a number as a date: all an export reader needs of
 * its styles. Read as a stream rather than through POI's styles model, which holds the whole part.
 */
final class CellStyles extends DefaultHandler {

    /** Excel's own ceiling on cell formats: more is not a workbook a registry wrote. */
    private static final int MAX_STYLES = 65_536;

    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellXfs;

    /** Whether a number in cell style {@code style} (null: the default style) is a date. */
    boolean isDate(String style) {
        int index = style == null ? 0 : parse(style);
        if (index < 0 || index >= cellFormats.size()) {
            return false;
        }
        int id = cellFormats.get(index);
        var format = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
        return format != null && DateUtil.isADateFormat(id, format);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmt" -> {
                requireRoom(formats.size());
                formats.put(parse(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    requireRoom(cellFormats.size());
                    cellFormats.add(parse(attributes.getValue("numFmtId")));
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    private static void requireRoom(int count) {
        if (count >= MAX_STYLES) {
            throw new UnreadableExport("the workbook's styles hold more than " + MAX_STYLES + " formats");
        }
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new UnreadableExport("the workbook's styles name a format '" + (number.length() > 20 ? number.substring(0, 20) + "…" : number) + "'");
        }
    }
}
