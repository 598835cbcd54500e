package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook's shared strings, the texts its cells point to by number: held while the sheet
 * is read, so each is bounded like a cell and all of them together by the rows allowed. Phonetic
 * runs ({@code rPh}) are not part of the text, as Excel shows it.
 */
final class SharedTexts extends DefaultHandler {

    /** What an entry costs beyond its characters, so that a million empty strings are not free. */
    private static final int ENTRY_COST = 16;

    private final ExportLimits limits;
    private final List<String> texts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private long held;

    SharedTexts(ExportLimits limits) {
        this.limits = limits;
    }

    String get(int index, String cell) {
        if (index < 0 || index >= texts.size()) {
            throw new UnreadableExport("cell " + cell + " points at shared string " + index + " of " + texts.size());
        }
        return texts.get(index);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> add();
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
            if (text.length() > limits.maxCellLength()) {
                throw limits.tooLong("shared string " + (texts.size() + 1));
            }
        }
    }

    private void add() {
        held += text.length() + ENTRY_COST;
        limits.sharedText(held);
        texts.add(text.toString());
    }
}
