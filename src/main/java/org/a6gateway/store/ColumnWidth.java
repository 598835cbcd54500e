package org.a6gateway.store;

/** Free text kept to its column's width: what does not fit is cut, and the cut is marked. */
public final class ColumnWidth {

    private ColumnWidth() {
    }

    /** The text as it is when it fits in {@code width} characters, else its start and an ellipsis; null stays null. */
    public static String fit(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /**
     * The text's first {@code width} characters, unmarked: for a column that is also matched on,
     * where a text must cut exactly as the rows already stored were cut.
     */
    public static String prefix(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width);
    }
}
